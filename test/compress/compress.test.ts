import { expect } from '@open-wc/testing';
import { compressImage, workerResourceURLs } from '../../src/compress/index.js';
import { resetConfig, configure } from '../../src/config.js';
import { meanDifference, thumbnail } from './pictures.js';

async function fixtureFile(name: string): Promise<File> {
  const response = await fetch(`/test/fixtures/images/${name}`);
  const blob = await response.blob();
  return new File([blob], name, { type: blob.type });
}

/** The upright size of an image as the browser shows it. */
async function displayedSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

describe('compressImage (our module worker)', () => {
  afterEach(() => resetConfig());

  it('makes the largest JPEG smaller, longest edge 1920, with progress up to 1', async () => {
    const file = await fixtureFile('canon-dslr.jpg');
    const progress: number[] = [];
    const output = await compressImage(file, 'jpeg', { onProgress: (p) => progress.push(p) });
    expect(output.size).to.be.lessThan(file.size);
    expect(output.type).to.equal('image/jpeg');
    const size = await displayedSize(output);
    expect(Math.max(size.width, size.height)).to.equal(1920);
    expect(size.width / size.height).to.be.closeTo(5184 / 3456, 0.01);
    expect(meanDifference(await thumbnail(output), await thumbnail(file)), 'the same picture').to.be.lessThan(6);
    expect(progress.length).to.be.greaterThan(1);
    expect(progress.at(-1)).to.equal(1);
  });

  it('outputs Landscape_6 upright: same picture as Landscape_1, no EXIF left to apply', async () => {
    const rotated = await compressImage(await fixtureFile('Landscape_6.jpg'), 'jpeg', { maxEdge: 1000 });
    const upright = await fixtureFile('Landscape_1.jpg');
    const size = await displayedSize(rotated);
    expect(size.width).to.equal(1000);
    expect(size.height).to.be.within(666, 667);
    expect(meanDifference(await thumbnail(rotated), await thumbnail(upright))).to.be.lessThan(12);
    // Pixels stored upright: the bytes carry no Orientation tag (decoding with orientation ignored gives the same picture).
    const bitmap = await createImageBitmap(rotated, { imageOrientation: 'none' } as ImageBitmapOptions);
    expect([bitmap.width, bitmap.height]).to.deep.equal([size.width, size.height]);
    bitmap.close();
  });

  it('follows configure({ compression })', async () => {
    configure({ compression: { maxEdge: 640, quality: 0.5 } });
    const output = await compressImage(await fixtureFile('very-large.jpg'), 'jpeg');
    const size = await displayedSize(output);
    expect(Math.max(size.width, size.height)).to.equal(640);
  });

  it('keeps GIF, SVG and files this browser cannot decode (HEIC in Chromium) as they are', async () => {
    for (const [name, format] of [['sample.gif', 'gif'], ['width-height.svg', 'svg'], ['heic-single.heic', 'heic']] as const) {
      const file = await fixtureFile(name);
      const output = await compressImage(file, format);
      expect(output, name).to.equal(file);
    }
  });

  it('fetches nothing from outside the page origin, in the page or in the worker', async () => {
    await compressImage(await fixtureFile('Landscape_3.jpg'), 'jpeg');
    const urls = [...performance.getEntriesByType('resource').map((e) => e.name), ...(await workerResourceURLs())];
    expect(urls.length).to.be.greaterThan(0);
    const foreign = urls.filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });
});
