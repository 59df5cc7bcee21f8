import { MAX_EXIF_BYTES, MAX_HEIF_META_BYTES, MAX_META_WALK_STEPS, ReadBudget } from '../budgets.js';
import { ascii, type ByteReader, copyBytes, isFourCC, type HeaderInfo } from './bytes.js';

interface Box {
  type: string;
  /** Where the payload starts and ends, in the view. */
  start: number;
  end: number;
}

/** The boxes inside `[from, to)` of `view`; each one a step of `walk`. */
function boxes(view: DataView, from: number, to: number, walk: ReadBudget): Box[] {
  const list: Box[] = [];
  for (let at = from; at + 8 <= to; ) {
    walk.step();
    let size = view.getUint32(at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) break;
      size = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header || at + size > to) break;
    list.push({ type: ascii(view, at + 4), start: at + header, end: at + size });
    at += size;
  }
  return list;
}

function child(view: DataView, parent: Box, type: string, walk: ReadBudget, skip = 0): Box | undefined {
  return boxes(view, parent.start + skip, parent.end, walk).find((box) => box.type === type);
}

/** Reads an unsigned integer of 0, 4 or 8 bytes (iloc's field sizes). */
function uint(view: DataView, at: number, size: number): number {
  if (size === 4) return view.getUint32(at);
  if (size === 8) return Number(view.getBigUint64(at));
  if (size === 2) return view.getUint16(at);
  return 0;
}

/** The property indices (1-based) ipma associates with an item. */
function itemProperties(view: DataView, ipma: Box, itemId: number, walk: ReadBudget): number[] {
  const version = view.getUint8(ipma.start);
  const flags = view.getUint8(ipma.start + 3);
  const count = view.getUint32(ipma.start + 4);
  let at = ipma.start + 8;
  for (let i = 0; i < count && at < ipma.end; i++) {
    walk.step();
    const id = version < 1 ? view.getUint16(at) : view.getUint32(at);
    at += version < 1 ? 2 : 4;
    const n = view.getUint8(at++);
    const indices: number[] = [];
    for (let j = 0; j < n; j++) {
      if (flags & 1) {
        indices.push(view.getUint16(at) & 0x7fff);
        at += 2;
      } else {
        indices.push(view.getUint8(at) & 0x7f);
        at += 1;
      }
    }
    if (id === itemId) return indices;
  }
  return [];
}

/** The id of the first item of a type, from iinf's infe entries (version 2 and 3). */
function findItem(view: DataView, iinf: Box, itemType: string, walk: ReadBudget): number | undefined {
  const skip = view.getUint8(iinf.start) === 0 ? 6 : 8;
  for (const infe of boxes(view, iinf.start + skip, iinf.end, walk)) {
    if (infe.type !== 'infe') continue;
    const version = view.getUint8(infe.start);
    if (version < 2) continue;
    const id = version === 2 ? view.getUint16(infe.start + 4) : view.getUint32(infe.start + 4);
    const typeAt = infe.start + (version === 2 ? 8 : 10);
    if (ascii(view, typeAt) === itemType) return id;
  }
  return undefined;
}

interface Location {
  offset: number;
  length: number;
  /** 0: offsets in the file; 1: offsets in the meta box's idat. */
  method: number;
}

/** Where an item's first extent is. */
function itemLocation(view: DataView, iloc: Box, itemId: number, walk: ReadBudget): Location | undefined {
  const version = view.getUint8(iloc.start);
  let at = iloc.start + 4;
  const sizes = view.getUint16(at);
  at += 2;
  const offsetSize = sizes >> 12;
  const lengthSize = (sizes >> 8) & 15;
  const baseSize = (sizes >> 4) & 15;
  const indexSize = version > 0 ? sizes & 15 : 0;
  const count = version < 2 ? view.getUint16(at) : view.getUint32(at);
  at += version < 2 ? 2 : 4;
  for (let i = 0; i < count && at < iloc.end; i++) {
    walk.step();
    const id = version < 2 ? view.getUint16(at) : view.getUint32(at);
    at += version < 2 ? 2 : 4;
    const method = version > 0 ? view.getUint16(at) & 15 : 0;
    if (version > 0) at += 2;
    at += 2; // data reference index
    const base = uint(view, at, baseSize);
    at += baseSize;
    const extents = view.getUint16(at);
    at += 2;
    // Only the first extent is read; the others are stepped over at once (with field sizes of 0,
    // 65535 extents take no bytes at all).
    const first: Location | undefined = extents
      ? { offset: base + uint(view, at + indexSize, offsetSize), length: uint(view, at + indexSize + offsetSize, lengthSize), method }
      : undefined;
    at += extents * (indexSize + offsetSize + lengthSize);
    if (id === itemId) return first;
  }
  return undefined;
}

