import { expect } from '@open-wc/testing';
import { decodeScreenRendition, RENDITION_MIN_BYTES } from '../../src/controllers/screen-rendition.js';

const load = async (file: string) => (await fetch(`/test/fixtures/images/${file}`)).blob();

describe('decodeScreenRendition', () => {
  it('decodes a large JPEG at about screen size, much smaller than the photo', async () => {
    const bitmap = await decodeScreenRendition(await load('canon-dslr.jpg'), { width: 800, height: 600 });
    expect(bitmap, 'ImageDecoder is in this Chromium').to.not.equal(undefined);
    // 5184×3456 scaled while decoding (JPEG DCT scaling goes down to 1/8).
    expect(bitmap!.width).to.be.at.most(1600);
    expect(bitmap!.width).to.be.at.least(5184 / 8);
    expect(bitmap!.width / bitmap!.height).to.be.closeTo(5184 / 3456, 0.01);
    bitmap!.close();
  });

  it('comes out upright for an EXIF-rotated photo (Orientation 6), like the <img>', async () => {
    const blob = await load('Landscape_6.jpg');
    // A small screen, so the 1800×1200 photo is many screens large.
    const bitmap = (await decodeScreenRendition(blob, { width: 200, height: 150 }))!;
    const img = new Image();
    img.src = URL.createObjectURL(blob);
    await img.decode();
    URL.revokeObjectURL(img.src);
    expect(bitmap.width / bitmap.height).to.be.closeTo(img.naturalWidth / img.naturalHeight, 0.01);
    bitmap.close();
  });

  it('decodes a photo twice the screen size or more scaled (an 1800×1200 photo on 800×600)', async () => {
    const bitmap = await decodeScreenRendition(await load('Landscape_0.jpg'), { width: 800, height: 600 });
    expect(bitmap, 'ImageDecoder is in this Chromium').to.not.equal(undefined);
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

  it('shows a progressive JPEG many screens large by its first scan, upright for every EXIF orientation', async () => {
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
      const [rendition, upright, flipped] = [pixels(bitmap), pixels(reference), pixels(mirrored)];
      expect(meanDifference(rendition, upright), `orientation ${orientation}`).to.be.lessThan(8);
      // The photo is not flat: the same picture upside down is several times further off.
      expect(meanDifference(rendition, flipped), `orientation ${orientation}, flipped`).to.be.greaterThan(3 * meanDifference(rendition, upright));
    }
  });
});

function pixels(bitmap: ImageBitmap): Uint8ClampedArray {
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, context.canvas.width, context.canvas.height).data;
}

function meanDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) if (i % 4 !== 3) sum += Math.abs(a[i] - b[i]);
  return sum / ((a.length / 4) * 3);
}
