// Pictures for orientation tests: JPEGs with any EXIF Orientation made from a fixture, and pixel
// comparisons against the browser's own (upright) decode.
import { withExifOrientation } from '../src/image/exif-segment.js';

export interface Box {
  width: number;
  height: number;
}

/** A decoded image element (the browser turns it upright by its EXIF, as it shows it). */
export async function loadedImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = url;
  await img.decode();
  return img;
}

/**
 * A JPEG whose stored pixels are `picture` stretched to `stored`, tagged with EXIF `orientation`:
 * upright it is `stored` turned by that orientation, as a camera would have written it.
 */
export async function orientedJpeg(picture: CanvasImageSource, stored: Box, orientation: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = stored.width;
  canvas.height = stored.height;
  canvas.getContext('2d')!.drawImage(picture, 0, 0, stored.width, stored.height);
  const jpeg = await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no JPEG'))), 'image/jpeg', 0.92));
  const bytes = withExifOrientation(new Uint8Array(await jpeg.arrayBuffer()), orientation);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' });
}

/**
 * The RGBA pixels `source` paints, scaled to `box` by the browser's best resampling. It is drawn
 * at its own size first: a canvas paints its backing picture, which is what the screen shows
 * (Chromium's bitmaprenderer canvas drops a decoded frame's rotation that createImageBitmap of
 * the same canvas would apply), and a plain drawImage of a much larger picture into a small box
 * samples it too sparsely to compare two decodes.
 */
export async function pixels(source: HTMLImageElement | HTMLCanvasElement | ImageBitmap, box: Box): Promise<Uint8ClampedArray> {
  const [width, height] = source instanceof HTMLImageElement ? [source.naturalWidth, source.naturalHeight] : [source.width, source.height];
  const painted = new OffscreenCanvas(width, height);
  painted.getContext('2d')!.drawImage(source, 0, 0);
  const scaled = await createImageBitmap(painted, { resizeWidth: box.width, resizeHeight: box.height, resizeQuality: 'high' });
  const context = new OffscreenCanvas(box.width, box.height).getContext('2d')!;
  context.drawImage(scaled, 0, 0);
  scaled.close();
  return context.getImageData(0, 0, box.width, box.height).data;
}

/** Mean absolute difference per colour channel (0…255) of two same-sized RGBA arrays. */
export function meanDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) if (i % 4 !== 3) sum += Math.abs(a[i] - b[i]);
  return sum / ((a.length / 4) * 3);
}
