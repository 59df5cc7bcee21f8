import { orientationSupport } from '../compress/resize-encode.js';
import type { Region } from '../viewer/crop-frame.js';
import { uprightBitmap, type PictureSize } from './upright.js';

/**
 * cropImage's pixels: the whole picture decoded once, upright (EXIF orientation applied by the
 * decoder where it does so, else by a draw), and a region of it drawn 1:1 onto a canvas and encoded.
 */

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
