import { expect } from '@open-wc/testing';
import { readHeader } from '../../src/image/header/index.js';
import { readOrientation } from '../../src/image/orientation.js';
import { sniffBlob, type ImageFormat } from '../../src/image/sniff.js';
import { box, bytes, u16be, u16le, u32be, u32le } from './crafted.js';
import { CountingBlob, fixtureBlob, loadManifest } from './fixture-manifest.js';

const i32le = (n: number) => u32le(n >>> 0);

async function header(data: Uint8Array | string, format?: ImageFormat) {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)]);
  const sniffed = format ?? (await sniffBlob(blob));
  expect(sniffed, 'sniffed format').to.not.equal(null);
  return readHeader(blob, sniffed!);
}

async function size(data: Uint8Array | string, format?: ImageFormat): Promise<string | null> {
  const info = await header(data, format);
  return info && `${info.width}x${info.height}`;
}

interface HeifOptions {
  ispe: [number, number];
  clap?: number[];
  primary?: number;
  propertiesOf?: number;
  /** A TIFF block to store as the Exif item: in mdat (method 0) or in the meta box's idat (1). */
  exif?: { tiff: Uint8Array; method: 0 | 1 };
}

function heif(options: HeifOptions): Uint8Array {
  const props = [box('ispe', [0, 0, 0, 0], u32be(options.ispe[0]), u32be(options.ispe[1]))];
  if (options.clap) props.push(box('clap', ...options.clap.map(u32be)));
  const primary = options.primary ?? 1;
  // ipma: item 2 gets a decoy ispe; the primary item gets ours (and clap).
  const decoy = box('ispe', [0, 0, 0, 0], u32be(10), u32be(10));
  const ipco = box('ipco', decoy, ...props);
  const assoc = (id: number, list: number[]) => bytes(u16be(id), [list.length], list.map((i) => 0x80 | i));
  const ipma = box('ipma', [0, 0, 0, 0], u32be(2), assoc(2, [1]), assoc(options.propertiesOf ?? primary, props.map((_, i) => i + 2)));
  const ftyp = box('ftyp', 'heic', [0, 0, 0, 0], 'mif1heic');
  const exifItem = options.exif && bytes(u32be(6), 'Exif', [0, 0], options.exif.tiff);
  const buildMeta = (offset: number) => {
    const boxes = [box('hdlr', [0, 0, 0, 0, 0, 0, 0, 0], 'pict', new Uint8Array(13)), box('pitm', [0, 0, 0, 0], u16be(primary)), box('iprp', ipco, ipma)];
    if (exifItem) {
      boxes.push(box('iinf', [0, 0, 0, 0], u16be(1), box('infe', [2, 0, 0, 0], u16be(5), u16be(0), 'Exif', [0])));
      boxes.push(box('iloc', [1, 0, 0, 0], [0x44, 0x00], u16be(1), u16be(5), u16be(options.exif!.method), u16be(0), u16be(1), u32be(offset), u32be(exifItem.length)));
      if (options.exif!.method === 1) boxes.push(box('idat', exifItem));
    }
    return box('meta', [0, 0, 0, 0], ...boxes);
  };
  if (!exifItem || options.exif!.method === 1) return bytes(ftyp, buildMeta(0));
  const size = buildMeta(0).length;
  return bytes(ftyp, buildMeta(ftyp.length + size + 8), box('mdat', exifItem));
}

function tiff(le: boolean, entries: Array<[tag: number, type: number, value: number]>): Uint8Array {
  const u16 = le ? u16le : u16be;
  const u32 = le ? u32le : u32be;
  const body = entries.map(([tag, type, value]) =>
    bytes(u16(tag), u16(type), u32(1), type === 3 ? [...u16(value), 0, 0] : u32(value)),
  );
  return bytes(le ? 'II' : 'MM', u16(42), u32(8), u16(entries.length), ...body, u32(0));
}

