import { loadPart } from '../contract/lazy.js';
import { MAX_EXIF_BYTES } from './budgets.js';

/** getImageInfo's orientation names, in EXIF Orientation order 1..8. */
export const ORIENTATIONS = [
  'up', 'up-mirrored', 'down', 'down-mirrored', 'left-mirrored', 'right', 'right-mirrored', 'left',
] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** The name of an EXIF Orientation value; a missing or out-of-range value is `up`. */
export function orientationName(value: unknown): Orientation {
  return (typeof value === 'number' && ORIENTATIONS[value - 1]) || 'up';
}

/**
 * The orientation from an EXIF TIFF block (the header readers find it in JPEG APP1, PNG eXIf,
 * WebP EXIF, TIFF IFD0 and the HEIF Exif item). exifr is loaded only when there is a block to
 * read, so images without EXIF never pay for it; an unreadable block means `up`. When exifr
 * itself cannot be loaded, this throws LazyPartError (the call fails): `up` would be a guess.
 */
export async function readOrientation(tiff: Uint8Array | undefined): Promise<Orientation> {
  // The readers hand on at most MAX_EXIF_BYTES; the check keeps exifr's read bounded whoever calls.
  if (!tiff || tiff.length < 8 || tiff.length > MAX_EXIF_BYTES) return 'up';
  const { exifOrientation } = await loadPart('the EXIF reader', () => import('./exif-orientation.js'));
  try {
    return orientationName(await exifOrientation(tiff));
  } catch {
    return 'up';
  }
}

/** The same orientation as its EXIF value, 1..8 (what the decoders and the upright drawing take). */
export async function readOrientationValue(tiff: Uint8Array | undefined): Promise<number> {
  return ORIENTATIONS.indexOf(await readOrientation(tiff)) + 1;
}
