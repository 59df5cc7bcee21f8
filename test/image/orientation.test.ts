import { expect } from '@open-wc/testing';
import { withExifOrientation } from '../../src/image/exif-segment.js';
import { readHeader } from '../../src/image/header/index.js';
import { ORIENTATIONS, orientationName, readOrientation } from '../../src/image/orientation.js';
import { orientedJpeg } from '../pictures.js';

/** A TIFF block whose IFD0 holds one Orientation entry (SHORT) and, optionally, one before it. */
function tiffBlock(le: boolean, orientation: number, type = 3): Uint8Array {
  const view = new DataView(new ArrayBuffer(8 + 2 + 24 + 4));
  view.setUint16(0, le ? 0x4949 : 0x4d4d);
  view.setUint16(2, 42, le);
  view.setUint32(4, 8, le);
  view.setUint16(8, 2, le);
  // ImageWidth first, so the reader has to walk to the Orientation entry.
  view.setUint16(10, 0x100, le);
  view.setUint16(12, 3, le);
  view.setUint32(14, 1, le);
  view.setUint16(18, 640, le);
  view.setUint16(22, 0x112, le);
  view.setUint16(24, type, le);
  view.setUint32(26, 1, le);
  if (type === 3) view.setUint16(30, orientation, le);
  else view.setUint32(30, orientation, le);
  return new Uint8Array(view.buffer);
}

describe('orientation from EXIF', () => {
  it('names EXIF values 1..8 and treats anything else as up', () => {
    expect(ORIENTATIONS.map((_, i) => orientationName(i + 1))).to.deep.equal([
      'up', 'up-mirrored', 'down', 'down-mirrored', 'left-mirrored', 'right', 'right-mirrored', 'left',
    ]);
    for (const value of [0, 9, -1, 1.5, NaN, undefined, null, '6', [6]]) expect(orientationName(value), String(value)).to.equal('up');
  });

  it('reads Orientation from a TIFF block in either byte order', async () => {
    for (const le of [true, false]) {
      for (let value = 0; value <= 9; value++) {
        expect(await readOrientation(tiffBlock(le, value)), `${le ? 'II' : 'MM'} ${value}`).to.equal(orientationName(value));
      }
    }
  });

  it('says up without a block, and for a damaged one', async () => {
    expect(await readOrientation(undefined)).to.equal('up');
    expect(await readOrientation(new Uint8Array([0x4d, 0x4d, 0, 42]))).to.equal('up');
    const damaged = tiffBlock(false, 6);
    new DataView(damaged.buffer).setUint32(4, 4000);
    expect(await readOrientation(damaged)).to.equal('up');
    expect(await readOrientation(new TextEncoder().encode('not exif at all, just some text'))).to.equal('up');
  });

  it('tags a JPEG the page made with an Orientation that the kit and the browser both read', async () => {
    const picture = document.createElement('canvas');
    picture.width = 32;
    picture.height = 16;
    for (let value = 1; value <= 8; value++) {
      const jpeg = await orientedJpeg(picture, { width: 32, height: 16 }, value);
      const header = await readHeader(jpeg, 'jpeg');
      expect([header?.width, header?.height], `${value}: stored size`).to.deep.equal([32, 16]);
      expect(await readOrientation(header!.exif), String(value)).to.equal(orientationName(value));
      const upright = await createImageBitmap(jpeg);
      expect([upright.width, upright.height], `${value}: as the browser shows it`).to.deep.equal(value >= 5 ? [16, 32] : [32, 16]);
      upright.close();
    }
    const jpeg = new Uint8Array(await (await orientedJpeg(picture, { width: 32, height: 16 }, 1)).arrayBuffer());
    expect(() => withExifOrientation(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 6)).to.throw(TypeError);
    for (const value of [0, 9, 1.5, NaN]) expect(() => withExifOrientation(jpeg, value), String(value)).to.throw(RangeError);
  });
});
