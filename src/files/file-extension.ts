import { FORMAT_FILE, readHead, sniffFormat } from '../image/sniff.js';
import { extensionOfMime } from './file-name.js';

/**
 * The extension a temp path ends with, from the file's bytes: ported Mini App code learns a
 * file's type with `path.split('.').pop()`, so the path must end with what the file really is.
 */

/** What a file whose bytes and type say nothing known is called (application/octet-stream). */
export const UNKNOWN_EXTENSION = 'bin';

/** Video containers the browser plays, by their first bytes (ISO-BMFF brand, EBML header). */
function videoExtension(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (brand === 'qt  ') return 'mov';
    if (brand.startsWith('3g')) return '3gp';
    // isom, iso2…, mp41, mp42, avc1, M4V, dash…: an MPEG-4 file (AVIF and HEIC were sniffed first).
    return 'mp4';
  }
  if (bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
  return undefined;
}

/** Extensions of the non-image MIME types a temp file may carry (videos the camera records). */
export const OTHER_MIME_EXTENSIONS: Readonly<Record<string, string>> = {
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'video/3gpp': '3gp',
};

/** The extension of a MIME type (parameters such as `;codecs=` ignored), or undefined. */
export function extensionOfType(type: string): string | undefined {
  const mime = type.split(';')[0].trim().toLowerCase();
  return extensionOfMime(mime) ?? OTHER_MIME_EXTENSIONS[mime];
}

/** The extension of a file from its first bytes (images, then video containers). */
export function extensionOfBytes(bytes: Uint8Array): string | undefined {
  const format = sniffFormat(bytes);
  return format ? FORMAT_FILE[format].ext : videoExtension(bytes);
}

/** The extension of a Blob: its bytes first, then its MIME type, else `bin`. */
export async function extensionOfBlob(blob: Blob): Promise<string> {
  return extensionOfBytes(await readHead(blob)) ?? extensionOfType(blob.type) ?? UNKNOWN_EXTENSION;
}

