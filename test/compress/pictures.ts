/** A coarse grey thumbnail of an image as shown (EXIF applied), for comparing two pictures. */
export async function thumbnail(blob: Blob): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(24, 16);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0, 24, 16);
  bitmap.close();
  return ctx.getImageData(0, 0, 24, 16).data;
}

/** The mean difference of two thumbnails' channels, 0..255. */
export function meanDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}
