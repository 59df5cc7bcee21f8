/**
 * The browser's own resize and encode: `createImageBitmap` decodes straight to the output size
 * (a JPEG decoder can skip most of the work at 1/2, 1/4, 1/8 scale), one draw onto an
 * OffscreenCanvas, `convertToBlob` encodes. EXIF orientation is applied by createImageBitmap
 * where it does so (probed once, see `orientationSupport`), else by the draw's transform.
 */

/** How createImageBitmap treats EXIF orientation with resize options, in this browser. */
export type OrientationSupport =
  | 'upright' // orients, and resizeWidth/Height are the upright size (the spec; Chromium)
  | 'stored' // orients, but resizeWidth/Height are taken before orientation
  | 'ignored'; // does not orient: the draw's transform must

/** Whether this context has what the resize-encode path needs. */
export function canResizeEncode(): boolean {
  return typeof OffscreenCanvas === 'function' && typeof createImageBitmap === 'function' && 'convertToBlob' in OffscreenCanvas.prototype;
}

/** APP1 with an EXIF IFD0 holding only Orientation = 6 (rotate 90° clockwise to show). */
const ORIENTATION_6_APP1 = new Uint8Array([
  0xff, 0xe1, 0x00, 34, 0x45, 0x78, 0x69, 0x66, 0, 0, // APP1, length 34, "Exif\0\0"
  0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, // big-endian TIFF header, IFD0 at 8
  0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, // one entry: Orientation (SHORT) = 6
  0, 0, 0, 0, // no next IFD
]);

let support: Promise<OrientationSupport> | undefined;

/**
 * Decodes an 8×4 JPEG carrying Orientation 6 twice: whole (4×8 means the browser orients) and
 * resized to 2×4 (2×4 means the resize size is the upright one). Once per context, ~ms.
 */
export function orientationSupport(): Promise<OrientationSupport> {
  support ??= (async () => {
    const canvas = new OffscreenCanvas(8, 4);
    canvas.getContext('2d')!.fillRect(0, 0, 8, 4);
    const jpeg = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer());
    // One buffer: Firefox's createImageBitmap fails on a Blob made of several array parts.
    const bytes = new Uint8Array(jpeg.length + ORIENTATION_6_APP1.length);
    bytes.set(jpeg.subarray(0, 2));
    bytes.set(ORIENTATION_6_APP1, 2);
    bytes.set(jpeg.subarray(2), 2 + ORIENTATION_6_APP1.length);
    const probe = new Blob([bytes], { type: 'image/jpeg' });
    const whole = await createImageBitmap(probe, { imageOrientation: 'from-image' });
    const oriented = whole.width === 4 && whole.height === 8;
    whole.close();
    if (!oriented) return 'ignored';
    const resized = await createImageBitmap(probe, { imageOrientation: 'from-image', resizeWidth: 2, resizeHeight: 4 });
    const upright = resized.width === 2 && resized.height === 4;
    resized.close();
    return upright ? 'upright' : 'stored';
  })();
  return support;
}

/** The canvas transform that shows a stored `width`×`height` drawing upright, per EXIF orientation. */
function orient(ctx: OffscreenCanvasRenderingContext2D, orientation: number, width: number, height: number): void {
  const transforms: Record<number, [number, number, number, number, number, number]> = {
    2: [-1, 0, 0, 1, width, 0],
    3: [-1, 0, 0, -1, width, height],
    4: [1, 0, 0, -1, 0, height],
    5: [0, 1, 1, 0, 0, 0],
    6: [0, 1, -1, 0, height, 0],
    7: [0, -1, -1, 0, height, width],
    8: [0, -1, 1, 0, 0, width],
  };
  const t = transforms[orientation];
  if (t) ctx.transform(...t);
}

/** Re-encodes at lower quality for an output larger than its input (a photo that already fit). */
export const MAX_REENCODES = 10;

export interface ResizeEncodeOptions {
  /** The output size before orientation, px (the stored size scaled down). */
  width: number;
  height: number;
  /** EXIF orientation 1..8 of the input. */
  orientation: number;
  mime: string;
  quality: number;
  /**
   * The input's size: an output larger than it is encoded again at 0.95× the quality, up to
   * MAX_REENCODES times (what browser-image-compression does), for a photo that already fit.
   */
  sourceBytes?: number;
  onStep?: (fraction: number) => void;
}

/** Decodes `file` at the output size, upright, and encodes it. One decoded picture at a time. */
export async function resizeEncode(file: Blob, options: ResizeEncodeOptions): Promise<Blob> {
  const { width, height, orientation, mime, quality } = options;
  const support = await orientationSupport();
  const swaps = orientation >= 5 && orientation <= 8;
  const [uprightWidth, uprightHeight] = swaps ? [height, width] : [width, height];
  const askUpright = support === 'upright';
  const bitmap = await createImageBitmap(file, {
    imageOrientation: 'from-image',
    resizeWidth: askUpright ? uprightWidth : width,
    resizeHeight: askUpright ? uprightHeight : height,
    // The default ('low'): 'high' costs about 1.5× the whole decode here for a picture that
    // browser-image-compression's single draw made no better.
  });
  options.onStep?.(0.6);
  try {
    const canvas = new OffscreenCanvas(uprightWidth, uprightHeight);
    const ctx = canvas.getContext('2d')!;
    // JPEG has no alpha: transparent pixels would turn black.
    if (mime === 'image/jpeg') {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, uprightWidth, uprightHeight);
    }
    if (support === 'ignored') {
      orient(ctx, orientation, width, height);
      ctx.drawImage(bitmap, 0, 0, width, height);
    } else {
      ctx.drawImage(bitmap, 0, 0, uprightWidth, uprightHeight);
    }
    let blob = await canvas.convertToBlob({ type: mime, quality });
    for (let i = 0, q = quality; i < MAX_REENCODES && options.sourceBytes && blob.size > options.sourceBytes && mime !== 'image/png'; i++) {
      q *= 0.95;
      blob = await canvas.convertToBlob({ type: mime, quality: q });
    }
    return blob;
  } finally {
    bitmap.close();
  }
}
