import { MAX_EXIF_BYTES } from '../budgets.js';
import { ascii, type ByteReader, copyBytes, isFourCC, type HeaderInfo } from './bytes.js';

const TAIL = 16 * 1024;

/**
 * An eXIf chunk after the image data, where some writers put it (just before IEND): found in the
 * file's tail instead of walking every IDAT chunk header of a big file.
 */
async function findLateExif(source: ByteReader, from: number): Promise<Uint8Array | undefined> {
  const start = Math.max(from, source.size - TAIL);
  const tail = await source.read(start, source.size - start);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let i = tail.length - 16; i >= 4; i--) {
    if (view.getUint32(i) !== 0x65584966) continue; // 'eXIf'
    const length = view.getUint32(i - 4);
    if (length >= 8 && i + 8 + length <= tail.length) return copyBytes(view, i + 4, length);
  }
  return undefined;
}

/**
 * PNG: the size from IHDR, which must be the first chunk; the EXIF block from the eXIf chunk,
 * which belongs before the image data but is found after it too. Chunk headers are read, data
 * skipped.
 */
export async function readPng(source: ByteReader): Promise<HeaderInfo | null> {
  // Apple's optimised PNGs put a CgBI chunk before IHDR.
  const first = await source.view(8, 8);
  const start = first && first.getUint32(0) === 4 && ascii(first, 4) === 'CgBI' ? 24 : 8;
  const ihdr = await source.view(start, 25);
  if (!ihdr || ihdr.getUint32(0) !== 13 || ascii(ihdr, 4) !== 'IHDR') return null;
  const width = ihdr.getUint32(8);
  const height = ihdr.getUint32(12);
  if (!width || !height || width > 0x7fffffff || height > 0x7fffffff) return null;
  let exif: Uint8Array | undefined;
  for (let at = start + 25; ; ) {
    const head = await source.view(at, 8);
    if (!head) break;
    const length = head.getUint32(0);
    // Chunk types are four ASCII letters: anything else (a run of zeros) is no PNG.
    if (!isFourCC(head, 4, true)) return null;
    const type = ascii(head, 4);
    if (type === 'IEND') break;
    if (type === 'IDAT') {
      exif = await findLateExif(source, at);
      break;
    }
    if (type === 'eXIf' && length <= MAX_EXIF_BYTES) {
      const data = await source.view(at + 8, length);
      if (data) exif = copyBytes(data, 0, length);
      break;
    }
    at += 12 + length;
  }
  return { width, height, exif };
}
