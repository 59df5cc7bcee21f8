import { expect } from '@open-wc/testing';
import { getImageInfo } from '../../src/apis/get-image-info.js';
import { createTempPath, releaseTempFile } from '../../src/files/temp-store.js';
import { compressImage } from '../../src/compress/index.js';
import { decodeProgressiveDc, frameMarker } from '../../src/image/progressive-dc.js';
import { BudgetExceeded, MAX_HEADER_STEPS, ReadBudget, STEPS_PER_TASK } from '../../src/image/budgets.js';
import { ByteSource } from '../../src/image/header/index.js';
import { bytes, heif, repeated, jpeg, pngChunk, pngHead, PNG_SIGNATURE, svg, tiff, u16le, u32be, u32le, WORST_CASES } from './crafted.js';

const INVALID = 'getImageInfo:fail invalid image';

/** getImageInfo of a Blob held as a temp path: `WxH orientation` on success, else the errMsg. */
async function info(data: Blob | Uint8Array | string): Promise<string> {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart]);
  const path = createTempPath(blob);
  try {
    const result = await getImageInfo({ src: path });
    return `${result.width}x${result.height} ${result.orientation}`;
  } catch (failure) {
    return (failure as { errMsg: string }).errMsg;
  } finally {
    releaseTempFile(path);
  }
}

