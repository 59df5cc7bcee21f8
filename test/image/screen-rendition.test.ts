import { expect } from '@open-wc/testing';
import { decodeScreenRendition, RENDITION_MIN_BYTES } from '../../src/image/screen-rendition.js';
import { meanDifference, pixels } from '../pictures.js';

const load = async (file: string) => (await fetch(`/test/fixtures/images/${file}`)).blob();

/** Whether this browser can decode a baseline JPEG scaled (WebCodecs' ImageDecoder: not in WebKit). */
const SCALED_DECODING = 'ImageDecoder' in globalThis;

describe('decodeScreenRendition', () => {
  it('decodes a large JPEG at about screen size where the browser decodes scaled, and leaves it to the full decode elsewhere', async () => {
    const bitmap = await decodeScreenRendition(await load('canon-dslr.jpg'), { width: 800, height: 600 });
    if (!SCALED_DECODING) return expect(bitmap, 'no ImageDecoder: a baseline JPEG gets no rendition').to.equal(undefined);
    // 5184×3456 scaled while decoding (JPEG DCT scaling goes down to 1/8).
    expect(bitmap!.width).to.be.at.most(1600);
    expect(bitmap!.width).to.be.at.least(5184 / 8);
    expect(bitmap!.width / bitmap!.height).to.be.closeTo(5184 / 3456, 0.01);
    bitmap!.close();
  });

  it('comes out upright and shaped like the photo for every EXIF orientation, like the <img>', async function () {
    // Eight photos decoded twice each: more than the default 20 s on a busy 2-core machine.
    this.timeout(60_000);
    // The same 1800×1200 photo stored as each orientation needs (Landscape_1 … _8), on a screen a
    // quarter of its size.
    for (const orientation of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const what = `orientation ${orientation}`;
      const blob = await load(`Landscape_${orientation}.jpg`);
      const bitmap = await decodeScreenRendition(blob, { width: 450, height: 300 });
      if (!SCALED_DECODING) {
        expect(bitmap, `${what}: no ImageDecoder, no rendition of a baseline JPEG`).to.equal(undefined);
        continue;
      }
      expect(bitmap, what).to.not.equal(undefined);
      expect(bitmap!.width, what).to.be.at.most(900);
      expect(bitmap!.width / bitmap!.height, what).to.be.closeTo(1800 / 1200, 0.01);
      const reference = await createImageBitmap(blob);
      const mirrored = await createImageBitmap(reference, { imageOrientation: 'flipY' });
      const box = { width: 180, height: 120 };
      const [rendition, upright, flipped] = await Promise.all([pixels(bitmap!, box), pixels(reference, box), pixels(mirrored, box)]);
      expect(meanDifference(rendition, upright), what).to.be.lessThan(8);
      expect(meanDifference(rendition, flipped), `${what}, flipped`).to.be.greaterThan(3 * meanDifference(rendition, upright));
      for (const picture of [bitmap!, reference, mirrored]) picture.close();
    }
  });

  it('decodes a photo twice the screen size or more scaled (an 1800×1200 photo on 800×600) where the browser can', async () => {
    const bitmap = await decodeScreenRendition(await load('Landscape_0.jpg'), { width: 800, height: 600 });
    if (!SCALED_DECODING) return expect(bitmap, 'no ImageDecoder: a baseline JPEG gets no rendition').to.equal(undefined);
    expect(bitmap!.width).to.be.at.most(800);
    expect(bitmap!.width).to.be.at.least(1800 / 8);
    expect(bitmap!.width / bitmap!.height).to.be.closeTo(1800 / 1200, 0.01);
    bitmap!.close();
  });

  it('declines where it would not help: small files, photos less than twice the screen, other formats, a cancelled load', async () => {
    const small = await load('gen-progressive-640x480.jpg');
    expect(small.size).to.be.lessThan(RENDITION_MIN_BYTES);
    expect(await decodeScreenRendition(small, { width: 800, height: 600 })).to.equal(undefined);
    // 1800×1200 fits 1000×700 at 0.56: the decoder could scale by 5/8 at best, too little to pay for a second decode.
    expect(await decodeScreenRendition(await load('Landscape_0.jpg'), { width: 1000, height: 700 })).to.equal(undefined);
    expect(await decodeScreenRendition(await load('sample.bmp'), { width: 800, height: 600 })).to.equal(undefined);
    const aborted = new AbortController();
    aborted.abort();
    expect(await decodeScreenRendition(await load('canon-dslr.jpg'), { width: 800, height: 600 }, aborted.signal)).to.equal(undefined);
  });

  it('shows a progressive JPEG many screens large by its first scan, upright for every EXIF orientation', async function () {
    // Eight 17 MP photos decoded in full for reference: pure CPU, more than 60 s in Chromium on a
    // 2-core machine beside two busy loops and other browsers (`npm run test:busy`). A budget per
    // photo bounds a failure only; a quiet machine does all eight in a few seconds.
    this.timeout(8 * 30_000);
    const original = new Uint8Array(await (await load('very-large.jpg')).arrayBuffer());
    // Its EXIF (big-endian) holds Orientation = 1: entry 0112, type 3, count 1, value at +8.
    const entry = original.findIndex((_, i) => [0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01].every((b, k) => original[i + k] === b));
    expect(entry).to.be.greaterThan(0);
    for (const orientation of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const bytes = original.slice();
      bytes[entry + 9] = orientation;
      const blob = new Blob([bytes], { type: 'image/jpeg' });
      const bitmap = (await decodeScreenRendition(blob, { width: 800, height: 600 }))!;
      const [width, height] = orientation >= 5 ? [450, 600] : [600, 450];
      expect([bitmap.width, bitmap.height], `orientation ${orientation}`).to.deep.equal([width, height]);
      // Pixel for pixel against the browser's own upright decode, scaled to the same size.
      const reference = await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
      const mirrored = await createImageBitmap(reference, { imageOrientation: 'flipY' });
      const box = { width, height };
      const [rendition, upright, flipped] = await Promise.all([pixels(bitmap, box), pixels(reference, box), pixels(mirrored, box)]);
      for (const picture of [bitmap, reference, mirrored]) picture.close();
      expect(meanDifference(rendition, upright), `orientation ${orientation}`).to.be.lessThan(8);
      // The photo is not flat: the same picture upside down is several times further off.
      expect(meanDifference(rendition, flipped), `orientation ${orientation}, flipped`).to.be.greaterThan(3 * meanDifference(rendition, upright));
    }
  });
});
