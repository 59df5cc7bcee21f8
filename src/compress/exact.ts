import { LazyPartError } from '../contract/lazy.js';
import { ApiError } from '../contract/errors.js';
import { readHeader } from '../image/header/index.js';
import { readOrientationValue } from '../image/orientation.js';
import { MAX_DECODE_PIXELS, outputMime } from '../image/reencode.js';
import { FORMAT_FILE, sniffBlob } from '../image/sniff.js';
import { encodeInPool, KEEP_AS_IS } from './index.js';

/**
 * compressImage's compression: the same pool and the same resize + encode as chooseImage's, asked
 * for an exact upright size and quality instead of "fit the longest edge, never grow the file".
 */

export interface ExactCompressOptions {
  /** Upright output width, px; with only one of width/height the other keeps the aspect ratio. */
  width?: number;
  /** Upright output height, px. */
  height?: number;
  /** Encoder quality, 0..1 (JPEG and WebP; PNG is lossless). */
  quality: number;
  signal?: AbortSignal;
}

/** The upright output size: both given → exactly those; one → the other by the aspect ratio; none → the image's own. */
export function outputSize(uprightWidth: number, uprightHeight: number, width?: number, height?: number): { width: number; height: number } {
  const round = (value: number) => Math.max(1, Math.round(value));
  if (width && height) return { width: round(width), height: round(height) };
  if (width) return { width: round(width), height: round((width * uprightHeight) / uprightWidth) };
  if (height) return { width: round((height * uprightWidth) / uprightHeight), height: round(height) };
  return { width: uprightWidth, height: uprightHeight };
}

/**
 * Compresses an image Blob to the asked size and quality, upright (EXIF orientation applied,
 * metadata dropped). JPEG stays JPEG, PNG stays PNG and WebP stays WebP; every other format
 * becomes JPEG. GIF (an animation would lose its frames) and SVG (a vector image) come back as
 * they are. Fails with `invalid image` for bytes that are not an image or that this browser
 * cannot decode, and with `image too large` past MAX_DECODE_PIXELS in or out.
 */
export async function compressToSize(blob: Blob, options: ExactCompressOptions): Promise<Blob> {
  const format = await sniffBlob(blob);
  if (!format) throw new ApiError('invalid image');
  if (KEEP_AS_IS.includes(format)) return blob;
  const header = await readHeader(blob, format);
  if (!header) throw new ApiError('invalid image');
  const orientation = await readOrientationValue(header.exif);
  const swaps = orientation >= 5 && orientation <= 8;
  const [uprightWidth, uprightHeight] = swaps ? [header.height, header.width] : [header.width, header.height];
  const size = outputSize(uprightWidth, uprightHeight, options.width, options.height);
  if (header.width * header.height > MAX_DECODE_PIXELS || size.width * size.height > MAX_DECODE_PIXELS) {
    throw new ApiError('image too large');
  }
  // The worker takes the size before orientation, as the header stores the picture.
  const target = { width: swaps ? size.height : size.width, height: swaps ? size.width : size.height, orientation };
  const { mime, ext } = FORMAT_FILE[format];
  const file = new File([blob], `image.${ext}`, { type: mime });
  const request = { file, maxEdge: Math.max(size.width, size.height), quality: options.quality, mime: outputMime(format), target, exact: true };
  try {
    return await encodeInPool(request, undefined, options.signal);
  } catch (error) {
    if ((error instanceof DOMException && error.name === 'AbortError') || error instanceof LazyPartError) throw error;
    throw new ApiError('invalid image');
  }
}
