import { ensureAuthorized } from '../auth/authorize.js';
import { ApiError, defineApi } from '../contract/index.js';
import { classifySource, loadSource, type Source } from '../files/resolve.js';
import { imageFileName, safeBaseName, urlBaseName } from '../files/file-name.js';
import { ByteSource, readHeader } from '../image/header/index.js';
import { FORMAT_FILE, sniffFormat, SNIFF_BYTES, type ImageFormat } from '../image/sniff.js';

export interface SaveImageToPhotosAlbumOptions {
  /** A temp path, another blob: URL of this page, or a relative / same-origin path. */
  filePath: string;
}

export interface SaveImageToPhotosAlbumSuccess {}

/** How long a download's blob: URL stays alive: the browser reads it after the click returns. */
export const DOWNLOAD_URL_LIFETIME_MS = 40_000;

/**
 * The kinds of `filePath` the Mini App accepts: local files. Online URLs, data: URLs, cloud file
 * IDs and other schemes are refused before anything is requested.
 */
function isSavablePath(source: Source): boolean {
  if (source.kind === 'temp' || source.kind === 'same-origin') return true;
  if (source.kind !== 'blob') return false;
  // Only blob: URLs this page made; another origin's cannot be read anyway.
  try {
    return new URL(source.url.slice('blob:'.length)).origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * What a photo album takes: raster photos and pictures, saved byte for byte. An SVG is refused
 * (it is markup and may carry script; an album has no use for it), and so are the formats albums
 * do not show (TIFF, ICO, JPEG XL, PSD).
 */
export const ALBUM_FORMATS: readonly ImageFormat[] = ['jpeg', 'png', 'gif', 'webp', 'bmp', 'avif', 'heic'];

/**
 * The format of a file an album takes, or null: its bytes must be one of ALBUM_FORMATS and its
 * header must read as a sane size, within the same budgets as getImageInfo's read.
 */
export async function albumFormat(blob: Blob): Promise<ImageFormat | null> {
  const bytes = new ByteSource(blob);
  const format = sniffFormat(await bytes.read(0, SNIFF_BYTES));
  if (!format || !ALBUM_FORMATS.includes(format)) return null;
  return (await readHeader(bytes, format)) ? format : null;
}

/** The file name of a saved image: the original's base name, else `image-<time>`, with the sniffed extension. */
export function saveFileName(blob: Blob, source: Source, format: ImageFormat, now = Date.now()): string {
  const name = blob instanceof File ? blob.name : '';
  const base = name ? safeBaseName(name) : source.kind === 'same-origin' ? urlBaseName(source.url) : '';
  return imageFileName(base || `image-${now}`, format);
}

/** Whether the system share sheet takes this file (phones); a browser that throws here cannot. */
function canShareFile(file: File): boolean {
  try {
    return typeof navigator.canShare === 'function' && typeof navigator.share === 'function' && navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
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
 * `wx.saveImageToPhotosAlbum`: saves an image "to the album" — the share sheet where the device
 * can share files (phones), a download everywhere else.
 *
 * Order of checks, each failing before the next costs anything:
 * 1. parameters (`parameter error: …`), 2. the kind of path (`invalid file path`, no request),
 * 3. authorization of `scope.writePhotosAlbum` (consent dialog the first time, `auth deny`),
 * 4. loading the file (`file not found`), 5. its bytes (`invalid file type`: not one of
 *    ALBUM_FORMATS, or a header that does not read), 6. share or download.
 */
export const saveImageToPhotosAlbum = defineApi<SaveImageToPhotosAlbumOptions, SaveImageToPhotosAlbumSuccess>({
  name: 'saveImageToPhotosAlbum',
  schema: {
    filePath: { type: 'String', required: true },
  },
  async run({ filePath }) {
    const source = classifySource(filePath);
    if (!filePath.trim() || !isSavablePath(source)) throw new ApiError('invalid file path');
    await ensureAuthorized('scope.writePhotosAlbum');
    let blob: Blob;
    try {
      blob = await loadSource(source);
    } catch (error) {
      // A temp path released in the meantime or a revoked blob: URL reads as a missing file.
      if (error instanceof ApiError && error.reason === 'invalid url') throw new ApiError('file not found');
      throw error;
    }
    const format = await albumFormat(blob);
    if (!format) throw new ApiError('invalid file type');
    const file = new File([blob], saveFileName(blob, source, format), { type: FORMAT_FILE[format].mime });
    if (canShareFile(file) && (await share(file)) === 'shared') return {};
    download(file);
    return {};
  },
});
