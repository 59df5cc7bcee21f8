import type { ImageFormat } from '../sniff.js';
import { loadPart } from '../../contract/lazy.js';
import { BudgetExceeded, isSaneSize } from '../budgets.js';
import { ByteSource, type ByteReader, type HeaderInfo } from './bytes.js';
import { readJpeg } from './jpeg.js';
import { readPng } from './png.js';
import { readBmp, readGif, readIco, readPsd } from './simple.js';
import { readWebp } from './webp.js';

export { ByteSource, type ByteReader, type HeaderInfo } from './bytes.js';

// The web's everyday formats are read here; the larger readers of the others (HEIF/AVIF boxes,
// TIFF IFDs, SVG text, JPEG XL) load with the first file of their format.
const READERS: Record<ImageFormat, (source: ByteReader) => Promise<HeaderInfo | null>> = {
  jpeg: readJpeg,
  png: readPng,
  gif: readGif,
  webp: readWebp,
  bmp: readBmp,
  tiff: async (source) => (await loadPart('the TIFF header reader', () => import('./tiff.js'))).readTiff(source),
  ico: readIco,
  avif: async (source) => (await loadPart('the HEIF header reader', () => import('./bmff.js'))).readHeif(source),
  heic: async (source) => (await loadPart('the HEIF header reader', () => import('./bmff.js'))).readHeif(source),
  // SVG is read as text from its Blob; a streamed source hands an SVG over whole (url-bytes.ts).
  svg: async (source) => (source instanceof ByteSource ? (await loadPart('the SVG header reader', () => import('./svg.js'))).readSvg(source) : null),
  jxl: async (source) => (await loadPart('the JPEG XL header reader', () => import('./jxl.js'))).readJxl(source),
  psd: readPsd,
};

/**
 * The stored width and height of an image of a known format, read from its header bytes only
 * (never decoded, so a 20000×20000 PNG costs the same as a 1×1 one), and its EXIF block when it
 * has one. Null when the header is missing, cut short or damaged, when its size is not one an
 * image can have (see isSaneSize), or when reading it goes past the budgets of budgets.ts.
 * Pass the ByteReader that sniffed the format to reuse the bytes it already read (and its budget).
 */
export async function readHeader(input: Blob | ByteReader, format: ImageFormat): Promise<HeaderInfo | null> {
  try {
    const header = await READERS[format](input instanceof Blob ? new ByteSource(input) : input);
    return header && isSaneSize(header.width, header.height) ? header : null;
  } catch (error) {
    // A damaged header points outside itself: DataView throws RangeError. A crafted one runs
    // out of budget. Anything else is ours.
    if (error instanceof RangeError || error instanceof BudgetExceeded) return null;
    throw error;
  }
}