describe('reading the stored size from the header', () => {
  it('gives every fixture its manifest size, or null where it has none', async () => {
    for (const entry of await loadManifest()) {
      const blob = await fixtureBlob(entry.file);
      const format = await sniffBlob(blob);
      const info = format && (await readHeader(blob, format));
      const got = info ? [info.width, info.height] : [null, null];
      // An invalid file may or may not have readable header dimensions; a valid one always has.
      if (entry.valid || entry.width === null) expect(got, entry.file).to.deep.equal([entry.width, entry.height]);
      else if (info) expect(got, entry.file).to.deep.equal([entry.width, entry.height]);
    }
  });

  it('reads only a slice of a big file, also the 400-megapixel PNG', async () => {
    for (const file of ['canon-dslr.jpg', 'gen-bomb-20000x20000.png', 'heic-iphone.heic', 'very-large.jpg', 'little-endian.tiff']) {
      const original = await fixtureBlob(file);
      const blob = new CountingBlob([original]);
      const info = await readHeader(blob, (await sniffBlob(original))!);
      expect(info, file).to.not.equal(null);
      // At most the file, and for any file bigger than a few slices, a small part of it.
      expect(blob.bytesRead, file).to.be.at.most(Math.min(blob.size, 64 * 1024));
    }
  });

  describe('JPEG', () => {
    const sof = (marker: number, w: number, h: number, components = 3) =>
      bytes([0xff, marker], u16be(8 + components * 3), [8], u16be(h), u16be(w), [components], new Uint8Array(components * 3));
    const app = (marker: number, payload: Uint8Array) => bytes([0xff, marker], u16be(payload.length + 2), payload);
    const thumbnail = bytes([0xff, 0xd8], sof(0xc0, 100, 75), [0xff, 0xd9]);

    it('reads baseline, progressive, lossless and arithmetic frame headers', async () => {
      for (const marker of [0xc0, 0xc1, 0xc2, 0xc3, 0xc9, 0xca]) {
        expect(await size(bytes([0xff, 0xd8], sof(marker, 640, 480), [0xff, 0xda]))).to.equal('640x480');
      }
      expect(await size(bytes([0xff, 0xd8], sof(0xc0, 320, 200, 4)))).to.equal('320x200');
    });

    it('skips the SOF of the thumbnail inside APP1 and DHT/DQT segments', async () => {
      const exif = bytes('Exif', [0, 0], 'MM', [0, 42], u32be(8), [0, 0], u32be(0), thumbnail);
      const dht = app(0xc4, new Uint8Array(20));
      expect(await size(bytes([0xff, 0xd8], app(0xe1, exif), dht, app(0xdb, new Uint8Array(65)), sof(0xc2, 4000, 3000)))).to.equal('4000x3000');
    });

    it('finds the SOF behind APP segments larger than the first slice, and fill bytes', async () => {
      const big = app(0xe2, new Uint8Array(65000));
      const data = bytes([0xff, 0xd8], big, big, big, [0xff, 0xff, 0xff], sof(0xc0, 1234, 567));
      expect(data.length).to.be.above(128 * 1024);
      expect(await size(data)).to.equal('1234x567');
    });

    it('keeps the EXIF block of APP1 wherever its IFD0 is, also past the first bytes', async () => {
      const near = tiff(false, [[274, 3, 8]]);
      // IFD0 placed 6000 bytes into the block, behind padding.
      const far = bytes('MM', [0, 42], u32be(6000), new Uint8Array(5992), near.subarray(8));
      for (const block of [near, far]) {
        const data = bytes([0xff, 0xd8], app(0xe1, bytes('Exif', [0, 0], block)), sof(0xc0, 40, 20));
        const info = await header(data);
        expect([info!.width, info!.height]).to.deep.equal([40, 20]);
        expect(await readOrientation(info!.exif)).to.equal('left');
      }
    });

    it('fails without a frame header, or with scan data first', async () => {
      expect(await size(bytes([0xff, 0xd8, 0xff, 0xe0], u16be(16), new Uint8Array(14)))).to.equal(null);
      expect(await size(bytes([0xff, 0xd8, 0xff, 0xda], u16be(8), new Uint8Array(6), sof(0xc0, 1, 1)))).to.equal(null);
      expect(await size(bytes([0xff, 0xd8, 0xff, 0xd9]))).to.equal(null);
      expect(await size(bytes([0xff, 0xd8, 0xff]))).to.equal(null);
    });
  });

  describe('PNG, GIF, WebP', () => {
    const png = (w: number, h: number, type = 'IHDR') =>
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], u32be(13), type, u32be(w), u32be(h), [8, 6, 0, 0, 0], u32be(0));

    it('reads IHDR and refuses a damaged one', async () => {
      expect(await size(png(3000, 2))).to.equal('3000x2');
      expect(await size(png(3000, 2, 'IHDO'))).to.equal(null);
      expect(await size(png(0, 2))).to.equal(null);
      expect(await size(png(3000, 2).subarray(0, 20))).to.equal(null);
    });

    it("reads IHDR after the CgBI chunk of Apple's optimised PNGs", async () => {
      const plain = png(60, 40);
      const cgbi = bytes(plain.subarray(0, 8), u32be(4), 'CgBI', [0x50, 0, 0x20, 2], u32be(0), plain.subarray(8));
      expect(await size(cgbi)).to.equal('60x40');
    });

    it('finds eXIf before the image data, and after it near the end of the file', async () => {
      const chunk = (type: string, data: Uint8Array) => bytes(u32be(data.length), type, data, u32be(0));
      const exif = chunk('eXIf', tiff(true, [[274, 3, 3]]));
      const idat = chunk('IDAT', new Uint8Array(100_000));
      const iend = chunk('IEND', new Uint8Array(0));
      for (const data of [bytes(png(8, 8), exif, idat, iend), bytes(png(8, 8), idat, exif, iend)]) {
        expect(await readOrientation((await header(data))!.exif)).to.equal('down');
      }
      expect((await header(bytes(png(8, 8), idat, iend)))!.exif).to.equal(undefined);
    });

    it('reads the GIF logical screen', async () => {
      expect(await size(bytes('GIF89a', u16le(500), u16le(2), new Uint8Array(8)))).to.equal('500x2');
      expect(await size(bytes('GIF87a', u16le(7), u16le(9), new Uint8Array(8)))).to.equal('7x9');
    });

    it('reads VP8, VP8L and VP8X, and refuses a bad VP8 start code', async () => {
      const riff = (chunk: Uint8Array) => bytes('RIFF', u32le(4 + chunk.length), 'WEBP', chunk);
      const vp8 = (code = [0x9d, 0x01, 0x2a]) => riff(bytes('VP8 ', u32le(10), [0, 0, 0], code, u16le(16383 | 0xc000), u16le(1)));
      expect(await size(vp8())).to.equal('16383x1');
      expect(await size(vp8([0x9d, 0x01, 0x2b]))).to.equal(null);
      // VP8L: 14 bits width-1, 14 bits height-1, packed little-endian after the 0x2f signature.
      const bits = (300 - 1) | ((200 - 1) << 14);
      expect(await size(riff(bytes('VP8L', u32le(5), [0x2f], u32le(bits))))).to.equal('300x200');
      const vp8x = riff(bytes('VP8X', u32le(10), [0, 0, 0, 0], [0x3f, 0x42, 0x0f], [0x01, 0x00, 0x00]));
      expect(await size(vp8x)).to.equal('1000000x2');
    });

    it('finds the EXIF chunk of an extended WebP, with or without the Exif prefix', async () => {
      const riff = (...chunks: Uint8Array[]) => {
        const body = bytes(...chunks);
        return bytes('RIFF', u32le(4 + body.length), 'WEBP', body);
      };
      const block = tiff(false, [[274, 3, 6]]);
      const vp8x = bytes('VP8X', u32le(10), [0x08, 0, 0, 0], [9, 0, 0], [9, 0, 0]);
      const image = bytes('VP8L', u32le(5), [0x2f, 0, 0, 0, 0], [0]);
      for (const payload of [block, bytes('Exif', [0, 0], block)]) {
        const info = await header(riff(vp8x, image, bytes('EXIF', u32le(payload.length), payload)));
        expect([info!.width, info!.height]).to.deep.equal([10, 10]);
        expect(await readOrientation(info!.exif)).to.equal('right');
      }
    });
  });

  describe('BMP, TIFF, ICO, PSD', () => {
    const bmp = (dib: number, w: number, h: number) =>
      dib === 12
        ? bytes('BM', new Uint8Array(12), u32le(12), u16le(w), u16le(h), u16le(1), u16le(24))
        : bytes('BM', new Uint8Array(12), u32le(dib), i32le(w), i32le(h), new Uint8Array(dib - 12));

    it('reads bottom-up and top-down (negative height) BMP, and OS/2 headers', async () => {
      expect(await size(bmp(40, 90, 60))).to.equal('90x60');
      expect(await size(bmp(40, 90, -60))).to.equal('90x60');
      expect(await size(bmp(124, 7, -3))).to.equal('7x3');
      expect(await size(bmp(12, 640, 480))).to.equal('640x480');
    });

    it('reads TIFF IFD0 in both byte orders, SHORT or LONG sizes', async () => {
      for (const le of [true, false]) {
        expect(await size(tiff(le, [[256, 3, 123], [257, 4, 70000]]))).to.equal('123x70000');
        expect(await size(tiff(le, [[256, 4, 5], [257, 3, 6], [274, 3, 6]]))).to.equal('5x6');
        expect(await size(tiff(le, [[274, 3, 6]]))).to.equal(null);
      }
    });

    it('hands TIFF IFD0 on as the EXIF block only when it has an Orientation tag', async () => {
      expect((await header(tiff(false, [[256, 3, 5], [257, 3, 6], [274, 3, 8]])))!.exif).to.be.instanceOf(Uint8Array);
      expect((await header(tiff(false, [[256, 3, 5], [257, 3, 6]])))!.exif).to.equal(undefined);
    });

    it('takes the largest ICO entry, where 0 means 256', async () => {
      const entry = (w: number, h: number, offset: number) => bytes([w, h, 0, 0], u16le(1), u16le(32), u32le(0), u32le(offset));
      expect(await size(bytes([0, 0, 1, 0], u16le(3), entry(16, 16, 0), entry(0, 0, 0), entry(48, 48, 0)))).to.equal('256x256');
      expect(await size(bytes([0, 0, 1, 0], u16le(2), entry(16, 16, 0), entry(32, 24, 0)))).to.equal('32x24');
    });

    it('reads a PNG entry of an ICO for sizes past 256', async () => {
      const header = bytes([0, 0, 1, 0], u16le(1), bytes([0, 0, 0, 0], u16le(1), u16le(32), u32le(33), u32le(22)));
      const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], u32be(13), 'IHDR', u32be(512), u32be(512), [8, 6, 0, 0, 0]);
      expect(await size(bytes(header, png))).to.equal('512x512');
    });

    it('reads PSD height and width', async () => {
      expect(await size(bytes('8BPS', u16be(1), new Uint8Array(6), u16be(3), u32be(480), u32be(640), u16be(8), u16be(3)))).to.equal('640x480');
    });
  });

  describe('AVIF and HEIC', () => {
    it('reads the ispe of the primary item, not another item', async () => {
      expect(await size(heif({ ispe: [4032, 3024] }))).to.equal('4032x3024');
      expect(await size(heif({ ispe: [640, 480], primary: 7 }))).to.equal('640x480');
    });

    it('applies the clean-aperture crop', async () => {
      // clap: width 123/1, height 456/1, horizontal offset 0/1, vertical offset 0/1.
      expect(await size(heif({ ispe: [124, 456], clap: [123, 1, 456, 1, 0, 1, 0, 1] }))).to.equal('123x456');
      expect(await size(heif({ ispe: [1000, 800], clap: [999, 2, 800, 1, 0, 1, 0, 1] }))).to.equal('500x800');
    });

    it('hands on the TIFF block of the Exif item, in mdat or in idat', async () => {
      const block = tiff(false, [[274, 3, 6]]);
      for (const method of [0, 1] as const) {
        const info = await header(heif({ ispe: [64, 48], exif: { tiff: block, method } }));
        expect(info, `method ${method}`).to.deep.equal({ width: 64, height: 48, exif: block });
      }
      expect((await header(heif({ ispe: [64, 48] })))!.exif).to.equal(undefined);
    });

    it('falls back to the largest ispe when the primary item has none', async () => {
      const data = heif({ ispe: [300, 200], primary: 9, propertiesOf: 8 });
      expect(await size(data)).to.equal('300x200');
    });

    it('fails without a meta box or without ispe', async () => {
      expect(await size(box('ftyp', 'avif', [0, 0, 0, 0], 'avifmif1'), 'avif')).to.equal(null);
      const noIspe = bytes(box('ftyp', 'avif', [0, 0, 0, 0], 'avif'), box('meta', [0, 0, 0, 0], box('pitm', [0, 0, 0, 0], u16be(1))));
      expect(await size(noIspe, 'avif')).to.equal(null);
    });
  });

  describe('SVG', () => {
    const svg = (attributes: string) => `<?xml version="1.0"?>\n<!-- a comment -->\n<svg xmlns="http://www.w3.org/2000/svg" ${attributes}><rect width="1" height="1"/></svg>`;

    it('converts absolute units to CSS px', async () => {
      expect(await size(svg('width="96" height="48px"'))).to.equal('96x48');
      expect(await size(svg('width="1in" height="72pt"'))).to.equal('96x96');
      expect(await size(svg('width="2.54cm" height="25.4mm"'))).to.equal('96x96');
      expect(await size(svg('width="2em" height="6pc"'))).to.equal('32x96');
      expect(await size(svg("width='10' height='20'"))).to.equal('10x20');
    });

    it('derives a missing or percentage size from the viewBox', async () => {
      expect(await size(svg('viewBox="0 0 40 30"'))).to.equal('40x30');
      expect(await size(svg('width="80" viewBox="0,0,40,30"'))).to.equal('80x60');
      expect(await size(svg('height="60" width="50%" viewBox="0 0 40 30"'))).to.equal('80x60');
    });

    it('fails on a malformed document and on text that is not SVG', async () => {
      expect(await size('<svg xmlns="http://www.w3.org/2000/svg width="10>', 'svg')).to.equal(null);
      expect(await size(svg('width="10" height="10"').replace('</svg>', ''), 'svg')).to.equal(null);
      expect(await size('<p>hello</p><svg width="1" height="1"></svg>', 'svg')).to.equal(null);
    });

    it('never runs a script inside the document', async () => {
      const flag = '__headerSvgScriptRan';
      const text = svg(`width="10" height="10" onload="window.${flag}=1"`).replace('<rect', `<script>window.${flag}=1</script><rect`);
      expect(await size(text)).to.equal('10x10');
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as Record<string, unknown>)[flag]).to.equal(undefined);
    });
  });

  describe('JPEG XL', () => {
    /** Packs bit fields little-endian first, as the codestream does. */
    function pack(fields: Array<[value: number, bits: number]>): number[] {
      const out: number[] = [];
      let at = 0;
      for (const [value, bits] of fields) {
        for (let i = 0; i < bits; i++, at++) {
          if (Math.floor(value / 2 ** i) % 2) out[at >> 3] = (out[at >> 3] ?? 0) | (1 << (at & 7));
          else out[at >> 3] ??= 0;
        }
      }
      return [...out, 0, 0, 0, 0];
    }

    it('reads the size header of a bare codestream (small, large and ratio encodings)', async () => {
      // div8, height/8 - 1 = 3, ratio 1 (1:1).
      expect(await size(bytes([0xff, 0x0a], pack([[1, 1], [3, 5], [1, 3]])), 'jxl')).to.equal('32x32');
      // height: selector 1 (13 bits) 455 → 456; ratio 0; width: selector 0 (9 bits) 122 → 123.
      expect(await size(bytes([0xff, 0x0a], pack([[0, 1], [1, 2], [455, 13], [0, 3], [0, 2], [122, 9]])), 'jxl')).to.equal('123x456');
      // height: selector 2 (18 bits) 1079 → 1080; ratio 5 (16:9) → 1920.
      expect(await size(bytes([0xff, 0x0a], pack([[0, 1], [2, 2], [1079, 18], [5, 3]])), 'jxl')).to.equal('1920x1080');
    });
  });
});
