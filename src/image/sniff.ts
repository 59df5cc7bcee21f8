import { isSvgName, skipMisc } from './svg-tokens.js';

/**
 * The image format from a file's first bytes, never from its name or MIME type. This is also the
 * kit's one "is this an image?" check (chooseImage drops, saveImageToPhotosAlbum refuses).
 */
export const IMAGE_FORMATS = [
  'jpeg', 'png', 'gif', 'webp', 'bmp', 'tiff', 'ico', 'avif', 'heic', 'svg', 'jxl', 'psd',
] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** The `type` values getImageInfo reports: WeChat's plus the formats browsers show. */
export const INFO_TYPES = ['jpeg', 'png', 'gif', 'tiff', 'webp', 'bmp', 'svg', 'avif', 'heic', 'ico', 'unknown'] as const;
export type InfoType = (typeof INFO_TYPES)[number];

/** How many bytes `sniffFormat` wants; SVG may start after an XML declaration and comments. */
export const SNIFF_BYTES = 4096;

const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1'];

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

/** ISO-BMFF (`ftyp` box): AVIF when an AV1 brand is listed, HEIC for the HEVC/HEIF brands. */
function sniffFtyp(bytes: Uint8Array): ImageFormat | null {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return null;
  const size = Math.min(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0), bytes.length);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, 4));
  if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
  if (brands.some((b) => HEIC_BRANDS.includes(b))) return 'heic';
  return null;
}

/** SVG: optional BOM, whitespace, XML declaration, comments and doctype, then `<svg`. */
function sniffSvg(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes.subarray(0, SNIFF_BYTES));
  const at = skipMisc(text, 0, true);
  if (at < 0 || text[at] !== '<') return false;
  // The name ends at whitespace, `/` or `>` (the start tag itself may go on past these bytes).
  let end = at + 1;
  while (end < text.length && end < at + 9 && !' \t\r\n/>'.includes(text[end])) end++;
  return end < text.length && isSvgName(text.slice(at + 1, end));
}

/** The format of an image file from its first bytes, or null when they are not an image. */
export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  if (bytes.length < 2) return null;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 26) return 'bmp';
  // TIFF (version 42) and BigTIFF (43), little- and big-endian.
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])) return 'tiff';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) && bytes.length >= 6 && (bytes[4] | (bytes[5] << 8)) > 0) return 'ico';
  if (startsWith(bytes, [0xff, 0x0a]) || startsWith(bytes, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a])) return 'jxl';
  if (ascii(bytes, 0, 4) === '8BPS') return 'psd';
  const ftyp = sniffFtyp(bytes);
  if (ftyp) return ftyp;
  if (sniffSvg(bytes)) return 'svg';
  return null;
}

/** Reads the first bytes of a Blob (only those, not the whole file). */
export async function readHead(blob: Blob, length = SNIFF_BYTES): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, length).arrayBuffer());
}

/** The format of a Blob from its first bytes, or null when it is not an image. */
export async function sniffBlob(blob: Blob): Promise<ImageFormat | null> {
  return sniffFormat(await readHead(blob));
}

/** The getImageInfo `type` of a format: the formats outside WeChat's and the browser's list are `unknown`. */
export function infoType(format: ImageFormat): InfoType {
  return (INFO_TYPES as readonly string[]).includes(format) ? (format as InfoType) : 'unknown';
}

/** The usual file extension and MIME type of a format (for downloads and Files). */
export const FORMAT_FILE: Record<ImageFormat, { ext: string; mime: string }> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  gif: { ext: 'gif', mime: 'image/gif' },
  webp: { ext: 'webp', mime: 'image/webp' },
  bmp: { ext: 'bmp', mime: 'image/bmp' },
  tiff: { ext: 'tiff', mime: 'image/tiff' },
  ico: { ext: 'ico', mime: 'image/x-icon' },
  avif: { ext: 'avif', mime: 'image/avif' },
  heic: { ext: 'heic', mime: 'image/heic' },
  svg: { ext: 'svg', mime: 'image/svg+xml' },
  jxl: { ext: 'jxl', mime: 'image/jxl' },
  psd: { ext: 'psd', mime: 'image/vnd.adobe.photoshop' },
};
