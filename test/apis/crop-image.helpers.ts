// Shared steps of the cropper tests: find the open cropper, make test pictures, read outputs.
import { waitUntil } from '../wait.js';
import type { WxCropDialog } from '../../components/crop-dialog/crop-dialog.js';
import { getTempFile } from '../../src/files/temp-store.js';

export const FIXTURES = '/test/fixtures/images/';
export const fixture = (name: string) => fetch(FIXTURES + name).then((r) => r.blob());

/** The cropper on screen, once open with its picture loaded. */
export async function openCropper(): Promise<WxCropDialog> {
  await waitUntil(() => document.querySelector('wx-crop-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'no cropper opened');
  const cropper = document.querySelector('wx-crop-dialog')!;
  const img = cropper.shadowRoot!.querySelector('img')!;
  await waitUntil(() => img.complete && img.naturalWidth > 0, 'the cropper never showed its picture');
  return cropper;
}

export function partOf<T extends Element = HTMLElement>(cropper: WxCropDialog, part: string): T {
  return cropper.shadowRoot!.querySelector<T>(`[part~="${part}"]`)!;
}

/** The middle of an element, in whole CSS pixels, for sendMouse. */
export function middleOf(el: Element): [number, number] {
  const box = el.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** Screen px per picture px at the cropper's least zoom: the frame's height over the picture's. */
export function coverScale(cropper: WxCropDialog, pictureHeight: number): number {
  return partOf(cropper, 'frame').getBoundingClientRect().height / pictureHeight;
}

/**
 * A PNG of `width`×`height` whose red channel says the column (x / 4) and green the row (y / 4):
 * a crop's first pixel tells where it starts, to 4 px.
 */
export async function gradientPng(width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const data = context.createImageData(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data.data.set([x >> 2, y >> 2, 0, 255], i);
    }
  }
  context.putImageData(data, 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

/** The decoded temp file: its upright size and its pixels. */
export async function picture(tempFilePath: string, orientation: 'from-image' | 'none' = 'from-image'): Promise<{ width: number; height: number; pixel: (x: number, y: number) => number[] }> {
  const blob = getTempFile(tempFilePath);
  if (!blob) throw new Error(`${tempFilePath} is no live temp path`);
  const bitmap = await createImageBitmap(blob, { imageOrientation: orientation } as ImageBitmapOptions);
  const { width, height } = bitmap;
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const data = context.getImageData(0, 0, width, height).data;
  return { width, height, pixel: (x, y) => [...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)] };
}

/** Where a crop of gradientPng starts, picture px (to 4 px). */
export function gradientOrigin(pixel: number[]): { x: number; y: number } {
  return { x: pixel[0]! * 4, y: pixel[1]! * 4 };
}