describe('hostile input (issue #11)', () => {
  describe('every reader stops at its budget and answers "invalid image"', () => {
    for (const { name, make, size } of WORST_CASES) {
      it(name, async () => {
        expect(await info(make())).to.equal(size ? `${size} up` : INVALID);
      });
    }
  });

  it('a byte source counts every read against one budget, shared by the same reader', async () => {
    const budget = new ReadBudget();
    const source = new ByteSource(new Blob([new Uint8Array(64)]), budget);
    for (let i = 0; i < MAX_HEADER_STEPS; i++) await source.read(i % 60, 4);
    let error: unknown;
    await source.read(0, 4).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(BudgetExceeded);
  });

  it('a long walk of buffered headers hands the page a task boundary every STEPS_PER_TASK steps', async () => {
    const source = new ByteSource(new Blob([new Uint8Array(64)]));
    await source.read(0, 4);
    // scheduler.yield where there is one (yieldToPage's first choice): counted here.
    const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    let yields = 0;
    Object.defineProperty(globalThis, 'scheduler', { value: { yield: async () => void yields++ }, configurable: true, writable: true });
    try {
      // All from the first slice: no read waits for I/O, so only the yields end the task.
      for (let i = 0; i < 2 * STEPS_PER_TASK; i++) await source.read(i % 60, 4);
    } finally {
      if (own) Object.defineProperty(globalThis, 'scheduler', own);
      else delete (globalThis as { scheduler?: unknown }).scheduler;
    }
    expect(yields).to.equal(2);
  });

  describe('sizes are integers in 1…2^31−1, for every format', () => {
    it('refuses TIFF LONG sizes of 4294967295', async () => {
      expect(await info(tiff({ le: true, entries: [[0x100, 4, 0xffffffff], [0x101, 4, 0xffffffff]] }))).to.equal(INVALID);
      expect(await info(tiff({ le: true, entries: [[0x100, 4, 0x7fffffff], [0x101, 3, 7]] }))).to.equal('2147483647x7 up');
    });

    it('refuses a HEIF ispe of 4294967295', async () => {
      expect(await info(heif(0xffffffff, 0xffffffff))).to.equal(INVALID);
      expect(await info(heif(4032, 3024))).to.equal('4032x3024 up');
    });

    it('refuses a PSD of 4294967295 and an ICO whose PNG entry says so', async () => {
      const psd = bytes('8BPS', [0, 1], new Uint8Array(6), [0, 3], u32be(0xffffffff), u32be(0xffffffff), [0, 8, 0, 3]);
      expect(await info(psd)).to.equal(INVALID);
      const png = pngHead(0xffffffff, 0xffffffff);
      const ico = bytes([0, 0, 1, 0], u16le(1), [0, 0, 0, 0], u16le(1), u16le(32), u32le(png.length), u32le(22), png);
      expect(await info(ico)).to.equal(INVALID);
    });

    it('reads SVG lengths as finite numbers rounded like a browser, and refuses 0 and the impossible', async () => {
      expect(await info(svg('width="1e20" height="10"'))).to.equal(INVALID);
      expect(await info(svg('width="1e309" height="10"'))).to.equal(INVALID);
      expect(await info(svg('width="0.0001" height="0.0001"'))).to.equal(INVALID);
      expect(await info(svg('width="0" height="10"'))).to.equal(INVALID);
      expect(await info(svg('width="10.5" height="2.4E1"'))).to.equal('11x24 up');
      expect(await info(svg('width=" +1e2 " height="0.5in"'))).to.equal('100x48 up');
      expect(await info(svg('viewBox="0 0 1e300 1e-300"'))).to.equal(INVALID);
    });
  });

  describe('BigTIFF', () => {
    for (const le of [true, false]) {
      it(`reads IFD0 of a ${le ? 'little' : 'big'}-endian BigTIFF, with its orientation`, async () => {
        const file = tiff({ le, big: true, entries: [[0x100, 16, 6000], [0x101, 4, 4000], [0x112, 3, 6]] });
        expect(await info(file)).to.equal('6000x4000 right');
      });
    }
  });

  describe('SVG text', () => {
    it('reads a root whose attribute values hold > and <', async () => {
      expect(await info(svg(`width="64" height="32" onclick='alert("<(^-^)>")'`))).to.equal('64x32 up');
    });

    it('reads past a doctype with an internal subset, comments and instructions', async () => {
      const prolog = '\uFEFF<?xml version="1.0"?>\n<!-- <svg width="1"> -->\n<!DOCTYPE svg [\n  <!ENTITY a "]>">\n  <!-- ]> -->\n]>\n<?pi ?>';
      expect(await info(svg('width="40" height="30"', prolog))).to.equal('40x30 up');
    });

    it('reads a document with CDATA and a comment after the root that mentions </svg>', async () => {
      const text = svg('width="8" height="6"', '', '<style><![CDATA[ a > b </svg> ]]></style>') + '\n<!-- </svg> -->\n';
      expect(await info(text)).to.equal('8x6 up');
    });

    it('refuses a root that is not closed, a second attribute of one name and an unquoted value', async () => {
      expect(await info(svg('width="8" height="6"').replace('</svg>', '</g>'))).to.equal(INVALID);
      expect(await info(svg('width="8" width="6"'))).to.equal(INVALID);
      expect(await info(svg('width=8 height="6"'))).to.equal(INVALID);
    });
  });

  describe('the other parsers of image bytes keep the same budgets', () => {
    const flood = bytes([0xff, 0xd8], repeated([0xff, 0xe0, 0x00, 0x02], 4 << 20));

    it("the preview's progressive first-scan decode gives up on a flood of segments", async () => {
      expect(frameMarker(flood)).to.equal(0);
      expect(await decodeProgressiveDc(flood)).to.equal(undefined);
    });

    it('compression hands back a file whose header does not read, without decoding it', async () => {
      const file = new File([flood], 'flood.jpg', { type: 'image/jpeg' });
      expect(await compressImage(file, 'jpeg')).to.equal(file);
    });
  });

  it('settles 500 concurrent calls on hostile and real files', async () => {
    const flood = (pattern: number[]) => new Blob([bytes([0xff, 0xd8]), repeated(pattern, 4 << 20)]);
    const files = [
      flood([0xff, 0xe0, 0x00, 0x02]),
      flood([0xff]),
      new Blob([pngHead(100, 100), new Uint8Array(4 << 20)]),
      new Blob([jpeg(300, 200)]),
      new Blob([bytes(PNG_SIGNATURE, pngChunk('IHDR', bytes(u32be(5), u32be(7), [8, 6, 0, 0, 0])))]),
      new Blob([svg('width="1e309"')]),
    ];
    const answers = await Promise.all(Array.from({ length: 500 }, (_, i) => info(files[i % files.length])));
    expect(answers.filter((a) => a === INVALID)).to.have.length(500 - 83 - 83);
    expect(answers.filter((a) => a === '300x200 up')).to.have.length(83);
    expect(answers.filter((a) => a === '5x7 up')).to.have.length(83);
  });
});
