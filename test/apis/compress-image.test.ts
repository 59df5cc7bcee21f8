import { expect } from '@open-wc/testing';
import { compressImage, resetConfig, wx } from '../../src/index.js';
import { createTempPath, getTempFile, releaseAllTempFiles, tempFileCount } from '../../src/files/temp-store.js';
import { sniffBlob } from '../../src/image/sniff.js';
import { endWorkers, poolState } from '../../src/compress/index.js';
import { ENGINE } from '../engine.js';
import { meanDifference, thumbnail } from '../compress/pictures.js';

const FIXTURES = '/test/fixtures/images/';
const fixture = (name: string) => fetch(FIXTURES + name).then((r) => r.blob());

/** The upright size of an image as the browser shows it. */
async function shownSize(blob: Blob): Promise<[number, number]> {
  const bitmap = await createImageBitmap(blob);
  const size: [number, number] = [bitmap.width, bitmap.height];
  bitmap.close();
  return size;
}

/** The temp file a successful call made. */
async function compressed(options: Parameters<typeof compressImage>[0]): Promise<Blob> {
  const { tempFilePath, errMsg } = await compressImage(options);
  expect(errMsg).to.equal('compressImage:ok');
  return getTempFile(tempFilePath)!;
}

/** The errMsg a call fails with. */
async function failure(options: unknown): Promise<string> {
  return (compressImage as (o: unknown) => Promise<unknown>)(options).then(
    () => 'succeeded',
    (result: { errMsg: string }) => result.errMsg,
  );
}

