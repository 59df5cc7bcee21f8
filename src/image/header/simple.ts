import { MAX_ICO_ENTRIES } from '../budgets.js';
import { type ByteReader, type HeaderInfo } from './bytes.js';

/** GIF: the logical screen (the canvas every frame is drawn on). */
export async function readGif(source: ByteReader): Promise<HeaderInfo | null> {
  const view = await source.view(0, 10);
  if (!view) return null;
  const width = view.getUint16(6, true);
  const height = view.getUint16(8, true);
  return width && height ? { width, height } : null;
}

/**
 * BMP: the DIB header after the 14-byte file header. OS/2 1.x headers (12 bytes) have unsigned
 * 16-bit sizes; all later ones signed 32-bit, where a negative height means top-down rows.
 */
export async function readBmp(source: ByteReader): Promise<HeaderInfo | null> {
  const view = await source.view(0, 26);
  if (!view) return null;
  const dibSize = view.getUint32(14, true);
  let width: number;
  let height: number;
  if (dibSize === 12) {
    width = view.getUint16(18, true);
    height = view.getUint16(20, true);
  } else if (dibSize >= 16) {
    width = Math.abs(view.getInt32(18, true));
    height = Math.abs(view.getInt32(22, true));
  } else {
    return null;
  }
  return width && height ? { width, height } : null;
}

/**
 * ICO: the largest entry of the directory (by area, then width). A 0 byte means 256. An entry
 * holding a PNG may be bigger than 256; its own IHDR then gives the size.
 */
export async function readIco(source: ByteReader): Promise<HeaderInfo | null> {
  const head = await source.view(0, 6);
  if (!head) return null;
  const count = head.getUint16(4, true);
  if (count > MAX_ICO_ENTRIES) return null;
  const dir = await source.view(6, count * 16);
  if (!count || !dir) return null;
  let best: { width: number; height: number; offset: number } | null = null;
  for (let i = 0; i < count; i++) {
    const entry = i * 16;
    const width = dir.getUint8(entry) || 256;
    const height = dir.getUint8(entry + 1) || 256;
    if (!best || width * height > best.width * best.height) best = { width, height, offset: dir.getUint32(entry + 12, true) };
  }
  if (best && best.width === 256 && best.height === 256) {
    const png = await source.view(best.offset, 24);
    if (png && png.getUint32(0) === 0x89504e47 && png.getUint32(12) === 0x49484452) {
      return { width: png.getUint32(16) || 256, height: png.getUint32(20) || 256 };
    }
  }
  return best && { width: best.width, height: best.height };
}

/** PSD / PSB: height then width, big-endian, after the signature, version and channels. */
export async function readPsd(source: ByteReader): Promise<HeaderInfo | null> {
  const view = await source.view(0, 26);
  if (!view) return null;
  const height = view.getUint32(14);
  const width = view.getUint32(18);
  return width && height ? { width, height } : null;
}
