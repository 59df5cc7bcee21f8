import { ascii, type ByteReader, isFourCC, type HeaderInfo } from './bytes.js';

/** Reads little-endian bit fields, as the JPEG XL codestream packs them. */
class Bits {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  read(count: number): number {
    let value = 0;
    for (let i = 0; i < count; i++, this.at++) {
      const byte = this.bytes[this.at >> 3];
      if (byte === undefined) throw new RangeError('end of header');
      value += ((byte >> (this.at & 7)) & 1) * 2 ** i;
    }
    return value;
  }
  /** The U32 encoding of the size header: a 2-bit selector, then 9, 13, 18 or 30 bits, plus one. */
  size(): number {
    return 1 + this.read([9, 13, 18, 30][this.read(2)]);
  }
}

const RATIOS = [[1, 1], [12, 10], [4, 3], [3, 2], [16, 9], [5, 4], [2, 1]];

/** The SizeHeader after the `ff 0a` codestream signature. */
function sizeHeader(bytes: Uint8Array): HeaderInfo | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0x0a) return null;
  const bits = new Bits(bytes.subarray(2));
  const small = bits.read(1);
  const height = small ? (bits.read(5) + 1) * 8 : bits.size();
  const ratio = bits.read(3);
  let width: number;
  if (ratio) width = Math.floor((height * RATIOS[ratio - 1][0]) / RATIOS[ratio - 1][1]);
  else width = small ? (bits.read(5) + 1) * 8 : bits.size();
  return { width, height };
}

/** JPEG XL: a bare codestream, or the ISO-BMFF container with a `jxlc` or first `jxlp` box. */
export async function readJxl(source: ByteReader): Promise<HeaderInfo | null> {
  const head = await source.read(0, 16);
  if (head[0] === 0xff) return sizeHeader(head);
  for (let at = 0; ; ) {
    const box = await source.view(at, 16);
    if (!box) return null;
    let size = box.getUint32(0);
    let header = 8;
    if (size === 1) {
      size = Number(box.getBigUint64(8));
      header = 16;
    } else if (size === 0) size = source.size - at;
    if (!isFourCC(box, 4)) return null;
    const type = ascii(box, 4);
    if (type === 'jxlc') return sizeHeader(await source.read(at + header, 16));
    if (type === 'jxlp') return sizeHeader(await source.read(at + header + 4, 16));
    if (size < header) return null;
    at += size;
  }
}
