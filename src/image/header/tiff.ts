import { type ByteReader, type HeaderInfo } from './bytes.js';

const IMAGE_WIDTH = 0x100;
const IMAGE_LENGTH = 0x101;
const ORIENTATION = 0x112;
const MAX_ENTRIES = 4096;

/**
 * TIFF: ImageWidth and ImageLength from IFD0, wherever in the file it is (often at the end).
 * The EXIF block handed on is IFD0 alone, re-based to follow an 8-byte header, so the tags whose
 * values fit in the entry (Orientation) read the same without copying the whole file.
 */
export async function readTiff(source: ByteReader): Promise<HeaderInfo | null> {
  const header = await source.view(0, 8);
  if (!header) return null;
  const le = header.getUint16(0) === 0x4949;
  const ifd0 = header.getUint32(4, le);
  const countView = await source.view(ifd0, 2);
  if (ifd0 < 8 || !countView) return null;
  const count = countView.getUint16(0, le);
  if (!count || count > MAX_ENTRIES) return null;
  const entries = await source.view(ifd0 + 2, count * 12);
  if (!entries) return null;
  let width = 0;
  let height = 0;
  let hasOrientation = false;
  for (let i = 0; i < count; i++) {
    const entry = i * 12;
    const tag = entries.getUint16(entry, le);
    const type = entries.getUint16(entry + 2, le);
    const value = type === 3 ? entries.getUint16(entry + 8, le) : entries.getUint32(entry + 8, le);
    if (tag === IMAGE_WIDTH) width = value;
    else if (tag === IMAGE_LENGTH) height = value;
    else if (tag === ORIENTATION) hasOrientation = true;
  }
  if (!width || !height) return null;
  let exif: Uint8Array | undefined;
  if (hasOrientation) {
    exif = new Uint8Array(8 + 2 + count * 12 + 4);
    exif.set(new Uint8Array(header.buffer, header.byteOffset, 4));
    new DataView(exif.buffer).setUint32(4, 8, le);
    new DataView(exif.buffer).setUint16(8, count, le);
    exif.set(new Uint8Array(entries.buffer, entries.byteOffset, count * 12), 10);
  }
  return { width, height, exif };
}
