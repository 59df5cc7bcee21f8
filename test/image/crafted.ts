/**
 * Crafted image files, built in the page: the hostile inputs of issue #11 (floods, loops,
 * impossible sizes, text tricks) for the tests, the fuzz suite and the bench.
 */

export type Part = number[] | Uint8Array | string;

export function bytes(...parts: Part[]): Uint8Array<ArrayBuffer> {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const u16be = (n: number) => [(n >> 8) & 255, n & 255];
export const u16le = (n: number) => [n & 255, (n >> 8) & 255];
export const u32be = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
export const u32le = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24];
export const u64be = (n: number) => [...u32be(Math.floor(n / 2 ** 32)), ...u32be(n >>> 0)];
export const u64le = (n: number) => [...u32le(n >>> 0), ...u32le(Math.floor(n / 2 ** 32))];

/** `pattern` repeated to `length` bytes (doubling copies: fast even for hundreds of MB). */
export function repeated(pattern: Part, length: number): Uint8Array<ArrayBuffer> {
  const unit = bytes(pattern);
  const out = new Uint8Array(length);
  out.set(unit.subarray(0, Math.min(unit.length, length)));
  for (let filled = unit.length; filled < length; filled *= 2) out.copyWithin(filled, 0, Math.min(filled, length - filled));
  return out;
}

/** An ISO-BMFF box. */
export function box(type: string, ...payload: Part[]): Uint8Array<ArrayBuffer> {
  const body = bytes(...payload);
  return bytes(u32be(8 + body.length), type, body);
}

