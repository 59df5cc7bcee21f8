import { saveImageIn } from '../files/album.js';
import { ui } from '../ui/overlays.js';

export {
  ALBUM_FORMATS,
  DOWNLOAD_URL_LIFETIME_MS,
  type SaveImageToPhotosAlbumOptions,
  type SaveImageToPhotosAlbumSuccess,
} from '../files/album.js';

/**
 * `wx.saveImageToPhotosAlbum`: saves an image "to the album" — the share sheet where the device
 * can share files (phones), a download everywhere else; the consent dialog asks for
 * `scope.writePhotosAlbum` the first time (src/files/album.ts has the steps).
 */
export const saveImageToPhotosAlbum = saveImageIn((scope) => ui.consent(scope));
