import { orientationSupport } from '../compress/resize-encode.js';
import { ByteSource, readHeader } from './header/index.js';
import { readOrientationValue } from './orientation.js';
import { decodeScaledUpright } from './scaled-decode.js';
import { sniffFormat, SNIFF_BYTES } from './sniff.js';
import { uprightBitmap, uprightSize, type PictureSize } from './upright.js';

/** What a thumbnail decode gives: the picture (upright, at most `edge` px a side) and the photo's upright size. */
export interface Thumbnail {
  bitmap: ImageBitmap;
  /** The photo's own upright size, for its aspect and for saying how large it is. */
  size: PictureSize;
}

/**
 * A photo as a thumbnail of at most `edge` px on its longer side, upright (EXIF orientation
 * applied), holding only the small picture afterwards, never the photo's full-size pixels (a
 * 16 MP photo shown full size holds 64 MB). A JPEG decodes scaled while decoding where
 * WebCodecs' ImageDecoder can (the viewer's `decodeScaledUpright`: 1/8 of the work or less),
 * then is drawn down; anything else goes through `createImageBitmap` with `resizeWidth` /
 * `resizeHeight`, oriented as the compression path's probe (`orientationSupport`) says. Undefined
 * for bytes this browser cannot decode (HEIC outside Safari) or that are not an image.
 */
export async function decodeThumbnail(blob: Blob, edge: number): Promise<Thumbnail | undefined> {
  try {
    const bytes = new ByteSource(blob);
    const format = sniffFormat(await bytes.read(0, SNIFF_BYTES));
    if (!format) return undefined;
    const stored = await readHeader(bytes, format);
    // SVG and headerless files: the browser sizes them; nothing to scale by.
    if (!stored || format === 'svg') return await wholeThumbnail(blob, edge);
    const orientation = format === 'jpeg' ? await readOrientationValue(stored.exif) : 1;
    const upright = uprightSize(stored, orientation);
    const scale = Math.min(1, edge / Math.max(upright.width, upright.height));
    const width = Math.max(1, Math.round(stored.width * scale));
    const height = Math.max(1, Math.round(stored.height * scale));
    const scaled = format === 'jpeg' && scale < 1 ? await decodeScaledUpright(blob, stored, orientation, scale) : undefined;
    if (scaled) return { bitmap: drawnDown(scaled, uprightSize({ width, height }, orientation)), size: upright };
    const support = orientation === 1 ? 'upright' : await orientationSupport();
    const asked = support === 'upright' ? uprightSize({ width, height }, orientation) : { width, height };
    const decoded = await createImageBitmap(blob, { imageOrientation: 'from-image', resizeWidth: asked.width, resizeHeight: asked.height });
    if (support !== 'ignored') return { bitmap: decoded, size: upright };
    const turned = uprightBitmap(decoded, { width, height }, orientation);
    decoded.close();
    return { bitmap: turned, size: upright };
  } catch {
    return undefined;
  }
}

/** A picture whose size only the decoder knows: decoded, then drawn down to `edge` (the full picture lives only for that draw). */
async function wholeThumbnail(blob: Blob, edge: number): Promise<Thumbnail | undefined> {
  const whole = await createImageBitmap(blob);
  const size = { width: whole.width, height: whole.height };
  const scale = Math.min(1, edge / Math.max(size.width, size.height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(size.width * scale)), Math.max(1, Math.round(size.height * scale)));
  canvas.getContext('2d')!.drawImage(whole, 0, 0, canvas.width, canvas.height);
  whole.close();
  return { bitmap: canvas.transferToImageBitmap(), size };
}

/** `picture` drawn at `size` (when it is larger); the larger picture is let go. */
function drawnDown(picture: ImageBitmap, size: PictureSize): ImageBitmap {
  if (picture.width <= size.width && picture.height <= size.height) return picture;
  const canvas = new OffscreenCanvas(size.width, size.height);
  canvas.getContext('2d')!.drawImage(picture, 0, 0, size.width, size.height);
  picture.close();
  return canvas.transferToImageBitmap();
}
