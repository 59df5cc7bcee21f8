import { FORMAT_FILE, type ImageFormat } from './sniff.js';

/**
 * What compressImage and cropImage share about re-encoding a picture whole. Apart from sniff.ts and
 * budgets.ts so it loads with those two APIs' own code, not with the kit's first load.
 */

/**
 * Above this many stored pixels a picture is not decoded whole (compressImage returns it untouched,
 * cropImage fails with `image too large`): decoding takes 4 bytes a pixel (a 20000×20000
 * decompression bomb would need 1.6 GB). 100 MP covers every phone photo in its default mode.
 */
export const MAX_DECODE_PIXELS = 100_000_000;

/** The type a re-encoded picture gets: the three formats canvases encode keep theirs; others become JPEG. */
export function outputMime(format: ImageFormat): string {
  return format === 'png' || format === 'webp' ? FORMAT_FILE[format].mime : 'image/jpeg';
}
