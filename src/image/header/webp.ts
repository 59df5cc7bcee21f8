import { MAX_EXIF_BYTES } from '../budgets.js';
import { ascii, type ByteReader, copyBytes, isFourCC, type HeaderInfo } from './bytes.js';

/** The EXIF chunk of an extended WebP; some writers keep JPEG's `Exif\0\0` prefix in it. */
async function findExif(source: ByteReader, end: number): Promise<Uint8Array | undefined> {
  for (let at = 30; at + 8 <= end; ) {
    const head = await source.view(at, 8);
    if (!head || !isFourCC(head, 0)) return undefined;
    const length = head.getUint32(4, true);
    if (ascii(head, 0) === 'EXIF') {
      if (length > MAX_EXIF_BYTES) return undefined;
      const data = await source.view(at + 8, length);
      if (!data) return undefined;
      const skip = length > 6 && data.getUint32(0) === 0x45786966 && data.getUint16(4) === 0 ? 6 : 0;
      return copyBytes(data, skip, length - skip);
    }
    at += 8 + length + (length & 1);
  }
  return undefined;
}

/** WebP: the first chunk says which header holds the size: VP8 (lossy), VP8L (lossless) or VP8X (extended). */
export async function readWebp(source: ByteReader): Promise<HeaderInfo | null> {
  // A tiny lossless file can be shorter than 30 bytes; each branch checks what it needs.
  const view = await source.view(0, Math.min(30, source.size));
  if (!view || view.byteLength < 25) return null;
  const chunk = ascii(view, 12);
  if (chunk === 'VP8L') {
    if (view.getUint8(20) !== 0x2f) return null;
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (view.byteLength < 30) return null;
  if (chunk === 'VP8 ') {
    // Frame tag (3 bytes), then the key-frame start code 9d 01 2a, then 14-bit sizes with 2 scale bits.
    if (view.getUint8(23) !== 0x9d || view.getUint8(24) !== 0x01 || view.getUint8(25) !== 0x2a) return null;
    const width = view.getUint16(26, true) & 0x3fff;
    const height = view.getUint16(28, true) & 0x3fff;
    return width && height ? { width, height } : null;
  }
  if (chunk === 'VP8X') {
    const width = 1 + (view.getUint8(24) | (view.getUint8(25) << 8) | (view.getUint8(26) << 16));
    const height = 1 + (view.getUint8(27) | (view.getUint8(28) << 8) | (view.getUint8(29) << 16));
    const hasExif = (view.getUint8(20) & 0x08) !== 0;
    const end = Math.min(source.size, 8 + view.getUint32(4, true));
    return { width, height, exif: hasExif ? await findExif(source, end) : undefined };
  }
  return null;
}