describe('wx.compressImage', () => {
  let landscape: string;
  beforeEach(async () => {
    landscape = createTempPath(await fixture('Landscape_1.jpg'), 'jpg'); // 1800×1200
  });
  afterEach(() => {
    releaseAllTempFiles();
    resetConfig();
  });

  it('resolves { tempFilePath, errMsg } with a temp path ending in .jpg for a JPEG, made in the compression pool', async () => {
    endWorkers();
    const result = await compressImage({ src: landscape });
    expect(poolState().workers, 'chooseImage\'s workers did the work').to.be.greaterThan(0);
    expect(Object.keys(result).sort()).to.deep.equal(['errMsg', 'tempFilePath']);
    expect(result.errMsg).to.equal('compressImage:ok');
    expect(result.tempFilePath.split('.').pop()).to.equal('jpg');
    const output = getTempFile(result.tempFilePath)!;
    expect(await sniffBlob(output)).to.equal('jpeg');
    expect(await shownSize(output), 'no size given: the image keeps its own').to.deep.equal([1800, 1200]);
  });

  it('with compressedWidth only, scales the height by the aspect ratio', async () => {
    expect(await shownSize(await compressed({ src: landscape, compressedWidth: 600 }))).to.deep.equal([600, 400]);
  });

  it('with compressedHeight only, scales the width by the aspect ratio', async () => {
    expect(await shownSize(await compressed({ src: landscape, compressedHeight: 300 }))).to.deep.equal([450, 300]);
  });

  it('with both, makes exactly that size (even of another shape), and may enlarge', async () => {
    expect(await shownSize(await compressed({ src: landscape, compressedWidth: 500, compressedHeight: 500 }))).to.deep.equal([500, 500]);
    const small = createTempPath(await fixture('img_1771.jpg'), 'jpg'); // 480×360
    expect(await shownSize(await compressed({ src: small, compressedWidth: 960 }))).to.deep.equal([960, 720]);
  });

  it('applies the EXIF orientation: Landscape_6 (stored 1200×1800, rotated) comes out upright as Landscape_1', async () => {
    const rotated = createTempPath(await fixture('Landscape_6.jpg'), 'jpg');
    const output = await compressed({ src: rotated, compressedWidth: 900 });
    expect(await shownSize(output), 'width is the upright width').to.deep.equal([900, 600]);
    // Stored upright: decoding with orientation ignored gives the same size.
    const raw = await createImageBitmap(output, { imageOrientation: 'none' } as ImageBitmapOptions);
    expect([raw.width, raw.height]).to.deep.equal([900, 600]);
    raw.close();
    expect(meanDifference(await thumbnail(output), await thumbnail(await fixture('Landscape_1.jpg'))), 'the same picture').to.be.lessThan(12);
  });

  it('makes fewer bytes at a lower quality, default 80 in between', async () => {
    const sizes = [];
    for (const quality of [10, undefined, 100]) sizes.push((await compressed({ src: landscape, quality, compressedWidth: 900 })).size);
    expect(sizes[0]).to.be.lessThan(sizes[1]);
    expect(sizes[1]).to.be.lessThan(sizes[2]);
    expect(await shownSize(await compressed({ src: landscape, quality: 0 }))).to.deep.equal([1800, 1200]);
  });

  it('keeps PNG as PNG (lossless: quality does not apply) and resizes it', async () => {
    const png = createTempPath(await fixture('sample.png'), 'png'); // 123×456
    const { tempFilePath } = await compressImage({ src: png, compressedHeight: 228 });
    expect(tempFilePath.split('.').pop()).to.equal('png');
    expect(await shownSize(getTempFile(tempFilePath)!)).to.deep.equal([62, 228]);
  });

  it('keeps WebP as WebP where the engine encodes WebP (WebKit writes PNG), and the path says which', async () => {
    const webp = createTempPath(await fixture('lossy.webp'), 'webp');
    const { tempFilePath } = await compressImage({ src: webp, compressedWidth: 100 });
    const output = getTempFile(tempFilePath)!;
    const format = await sniffBlob(output);
    expect(format).to.equal(ENGINE === 'webkit' ? 'png' : 'webp');
    expect(tempFilePath.split('.').pop()).to.equal(format);
    expect((await shownSize(output))[0]).to.equal(100);
  });

  it('takes the sources getImageInfo takes: data: URLs, same-origin paths, page blob: URLs', async () => {
    const bytes = new Uint8Array(await (await fixture('img_1771.jpg')).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    for (const src of [`data:image/jpeg;base64,${btoa(binary)}`, `${FIXTURES}img_1771.jpg`, URL.createObjectURL(new Blob([bytes]))]) {
      expect(await shownSize(await compressed({ src, compressedWidth: 240 })), src.slice(0, 30)).to.deep.equal([240, 180]);
    }
  });

  it('fails with WeChat parameter errors for bad options', async () => {
    expect(await failure({})).to.equal('compressImage:fail parameter error: parameter.src should be String instead of Undefined;');
    expect(await failure({ src: landscape, quality: '80' })).to.equal('compressImage:fail parameter error: parameter.quality should be Number instead of String;');
    expect(await failure({ src: landscape, quality: 120 })).to.equal('compressImage:fail parameter error: parameter.quality should be Number from 0 to 100 instead of 120;');
    expect(await failure({ src: landscape, compressedWidth: 0 })).to.equal('compressImage:fail parameter error: parameter.compressedWidth should be positive Number instead of 0;');
    expect(await failure({ src: landscape, compressedHeight: -5 })).to.equal('compressImage:fail parameter error: parameter.compressedHeight should be positive Number instead of -5;');
    expect(await failure({ src: '' })).to.equal('compressImage:fail invalid url');
    expect(await failure({ src: 'javascript:alert(1)' })).to.equal('compressImage:fail invalid url');
    expect(await failure({ src: 'https://example.com/a.jpg' })).to.equal('compressImage:fail url not in domain list');
    expect(tempFileCount(), 'no temp file left by a failure').to.equal(1);
  });

  it('fails with invalid image for bytes that are not an image, and for an impossible size', async () => {
    expect(await failure({ src: createTempPath(new Blob(['plain text, named .jpg']), 'jpg') })).to.equal('compressImage:fail invalid image');
    expect(await failure({ src: createTempPath(await fixture('invalid-truncated-ihdr.png'), 'png') })).to.equal('compressImage:fail invalid image');
    expect(await failure({ src: landscape, compressedWidth: 20000, compressedHeight: 20000 })).to.equal('compressImage:fail image too large');
  });

  it('answers by callbacks when given any, complete last, and returns undefined', async () => {
    const calls: string[] = [];
    const done = new Promise<void>((resolve) => {
      const returned = wx.compressImage({
        src: landscape,
        compressedWidth: 300,
        success: (res) => calls.push(`success ${res.errMsg} ${res.tempFilePath.split('.').pop()}`),
        fail: () => calls.push('fail'),
        complete: (res) => {
          calls.push(`complete ${res.errMsg}`);
          resolve();
        },
      });
      expect(returned).to.equal(undefined);
    });
    await done;
    expect(calls).to.deep.equal(['success compressImage:ok jpg', 'complete compressImage:ok']);
    const failed = await new Promise<string>((resolve) => wx.compressImage({ src: 'ftp://x/y.jpg', fail: (res) => resolve(res.errMsg) }));
    expect(failed).to.equal('compressImage:fail invalid url');
  });

  it('returns GIF and SVG unchanged (one frame of an animation, a rasterised vector are no compression)', async () => {
    const gif = await fixture('sample.gif');
    const { tempFilePath } = await compressImage({ src: createTempPath(gif, 'gif'), compressedWidth: 10 });
    expect(tempFilePath.split('.').pop()).to.equal('gif');
    expect(getTempFile(tempFilePath)).to.equal(gif);
  });
});