/** The Exif item's TIFF block: a 4-byte offset to the TIFF header, then the block. */
async function readExifItem(source: ByteReader, view: DataView, meta: Box, walk: ReadBudget): Promise<Uint8Array | undefined> {
  const iinf = child(view, meta, 'iinf', walk, 4);
  const iloc = child(view, meta, 'iloc', walk, 4);
  const id = iinf && findItem(view, iinf, 'Exif', walk);
  const location = id !== undefined && iloc ? itemLocation(view, iloc, id, walk) : undefined;
  if (!location || location.length < 12 || location.length > MAX_EXIF_BYTES) return undefined;
  let data: DataView | null = null;
  if (location.method === 0) {
    data = await source.view(location.offset, location.length);
  } else if (location.method === 1) {
    // Stored inside the meta box, which is already read.
    const idat = child(view, meta, 'idat', walk, 4);
    const start = idat && idat.start + location.offset;
    if (idat && start! + location.length <= idat.end) data = new DataView(view.buffer, view.byteOffset + start!, location.length);
  }
  if (!data) return undefined;
  const skip = 4 + data.getUint32(0);
  return skip < location.length ? copyBytes(data, skip, location.length - skip) : undefined;
}

/**
 * AVIF and HEIC (ISO-BMFF / HEIF): the `ispe` of the primary item (pitm), cropped by its clean
 * aperture (`clap`) when it has one, as decoders output it. Rotation (irot) is not applied:
 * the size is the stored one. The EXIF block comes from the `Exif` item.
 */
export async function readHeif(source: ByteReader): Promise<HeaderInfo | null> {
  // The boxes and items walked inside the meta box, already in memory, have a step budget too.
  const walk = new ReadBudget({ steps: MAX_META_WALK_STEPS, reads: 0, bytes: 0 });
  // Top-level boxes: ftyp, then meta (usually second; mdat may come first in some writers).
  let at = 0;
  let meta: { offset: number; size: number } | undefined;
  while (!meta) {
    const head = await source.view(at, 16);
    if (!head) return null;
    let size = head.getUint32(0);
    if (size === 1) size = Number(head.getBigUint64(8));
    else if (size === 0) size = source.size - at;
    if (size < 8 || !isFourCC(head, 4)) return null;
    if (ascii(head, 4) === 'meta') meta = { offset: at, size };
    at += size;
  }
  if (meta.size > MAX_HEIF_META_BYTES) return null;
  const view = await source.view(meta.offset, meta.size);
  if (!view) return null;
  const [metaBox] = boxes(view, 0, view.byteLength, walk);
  if (!metaBox) return null;
  const pitm = child(view, metaBox, 'pitm', walk, 4);
  const iprp = child(view, metaBox, 'iprp', walk, 4);
  const ipco = iprp && child(view, iprp, 'ipco', walk);
  const ipma = iprp && child(view, iprp, 'ipma', walk);
  if (!pitm || !ipco || !ipma) return null;
  const primary = view.getUint8(pitm.start) === 0 ? view.getUint16(pitm.start + 4) : view.getUint32(pitm.start + 4);
  const properties = boxes(view, ipco.start, ipco.end, walk);
  let width = 0;
  let height = 0;
  let clap: Box | undefined;
  for (const index of itemProperties(view, ipma, primary, walk)) {
    const property = properties[index - 1];
    if (property?.type === 'ispe' && property.end - property.start >= 12) {
      width = view.getUint32(property.start + 4);
      height = view.getUint32(property.start + 8);
    } else if (property?.type === 'clap' && property.end - property.start >= 32) {
      clap = property;
    }
  }
  if (!width || !height) {
    // A primary item without its own ispe breaks the spec; take the largest image size declared.
    for (const property of properties) {
      if (property.type !== 'ispe' || property.end - property.start < 12) continue;
      const w = view.getUint32(property.start + 4);
      const h = view.getUint32(property.start + 8);
      if (w * h > width * height) [width, height] = [w, h];
    }
    if (!width || !height) return null;
  }
  if (clap) {
    const fraction = (at: number) => {
      const d = view.getUint32(at + 4);
      return d ? view.getInt32(at) / d : 0;
    };
    const clapWidth = Math.round(fraction(clap.start));
    const clapHeight = Math.round(fraction(clap.start + 8));
    if (clapWidth > 0 && clapWidth <= width) width = clapWidth;
    if (clapHeight > 0 && clapHeight <= height) height = clapHeight;
  }
  return { width, height, exif: await readExifItem(source, view, metaBox, walk) };
}
