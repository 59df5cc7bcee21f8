import { orientationSupport } from '../compress/resize-encode.js';
import { ByteSource, readHeader } from './header/index.js';
import { readOrientationValue } from './orientation.js';
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
 * 16 MP photo shown full size holds 64 MB): `createImageBitmap` with `resizeWidth` /
 * `resizeHeight`, which decodes off the main thread, oriented as the compression path's probe
 * (`orientationSupport`) says. (Not WebCodecs' ImageDecoder, which the viewer's rendition uses:
 * in Chromium its frame decoded on the main thread when drawn, 0.7–1 s per 16 MP photo in
 * `npm run bench uploader`.) Undefined for bytes this browser cannot decode (HEIC outside
 * Safari) or that are not an image.
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

