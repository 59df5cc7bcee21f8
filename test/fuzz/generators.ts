/**
 * Seeded generators of hostile image files for the fuzz suite: every case is a pure function of
 * (seed, index), so a case that once failed is replayed exactly by its pair.
 */
import { box, bytes, jpeg, pngChunk, pngHead, repeated, svg, tiff, u16be, u16le, u32be, u32le, type Part } from '../image/crafted.js';

/** mulberry32: a small, fast, well-mixed 32-bit generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface Random {
  int(max: number): number;
  pick<T>(list: readonly T[]): T;
  bytes(length: number): Uint8Array<ArrayBuffer>;
}

function random(seed: number): Random {
  const next = rng(seed);
  const int = (max: number) => Math.floor(next() * max);
  return {
    int,
    pick: (list) => list[int(list.length)],
    bytes: (length) => Uint8Array.from({ length }, () => int(256)),
  };
}

export interface Fixture {
  file: string;
  blob: Blob;
}

export interface FuzzCase {
  kind: string;
  blob: Blob;
}

const SIGNATURES: Part[] = [
  [0xff, 0xd8, 0xff], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'GIF89a', 'RIFF\0\0\0\0WEBP', 'BM', 'II*\0', 'MM\0*', 'II+\0',
  'MM\0+', [0, 0, 1, 0], [0xff, 0x0a], [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20, 0x0d, 0x0a, 0x87, 0x0a], '8BPS',
  [0, 0, 0, 0x18], '<svg ', '<?xml version="1.0"?><svg ',
];

/** Values a crafted header likes: the edges of every integer width. */
const EDGES = [0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff];

const SVG_ALPHABET = ['<', '>', '"', "'", '&', '=', '/', ' ', '\n', '9', '0', '.', 'e', 'E', '-', '+', 'px', '%', 'in', '<!--', '-->', ']]>', '<![CDATA[', 'svg', '1e308', '1e-9'];

/** A fixture with some of its first bytes changed; the rest of the file is kept as it is. */
async function mutated(fixture: Fixture, edit: (head: Uint8Array) => void): Promise<Blob> {
  const head = new Uint8Array(await fixture.blob.slice(0, 64 * 1024).arrayBuffer());
  edit(head);
  return new Blob([head, fixture.blob.slice(head.length)]);
}

function floods(r: Random): Blob {
  const length = 1 + r.int(2 << 20);
  switch (r.int(6)) {
    case 0:
      return new Blob([bytes([0xff, 0xd8]), repeated(bytes([0xff, 0xe0 + r.int(16)], u16be(2 + r.int(3))), length)]);
    case 1:
      return new Blob([pngHead(1 + r.int(1000), 1 + r.int(1000)), repeated(pngChunk(r.pick(['tEXt', 'iCCP', '\0\0\0\0', 'eXIf']), r.bytes(r.int(4))), length)]);
    case 2:
      return new Blob([box('ftyp', r.pick(['heic', 'avif']), [0, 0, 0, 0], 'mif1'), repeated(box(r.pick(['free', 'meta', 'mdat', '\0\0\0\0'])), length)]);
    case 3:
      return new Blob([bytes('RIFF', u32le(length + 22), 'WEBP', 'VP8X', u32le(10), [0x08, 0, 0, 0], r.bytes(6)), repeated(bytes(r.pick(['JUNK', 'EXIF']), u32le(r.int(2))), length)]);
    case 4:
      return new Blob([bytes(u32be(12), 'JXL ', [0x0d, 0x0a, 0x87, 0x0a]), repeated(box(r.pick(['free', 'jxll', 'ftyp'])), length)]);
    default:
      return new Blob([svg('width="1" height="1"', r.pick(['<!--x-->', '<?p?>', '\n']).repeat(1 + r.int(50_000)))]);
  }
}

