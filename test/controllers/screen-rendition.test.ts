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
});
