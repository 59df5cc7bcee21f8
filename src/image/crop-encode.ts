import { orientationSupport } from '../compress/resize-encode.js';
import { ApiError } from '../contract/errors.js';
import type { Region } from '../viewer/crop-frame.js';
import { readHeader } from './header/index.js';
import { readOrientationValue } from './orientation.js';
import { MAX_DECODE_PIXELS, outputMime } from './reencode.js';
import { sniffBlob, type ImageFormat } from './sniff.js';
import { uprightBitmap, uprightSize, type PictureSize } from './upright.js';

export { regionOutputSize } from '../viewer/crop-frame.js';

/**
 * cropImage's pixels: the whole picture decoded once, upright (EXIF orientation applied by the
 * decoder where it does so, else by a draw), and a region of it drawn 1:1 onto a canvas and encoded.
 */

/** What the cropper needs to know of a picture before showing it. */
export interface CropSource {
  format: ImageFormat;
  /** The size as stored, and upright (EXIF orientation applied). */
  stored: PictureSize;
  upright: PictureSize;
  /** EXIF Orientation, 1..8. */
  orientation: number;
  /** The output type: JPEG, PNG and WebP keep theirs, others become JPEG. */
  mime: string;
}

/** Reads `blob`'s header: `invalid image` when it is no image, `image too large` past MAX_DECODE_PIXELS. */
export async function readCropSource(blob: Blob): Promise<CropSource> {
  const format = await sniffBlob(blob);
  const header = format && (await readHeader(blob, format));
  if (!format || !header) throw new ApiError('invalid image');
  if (header.width * header.height > MAX_DECODE_PIXELS) throw new ApiError('image too large');
  const orientation = await readOrientationValue(header.exif);
  const stored = { width: header.width, height: header.height };
  return { format, stored, upright: uprightSize(stored, orientation), orientation, mime: outputMime(format) };
}

/** The upright picture of `blob`, stored `stored` with EXIF Orientation `orientation`. Rejects when the browser cannot decode it. */
export async function decodeUpright(blob: Blob, stored: PictureSize, orientation: number): Promise<ImageBitmap> {
  const support = await orientationSupport();
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  if (support !== 'ignored' || orientation <= 1) return bitmap;
  try {
    return uprightBitmap(bitmap, stored, orientation);
  } finally {
    bitmap.close();
  }
}

export interface CropEncodeOptions {
  /** The part of the upright picture to keep, px. */
  region: Region;
  /** The output size, px (the region's own size, rounded to the aspect). */
  size: PictureSize;
  mime: string;
  quality: number;
}

/** Draws `region` of `picture` at `size` and encodes it as `mime`. */
export async function encodeRegion(picture: ImageBitmap, { region, size, mime, quality }: CropEncodeOptions): Promise<Blob> {
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d')!;
  // JPEG has no alpha: transparent pixels would turn black.
  if (mime === 'image/jpeg') {
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
  }
  context.imageSmoothingQuality = 'high';
  context.drawImage(picture, region.x, region.y, region.width, region.height, 0, 0, size.width, size.height);
  return canvas.convertToBlob({ type: mime, quality });
}
