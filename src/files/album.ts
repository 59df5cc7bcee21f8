import { ensureAuthorized } from '../auth/authorize.js';
import { ApiError, defineApi } from '../contract/index.js';
import type { ApiFunction, ApiResult } from '../contract/types.js';
import type { ImageFormat } from '../image/sniff.js';
import type { ConsentPort } from '../ui/ports.js';
import { safeBaseName, urlBaseName } from './file-name.js';
import { loadSource, type LoadableSource } from './resolve.js';
import { canShareFile, imageFile, resolveSource, type SourceRules } from './source.js';

/**
 * saveImageToPhotosAlbum, asking consent through the port it is given: `wx` gives the seam's
 * (src/apis/save-image-to-photos-album.ts), the viewer's Save Image the consent dialog it loads
 * itself, so the viewer (an overlay) never reaches the seam that loads it.
 */

export interface SaveImageToPhotosAlbumOptions {
  /** A temp path, another blob: URL of this page, or a relative / same-origin path. */
  filePath: string;
}

export interface SaveImageToPhotosAlbumSuccess {}

/** How long a download's blob: URL stays alive: the browser reads it after the click returns. */
export const DOWNLOAD_URL_LIFETIME_MS = 40_000;

/**
 * What the Mini App saves: local files — temp paths, this page's blob: URLs, relative and
 * same-origin paths. Online URLs, data: URLs, cloud file IDs and other schemes are refused
 * before anything is requested.
 */
const SAVE_SOURCES: SourceRules = { kinds: ['temp', 'blob', 'same-origin'], refused: 'invalid file path' };

/**
 * What a photo album takes: raster photos and pictures, saved byte for byte. An SVG is refused
 * (it is markup and may carry script; an album has no use for it), and so are the formats albums
 * do not show (TIFF, ICO, JPEG XL, PSD).
 */
export const ALBUM_FORMATS: readonly ImageFormat[] = ['jpeg', 'png', 'gif', 'webp', 'bmp', 'avif', 'heic'];

/** The base name of a saved image: the original's (a picked File's, a same-origin path's), else `image-<time>`. */
function saveBaseName(blob: Blob, source: LoadableSource, now = Date.now()): string {
  const original = blob instanceof File ? safeBaseName(blob.name) : source.kind === 'same-origin' ? urlBaseName(source.url) : '';
  return original || `image-${now}`;
}

/** Hands the file to the system share sheet, where the person picks "Save Image". */
async function share(file: File): Promise<'shared' | 'needs-download'> {
  try {
    await navigator.share({ files: [file] });
    return 'shared';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw new ApiError('cancel');
    // No user activation left (e.g. the call did not follow a tap): a download needs none.
    if (error instanceof DOMException && error.name === 'NotAllowedError') return 'needs-download';
    throw new ApiError(`share failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Starts a download of the file through a temporary `<a download>`; no dialog, no navigation. */
function download(file: File): void {
  const url = URL.createObjectURL(file);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.name;
  anchor.hidden = true;
  anchor.rel = 'noopener';
  // In the document while clicked: some browsers ignore clicks on detached anchors.
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  }
}

/**
 * `saveImageToPhotosAlbum` asking consent with `consent`: saves an image "to the album" — the share sheet where the device
 * can share files (phones), a download everywhere else.
 *
 * Order of checks, each failing before the next costs anything:
 * 1. parameters (`parameter error: …`), 2. the kind of path (`invalid file path`, no request),
 * 3. authorization of `scope.writePhotosAlbum` (consent dialog the first time, `auth deny`),
 * 4. loading the file (`file not found`), 5. its bytes (`invalid file type`: not one of
 *    ALBUM_FORMATS, or a header that does not read), 6. share or download.
 */
export function saveImageIn(consent: ConsentPort): ApiFunction<SaveImageToPhotosAlbumOptions, SaveImageToPhotosAlbumSuccess & ApiResult> {
  return defineApi<SaveImageToPhotosAlbumOptions, SaveImageToPhotosAlbumSuccess>({
    name: 'saveImageToPhotosAlbum',
    schema: {
      filePath: { type: 'String', required: true },
    },
    async run({ filePath }) {
      if (!filePath.trim()) throw new ApiError(SAVE_SOURCES.refused);
      const source = await resolveSource(filePath, SAVE_SOURCES);
      await ensureAuthorized('scope.writePhotosAlbum', consent);
      // A temp path released in the meantime or a revoked blob: URL fails as `file not found`.
      const blob = await loadSource(source);
      const file = await imageFile(blob, saveBaseName(blob, source), ALBUM_FORMATS);
      if (!file) throw new ApiError('invalid file type');
      if (canShareFile(file) && (await share(file)) === 'shared') return {};
      download(file);
      return {};
    },
  });
}
