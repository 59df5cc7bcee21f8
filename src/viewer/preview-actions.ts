import { urlBaseName } from '../files/file-name.js';
import { isDownloadAllowed, loadSource } from '../files/resolve.js';
import { canShareFile, imageFile, resolveSource } from '../files/source.js';
import { createTempFile, getTempFile, releaseTempFile } from '../files/temp-store.js';
import { failResult } from '../contract/call.js';
import { ApiError } from '../contract/errors.js';
import { loadPart } from '../contract/lazy.js';
import type { ApiResult, FailResult } from '../contract/types.js';
import type { ConsentPort } from '../ui/ports.js';
import { PREVIEW_SOURCES } from './preview-sources.js';

/**
 * The preview menu's actions. The save API is loaded only when someone picks "Save Image", so a
 * page that only previews never downloads it.
 */

/**
 * Loads what a preview url points at, for Save Image and Share: whatever the page may read.
 * Temp paths, blob:, data:, same-origin paths and hosts in the download domain list as
 * `loadSource` loads them; another site's image — already on screen in the viewer — when that
 * site allows it (CORS, no credentials). Otherwise `url not in domain list`, as before.
 */
export async function loadPreviewImage(url: string, referrerPolicy?: ReferrerPolicy): Promise<Blob> {
  const source = await resolveSource(url, PREVIEW_SOURCES);
  if (source.kind === 'online' && !isDownloadAllowed(source.url)) return fetchIfShared(source.url, referrerPolicy);
  return loadSource(source, { referrerPolicy });
}

/** Another site's image, when its server shares it with any page (Access-Control-Allow-Origin). */
async function fetchIfShared(url: string, referrerPolicy?: ReferrerPolicy): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url, { mode: 'cors', credentials: 'omit', referrerPolicy });
  } catch {
    // A network error and a refused CORS check look the same from here; either way it is not ours to read.
    throw new ApiError('url not in domain list');
  }
  if (!response.ok) throw new ApiError(`network error: HTTP ${response.status}`);
  return response.blob();
}

/** The Blob as a File named after its url, so the saved file keeps the image's own name. */
function named(blob: Blob, url: string): Blob {
  const base = urlBaseName(url);
  return base && !(blob instanceof File) ? new File([blob], base, { type: blob.type }) : blob;
}

/**
 * "Save Image": `saveImageToPhotosAlbum({ filePath })`. Anything but a temp path is first loaded
 * into a temp file of its own (online images only from hosts in the download domain list), which
 * is released when the save is done. `consent` asks for `scope.writePhotosAlbum` (the viewer
 * gives the consent dialog it loads: it must not reach the seam that loads the viewer). Resolves
 * with the API's result, ok or fail (never rejects): an image that cannot be loaded fails as the
 * API fails, its errMsg written by the contract.
 */
export async function saveImageFromPreview(
  url: string,
  consent: ConsentPort,
  blob?: Blob | Promise<Blob>,
  referrerPolicy?: ReferrerPolicy,
): Promise<ApiResult> {
  let temp: string | undefined;
  try {
    const filePath = getTempFile(url) ? url : (temp = await createTempFile(named(await (blob ?? loadPreviewImage(url, referrerPolicy)), url)));
    const { saveImageIn } = await loadPart('the album saver', () => import('../files/album.js'));
    return await saveImageIn(consent)({ filePath }).catch((failure: FailResult) => failure);
  } catch (error) {
    return failResult('saveImageToPhotosAlbum', error);
  } finally {
    if (temp) releaseTempFile(temp);
  }
}

/** Whether this browser can share image files (Web Share Level 2). */
export function canShareImages(): boolean {
  return canShareFile();
}

/** "Share": hands the image to the system share sheet as a file. */
export async function shareImageFromPreview(url: string, blob: Blob | Promise<Blob>): Promise<void> {
  const file = await imageFile(await blob, urlBaseName(url) || 'image');
  if (!file) throw new ApiError('invalid file type');
  await navigator.share({ files: [file] });
}
