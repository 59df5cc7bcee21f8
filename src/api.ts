// `wx-image-kit/api`: the API functions a page can use without any element of the kit —
// getImageInfo, uploadFile, downloadFile, configure and the temp-file store. It defines no tag and loads no lit code.
export {
  getImageInfo,
  type GetImageInfoOptions,
  type GetImageInfoSuccess,
  type Orientation,
  type InfoType,
} from './apis/get-image-info.js';
export {
  uploadFile,
  DEFAULT_UPLOAD_TIMEOUT_MS,
  type UploadFileOptions,
  type UploadFileSuccess,
  type UploadTask,
  type UploadProgress,
  type HeadersReceived,
} from './apis/upload-file.js';
export {
  downloadFile,
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  type DownloadFileOptions,
  type DownloadFileSuccess,
  type DownloadTask,
  type DownloadProgress,
} from './apis/download-file.js';
export { configure, getConfig, resetConfig, type WxImageKitConfig } from './config.js';
export { createTempPath, createTempFile, getTempFile, releaseTempFile, releaseAllTempFiles, tempFileCount } from './files/temp-store.js';
export type { ApiFunction, ApiResult, Callbacks, FailResult, TaskApiFunction, TransferTask } from './contract/index.js';
