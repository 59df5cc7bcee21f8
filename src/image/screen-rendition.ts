import { MAX_DC_SOURCE_BYTES } from './budgets.js';
import { ByteSource, readHeader } from './header/index.js';
import { readOrientationValue } from './orientation.js';
import { SNIFF_BYTES, sniffFormat } from './sniff.js';
import { uprightBitmap, uprightSize, type PictureSize as Size } from './upright.js';
import { decodeProgressiveDc, frameMarker } from './progressive-dc.js';
import { decodeScaledUpright } from './scaled-decode.js';
import { RENDITION_MIN_BYTES } from './rendition-size.js';

export { RENDITION_MIN_BYTES } from './rendition-size.js';

/**
 * How many times larger than the screen (per side, in device pixels) a photo must be before a
 * rendition is decoded first. At 2 the JPEG decoder scales by 1/2 or less while decoding, which
 * measured about 3× faster than the full decode for an 1800×1200 photo on an 800×600 screen
 * (15–19 ms against 50–60 ms) and 5× for a 5184×3456 one; the full decode starts after it.
 */
export const RENDITION_MIN_DOWNSCALE = 2;

/**
 * How many times larger than the screen (per side) a progressive JPEG must be for its 1/8 first
 * scan to stand in for it: then that picture is at least half the size it is shown at.
 */
export const DC_RENDITION_MIN_DOWNSCALE = 4;

/** Where the SOF marker is looked for: the head holds EXIF, XMP and ICC blocks before it. */
const FRAME_SEARCH_BYTES = 64 * 1024;

/** The scale that fits `width`×`height` into the screen (either way round: EXIF may turn it). */
function fitScale(width: number, height: number, screen: Size): number {
  const fit = (w: number, h: number) => Math.min(screen.width / w, screen.height / h);
  return Math.max(fit(width, height), fit(height, width));
}

/**
 * A quick, screen-sized rendition of a large JPEG, shown while the full image decodes. Two ways:
 * - a progressive JPEG many times the screen's size: its first scan's 1/8 picture
 *   (`decodeProgressiveDc`: about 100 ms of script in slices of 10 ms for a 4800×3600 one on a
 *   slow 2-core machine, where the browser's scaled decode took 400–470 ms and its full one 650–820);
 * - any other: WebCodecs' `ImageDecoder` with a desired size, which lets the JPEG decoder scale
 *   while decoding (1/2 … 1/8, off the main thread) instead of decoding every pixel first.
 * Either comes out upright (EXIF orientation applied, like the `<img>`) and of the photo's shape.
 *
 * Resolves with undefined where it does not help: not a JPEG, a small file, a photo not at least
 * twice the screen's size, no ImageDecoder (WebKit, for a baseline JPEG), a result that could not
 * be made certainly upright, or any failure — the full decode is the answer then.
 * (`createImageBitmap` with `resizeWidth` does not help: it decodes every pixel, then scales —
 * measured as slow as the full decode.)
 */
export async function decodeScreenRendition(blob: Blob, screen: Size, signal?: AbortSignal): Promise<ImageBitmap | undefined> {
  if (blob.size < RENDITION_MIN_BYTES) return undefined;
  try {
    // One ByteSource: the sniff and the header come from the same read of the file's head.
    const bytes = new ByteSource(blob);
    if (sniffFormat(await bytes.read(0, SNIFF_BYTES)) !== 'jpeg') return undefined;
    const dpr = globalThis.devicePixelRatio || 1;
    const stored = await readHeader(bytes, 'jpeg');
    const device = { width: screen.width * dpr, height: screen.height * dpr };
    const fit = stored ? fitScale(stored.width, stored.height, device) : 1;
    if (!stored || fit > 1 / RENDITION_MIN_DOWNSCALE) return undefined;
    // The kit's one orientation reader (exifr, loaded lazily) runs while the head is searched and the scan decodes.
    const orientation = readOrientationValue(stored.exif);
    if (fit <= 1 / DC_RENDITION_MIN_DOWNSCALE && frameMarker(await bytes.read(0, FRAME_SEARCH_BYTES)) === 0xc2) {
      // Only the file's start: the first scan ends early in it (see MAX_DC_SOURCE_BYTES).
      const data = new Uint8Array(await blob.slice(0, MAX_DC_SOURCE_BYTES).arrayBuffer());
      if (signal?.aborted) return undefined;
      const picture = await decodeProgressiveDc(data, signal);
      if (signal?.aborted) return undefined;
      if (picture) {
        const width = Math.ceil(picture.width / 8);
        const height = Math.ceil(picture.height / 8);
        const scan = await createImageBitmap(new ImageData(picture.rgba as Uint8ClampedArray<ArrayBuffer>, width, height));
        const value = await orientation;
        if (value === 1) return scan;
        const upright = uprightBitmap(scan, { width, height }, value);
        scan.close();
        return upright;
      }
    }
    // The scale that fits the upright photo into the screen, as the viewer shows it.
    const value = await orientation;
    const upright = uprightSize(stored, value);
    const scale = Math.min(device.width / upright.width, device.height / upright.height);
    return await decodeScaledUpright(blob, stored, value, scale, signal);
  } catch {
    return undefined;
  }
}