/** Files whose offsets point back at themselves or far outside the file. */
function loops(r: Random): Blob {
  const le = r.int(2) === 0;
  switch (r.int(4)) {
    case 0: {
      // IFD0 at 8 whose next-IFD offset (and every entry's value offset) points at itself.
      const u16 = le ? u16le : u16be;
      const u32 = le ? u32le : u32be;
      const entries = Array.from({ length: 1 + r.int(8) }, () => bytes(u16(r.pick([0x100, 0x101, 0x112, 0x8769])), u16(r.pick([3, 4, 13])), u32(r.pick(EDGES)), u32(8)));
      return new Blob([bytes(le ? 'II' : 'MM', u16(42), u32(8), u16(entries.length), ...entries, u32(8))]);
    }
    case 1: {
      // A 64-bit box size (1) that points far past the end, or 0 (to the end) at every level.
      const size = r.pick([bytes(u32be(1), 'meta', u32be(r.pick(EDGES)), u32be(r.pick(EDGES))), bytes(u32be(0), 'meta', [0, 0, 0, 0], u32be(0), 'iprp', u32be(0), 'ipco')]);
      return new Blob([box('ftyp', 'heic', [0, 0, 0, 0], 'mif1heic'), size]);
    }
    case 2:
      return new Blob([jpeg(r.pick(EDGES) & 0xffff, r.pick(EDGES) & 0xffff, bytes([0xff, 0xe1], u16be(r.pick(EDGES) & 0xffff), 'Exif\0\0', tiff({ le, entries: [[0x112, 3, r.int(10)]] })))]);
    default:
      return new Blob([tiff({ le, big: r.int(2) === 0, entries: [[0x100, r.pick([3, 4, 16, 5]), r.pick(EDGES)], [0x101, r.pick([3, 4, 16]), r.pick(EDGES)]] })]);
  }
}

/** The case `index` of `seed`. */
export async function fuzzCase(seed: number, index: number, fixtures: Fixture[]): Promise<FuzzCase> {
  const r = random((seed * 1_000_003 + index) >>> 0);
  const fixture = r.pick(fixtures);
  switch (r.int(8)) {
    case 0:
      return { kind: 'random bytes', blob: new Blob([bytes(r.pick(SIGNATURES)), r.bytes(r.int(4096))]) };
    case 1:
      return { kind: `${fixture.file} truncated`, blob: fixture.blob.slice(0, r.int(Math.min(fixture.blob.size, 128 * 1024))) };
    case 2:
      return {
        kind: `${fixture.file} mutated`,
        blob: await mutated(fixture, (head) => {
          for (let n = 1 + r.int(16); n > 0; n--) head[r.int(Math.min(head.length, r.int(2) ? 512 : head.length))] = r.pick([0, 0xff, r.int(256)]);
        }),
      };
    case 3:
      return {
        kind: `${fixture.file} with huge sizes`,
        blob: await mutated(fixture, (head) => {
          for (let n = 1 + r.int(4); n > 0 && head.length >= 4; n--) head.set(u32be(r.pick(EDGES)), r.int(Math.min(head.length, 256) - 3));
        }),
      };
    case 4: {
      const value = () => Array.from({ length: r.int(r.int(2) ? 12 : 5000) }, () => r.pick(SVG_ALPHABET)).join('');
      const quote = r.pick(['"', "'"]);
      const attribute = (name: string) => `${name}=${quote}${value().split(quote).join('')}${quote}`;
      return { kind: 'odd SVG attributes', blob: new Blob([svg(`${attribute('width')} ${attribute('height')} ${attribute('viewBox')}`)]) };
    }
    case 5: {
      const depth = r.int(200_000);
      const open = r.pick(['<g>', '<!--', '<![CDATA[', '<!DOCTYPE svg [', '<svg>']);
      return { kind: 'deep nesting', blob: new Blob([r.int(2) ? svg('width="3" height="4"', '', open.repeat(depth)) : open.repeat(depth) + '<svg/>']) };
    }
    case 6:
      return { kind: 'flood', blob: floods(r) };
    default:
      return { kind: 'looping offsets', blob: loops(r) };
  }
}
