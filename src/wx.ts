import { showActionSheet } from './apis/show-action-sheet.js';
import { chooseImage } from './apis/choose-image.js';
import { chooseMedia } from './apis/choose-media.js';
import { previewImage } from './apis/preview-image.js';
import { previewMedia } from './apis/preview-media.js';
import { getImageInfo } from './apis/get-image-info.js';
import { compressImage } from './apis/compress-image.js';
import { cropImage } from './apis/crop-image.js';
import { saveImageToPhotosAlbum } from './apis/save-image-to-photos-album.js';
import { uploadFile } from './apis/upload-file.js';
import { downloadFile } from './apis/download-file.js';
import { authorize, getSetting, openSetting } from './apis/authorize.js';
import { configure } from './config.js';
import { releaseAllTempFiles, releaseTempFile } from './files/temp-store.js';

/**
 * The imperative face of the kit, shaped like the Mini App's `wx`: a table over the API
 * functions, nothing else. Every entry is the same function exported by name from the package.
 */
export const wx = {
  chooseImage,
  chooseMedia,
  getImageInfo,
  compressImage,
  cropImage,
  showActionSheet,
  previewImage,
  previewMedia,
  saveImageToPhotosAlbum,
  uploadFile,
  downloadFile,
  authorize,
  getSetting,
  openSetting,
  configure,
  /** Releases one temp path (revokes its blob: URL). Returns whether it was live. */
  releaseTempFile,
  /** Releases every temp path the kit made. Returns how many. */
  releaseAllTempFiles,
} as const;

export type Wx = typeof wx;
