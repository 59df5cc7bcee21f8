/** Width and height in pixels. */
export interface PictureSize {
  width: number;
  height: number;
}

/** The upright size of a picture stored `stored` with EXIF Orientation `orientation` (5–8 swap the sides). */
export function uprightSize(stored: PictureSize, orientation: number): PictureSize {
  return orientation >= 5 && orientation <= 8 ? { width: stored.height, height: stored.width } : stored;
}

/**
 * `source` (any picture the canvas can draw: a decoded frame, a bitmap, a canvas) stretched to
 * `stored` and turned upright by EXIF Orientation `orientation`, as the `<img>` shows the photo.
 */
export function uprightBitmap(source: CanvasImageSource, stored: PictureSize, orientation: number): ImageBitmap {
  const { width, height } = stored;
  const upright = uprightSize(stored, orientation);
  const context = new OffscreenCanvas(upright.width, upright.height).getContext('2d')!;
  // EXIF Orientation 2…8 as canvas transforms of the stored picture.
  const half = Math.PI / 2;
  switch (orientation) {
    case 2: context.setTransform(-1, 0, 0, 1, width, 0); break;
    case 3: context.setTransform(-1, 0, 0, -1, width, height); break;
    case 4: context.setTransform(1, 0, 0, -1, 0, height); break;
    case 5: context.rotate(half); context.scale(1, -1); break;
    case 6: context.rotate(half); context.translate(0, -height); break;
    case 7: context.rotate(half); context.translate(width, -height); context.scale(-1, 1); break;
    case 8: context.rotate(-half); context.translate(-width, 0); break;
  }
  context.drawImage(source, 0, 0, width, height);
  return context.canvas.transferToImageBitmap();
}