/** A PNG chunk (the CRC is not checked by header readers; zeros). */
export function pngChunk(type: string, data: Part = []): Uint8Array<ArrayBuffer> {
  const body = bytes(data);
  return bytes(u32be(body.length), type, body, [0, 0, 0, 0]);
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngHead(width: number, height: number): Uint8Array<ArrayBuffer> {
  return bytes(PNG_SIGNATURE, pngChunk('IHDR', bytes(u32be(width), u32be(height), [8, 6, 0, 0, 0])));
}

/** A JPEG: SOI, then `segments`, then a baseline SOF0 of the size. */
export function jpeg(width: number, height: number, ...segments: Part[]): Uint8Array<ArrayBuffer> {
  const sof = bytes([0xff, 0xc0], u16be(17), [8], u16be(height), u16be(width), [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return bytes([0xff, 0xd8], ...segments, sof, [0xff, 0xd9]);
}

/** A TIFF or BigTIFF with one IFD of `[tag, type, value]` entries (values inline). */
export function tiff(options: { le: boolean; big?: boolean; entries: Array<[number, number, number]> }): Uint8Array<ArrayBuffer> {
  const { le, big, entries } = options;
  const u16 = le ? u16le : u16be;
  const u32 = le ? u32le : u32be;
  const u64 = le ? u64le : u64be;
  const order = le ? 'II' : 'MM';
  const value = (type: number, v: number) => (type === 3 ? [...u16(v), 0, 0] : type === 16 ? u64(v) : u32(v));
  if (!big) {
    const body = entries.map(([tag, type, v]) => bytes(u16(tag), u16(type), u32(1), value(type, v)));
    return bytes(order, u16(42), u32(8), u16(entries.length), ...body, u32(0));
  }
  const body = entries.map(([tag, type, v]) => {
    const inline = value(type, v);
    return bytes(u16(tag), u16(type), u64(1), inline, new Uint8Array(8 - inline.length));
  });
  return bytes(order, u16(43), u16(8), u16(0), u64(16), u64(entries.length), ...body, u64(0));
}

/** A minimal HEIF whose primary item (1) has an `ispe` of the size. */
export function heif(width: number, height: number, ...extraMetaBoxes: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const ipco = box('ipco', box('ispe', [0, 0, 0, 0], u32be(width), u32be(height)));
  const ipma = box('ipma', [0, 0, 0, 0], u32be(1), u16be(1), [1], [0x81]);
  const meta = box('meta', [0, 0, 0, 0], box('hdlr', new Uint8Array(8), 'pict', new Uint8Array(13)), box('pitm', [0, 0, 0, 0], u16be(1)), box('iprp', ipco, ipma), ...extraMetaBoxes);
  return bytes(box('ftyp', 'heic', [0, 0, 0, 0], 'mif1heic'), meta);
}

export function svg(rootAttributes: string, prolog = '<?xml version="1.0"?>\n', body = '<rect width="1" height="1"/>'): string {
  return `${prolog}<svg xmlns="http://www.w3.org/2000/svg" ${rootAttributes}>${body}</svg>`;
}

const MB = 1 << 20;

/**
 * The worst case of each reader: what a crafted file makes it walk. (Sizes stay at tens of MB:
 * a page holding many hundreds of MB of Blobs at once gets NotReadableError from Chrome.) Each must be answered within
 * the budgets: `invalid image`, or the size in `size` for the one that is a real image.
 */
export const WORST_CASES: Array<{ name: string; make: () => Blob; size?: string }> = [
  {
    // 16 M empty APP0 segments: one header step each without a budget.
    name: 'JPEG: 64 MB of empty segments',
    make: () => new Blob([bytes([0xff, 0xd8]), repeated([0xff, 0xe0, 0x00, 0x02], 64 * MB)]),
  },
  {
    name: 'JPEG: 16 MB of fill bytes',
    make: () => new Blob([bytes([0xff, 0xd8]), repeated([0xff], 16 * MB)]),
  },
  {
    // Every segment as long as it can be: each header is in another part of the file.
    name: 'JPEG: 16 MB of 64 KB segments',
    make: () => new Blob([bytes([0xff, 0xd8]), ...Array.from({ length: 256 }, () => bytes([0xff, 0xe2, 0xff, 0xff], new Uint8Array(0xfffd)))]),
  },
  {
    name: 'PNG: IHDR then 64 MB of zeros',
    make: () => new Blob([pngHead(100, 100), new Uint8Array(64 * MB)]),
  },
  {
    name: 'PNG: IHDR then 1 M empty chunks',
    make: () => new Blob([pngHead(100, 100), repeated(pngChunk('tEXt'), 12 * MB)]),
  },
  {
    name: 'HEIF: 8 MB of empty top-level boxes',
    make: () => new Blob([box('ftyp', 'heic', [0, 0, 0, 0], 'mif1heic'), repeated(box('free'), 8 * MB)]),
  },
  {
    // A 2 MB meta box (the most read) of 8-byte boxes: 250 K boxes to list, in memory.
    name: 'HEIF: meta of 250 K boxes',
    make: () => {
      const inner = repeated(box('free'), 2 * MB - 64);
      return new Blob([box('ftyp', 'heic', [0, 0, 0, 0], 'mif1heic'), box('meta', [0, 0, 0, 0], inner)]);
    },
  },
  {
    // iloc items with zero-size fields and 65535 extents each: no bytes to step over.
    name: 'HEIF: iloc of empty extents',
    make: () => {
      const items = repeated(bytes(u16be(7), u16be(0), u16be(0xffff)), 1 * MB);
      const iloc = box('iloc', [1, 0, 0, 0], [0, 0], u16be(0xffff), items);
      const iinf = box('iinf', [0, 0, 0, 0], u16be(1), box('infe', [2, 0, 0, 0], u16be(5), u16be(0), 'Exif', [0]));
      return new Blob([heif(0xffffffff, 0xffffffff, iinf, iloc)]);
    },
  },
  {
    name: 'WebP: VP8X with EXIF flag then 16 MB of empty chunks',
    make: () => {
      const vp8x = bytes('VP8X', u32le(10), [0x08, 0, 0, 0], [99, 0, 0], [99, 0, 0]);
      return new Blob([bytes('RIFF', u32le(16 * MB + 22), 'WEBP', vp8x), repeated(bytes('JUNK', u32le(0)), 16 * MB)]);
    },
  },
  {
    name: 'TIFF: IFD0 of 65535 entries',
    make: () => new Blob([bytes('II', u16le(42), u32le(8), u16le(0xffff)), new Uint8Array(0xffff * 12)]),
  },
  {
    name: 'JPEG XL: 8 MB of empty boxes',
    make: () => new Blob([bytes(u32be(12), 'JXL ', [0x0d, 0x0a, 0x87, 0x0a]), repeated(box('free'), 8 * MB)]),
  },
  {
    name: 'ICO: directory of 65535 entries',
    make: () => new Blob([bytes([0, 0, 1, 0], u16le(0xffff)), new Uint8Array(0xffff * 16)]),
  },
  {
    name: 'SVG: width of 200 000 digits',
    make: () => new Blob([svg(`width="${'9'.repeat(200_000)}x" height="10"`)]),
  },
  {
    name: 'SVG: 100 000 unclosed comments',
    make: () => new Blob(['<?xml version="1.0"?>' + '<!--'.repeat(100_000) + '<svg/>']),
  },
  {
    name: 'SVG: doctype with 1 MB internal subset',
    make: () => new Blob([`<!DOCTYPE svg [${'<!ENTITY a "<>">'.repeat(60_000)}`]),
  },
  {
    name: 'SVG: 100 000 nested groups',
    make: () => new Blob([svg('width="10" height="10"', '', '<g>'.repeat(100_000) + '</g>'.repeat(100_000))]),
    size: '10x10',
  },
];
