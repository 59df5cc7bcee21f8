import { MAX_TIFF_ENTRIES } from '../budgets.js';
import { type ByteReader, type HeaderInfo } from './bytes.js';

const IMAGE_WIDTH = 0x100;
const IMAGE_LENGTH = 0x101;
const ORIENTATION = 0x112;

/** TIFF field types whose single value a size or Orientation tag may use. */
const SHORT = 3;
const LONG = 4;
const LONG8 = 16;

/**
 * Classic TIFF (version 42: 4-byte offsets, 2-byte entry count, 12-byte entries) and BigTIFF
 * (version 43: 8-byte offsets and counts, 20-byte entries), in either byte order.
 */
interface Layout {
  le: boolean;
  big: boolean;
  countSize: number;
  entrySize: number;
  /** Where an entry's value (or offset) field starts. */
  valueAt: number;
}

function layout(header: DataView): Layout | null {
  const order = header.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const le = order === 0x4949;
  const version = header.getUint16(2, le);
  if (version === 42) return { le, big: false, countSize: 2, entrySize: 12, valueAt: 8 };
  // BigTIFF: offset byte size 8, then a reserved 0.
  if (version === 43 && header.getUint16(4, le) === 8 && header.getUint16(6, le) === 0) {
    return { le, big: true, countSize: 8, entrySize: 20, valueAt: 12 };
  }
  return null;
}

/** An unsigned 64-bit field as a number (past 2^53 it is no offset inside a Blob anyway). */
function uint64(view: DataView, at: number, le: boolean): number {
  return Number(view.getBigUint64(at, le));
}

/** The value of an entry holding one SHORT, LONG or LONG8 inline; NaN for another type. */
function inlineValue(entries: DataView, entry: number, t: Layout): number {
  const type = entries.getUint16(entry + 2, t.le);
  const at = entry + t.valueAt;
  if (type === SHORT) return entries.getUint16(at, t.le);
  if (type === LONG) return entries.getUint32(at, t.le);
  if (type === LONG8 && t.big) return uint64(entries, at, t.le);
  return NaN;
}

/**
 * TIFF and BigTIFF: ImageWidth and ImageLength from IFD0, wherever in the file it is (often at
 * the end). When IFD0 has an Orientation tag, the EXIF block handed on is a classic TIFF block
 * with that one entry, so the kit's one orientation reader reads BigTIFF too, without copying
 * the file.
 */
export async function readTiff(source: ByteReader): Promise<HeaderInfo | null> {
  const header = await source.view(0, 16);
  const t = header && layout(header);
  if (!header || !t) return null;
  const ifd0 = t.big ? uint64(header, 8, t.le) : header.getUint32(4, t.le);
  if (ifd0 < (t.big ? 16 : 8)) return null;
  const countView = await source.view(ifd0, t.countSize);
  if (!countView) return null;
  const count = t.big ? uint64(countView, 0, t.le) : countView.getUint16(0, t.le);
  if (!count || count > MAX_TIFF_ENTRIES) return null;
  const entries = await source.view(ifd0 + t.countSize, count * t.entrySize);
  if (!entries) return null;
  let width = 0;
  let height = 0;
  let orientation: number | undefined;
  for (let i = 0; i < count; i++) {
    const entry = i * t.entrySize;
    const tag = entries.getUint16(entry, t.le);
    if (tag === IMAGE_WIDTH) width = inlineValue(entries, entry, t);
    else if (tag === IMAGE_LENGTH) height = inlineValue(entries, entry, t);
    else if (tag === ORIENTATION) orientation = inlineValue(entries, entry, t);
  }
  if (!width || !height) return null;
  return { width, height, exif: orientation === undefined ? undefined : orientationBlock(orientation) };
}

/** A classic little-endian TIFF block whose IFD0 holds only Orientation (SHORT). */
function orientationBlock(value: number): Uint8Array {
  const block = new Uint8Array(8 + 2 + 12 + 4);
  const view = new DataView(block.buffer);
  view.setUint16(0, 0x4949);
  view.setUint16(2, 42, true);
  view.setUint32(4, 8, true);
  view.setUint16(8, 1, true);
  view.setUint16(10, ORIENTATION, true);
  view.setUint16(12, SHORT, true);
  view.setUint32(14, 1, true);
  view.setUint16(18, Number.isInteger(value) && value >= 0 && value <= 0xffff ? value : 0, true);
  return block;
}
