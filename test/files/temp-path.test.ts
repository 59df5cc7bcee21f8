import { expect } from '@open-wc/testing';
import { createTempFile, createTempPath, getTempFile, releaseAllTempFiles, releaseTempFile } from '../../src/files/temp-store.js';
import { chooseImageFromFiles } from '../../src/apis/choose-image.js';
import { getImageInfo } from '../../src/index.js';

// Temp paths that port: `blob:<origin>/<uuid>#.<ext>`, where the extension is what the bytes are.
// Each test checks, in the engine it runs in, that the fragment changes nothing for a URL consumer.

const FIXTURES = new URL('../fixtures/images/', import.meta.url);
const fixture = (name: string) => fetch(new URL(name, FIXTURES)).then((r) => r.blob());

async function imageLoads(src: string): Promise<{ width: number; height: number } | null> {
  const img = new Image();
  img.src = src;
  try {
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  } catch {
    return null;
  }
}

async function bytesOf(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

function videoLoads(src: string): Promise<{ width: number; height: number } | null> {
  const video = document.createElement('video');
  video.muted = true;
  return new Promise((resolve) => {
    video.onloadeddata = () => resolve({ width: video.videoWidth, height: video.videoHeight });
    video.onerror = () => resolve(null);
    video.src = src;
  });
}

describe('temp paths that port', () => {
  afterEach(() => releaseAllTempFiles());

  const IMAGES: [file: string, ext: string][] = [
    ['Landscape_1.jpg', 'jpg'],
    ['sample.png', 'png'],
    ['sample.gif', 'gif'],
    ['lossy.webp', 'webp'],
    ['sample.bmp', 'bmp'],
    ['width-height.svg', 'svg'],
  ];

  for (const [file, ext] of IMAGES) {
    it(`ends a ${ext} file's path with .${ext}, and the path works as <img src>, in fetch and in createImageBitmap`, async () => {
      const blob = await fixture(file);
      const path = await createTempFile(blob);
      expect(path).to.match(/^blob:[^#]+#\.[a-z0-9]+$/);
      expect(path.split('.').pop()).to.equal(ext);
      expect(getTempFile(path)).to.equal(blob);
      const shown = await imageLoads(path);
      expect(shown, 'img load').to.not.equal(null);
      const fetched = await (await fetch(path)).blob();
      expect(await bytesOf(fetched)).to.deep.equal(await bytesOf(blob));
      if (ext !== 'svg') {
        const bitmap = await createImageBitmap(fetched);
        expect([bitmap.width, bitmap.height]).to.deep.equal([shown!.width, shown!.height]);
        bitmap.close();
      }
    });
  }

  it('names a file from its bytes, not its name or MIME type', async () => {
    // WebP bytes in a File that says it is a JPEG.
    const lying = new File([await fixture('lossy.webp')], 'holiday.jpeg', { type: 'image/jpeg' });
    expect((await createTempFile(lying)).split('.').pop()).to.equal('webp');
    expect((await createTempFile(await fixture('heic-single.heic'))).split('.').pop()).to.equal('heic');
    expect((await createTempFile(await fixture('sample.avif'))).split('.').pop()).to.equal('avif');
    expect((await createTempFile(new Blob(['not an image']))).split('.').pop()).to.equal('bin');
  });

  it('gives createTempPath the extension of the type when the caller does not name one', () => {
    expect(createTempPath(new Blob([], { type: 'image/png' })).split('.').pop()).to.equal('png');
    expect(createTempPath(new Blob([], { type: 'video/webm;codecs=vp8' })).split('.').pop()).to.equal('webm');
    expect(createTempPath(new Blob(['x']), 'gif').split('.').pop()).to.equal('gif');
    expect(createTempPath(new Blob(['x'])).split('.').pop()).to.equal('bin');
  });

  it('ends a video with its container, and the path plays as <video src>', async () => {
    // Recorded by Chromium's MediaRecorder (WebKitGTK's records nothing under the test driver).
    const video = await fetch(new URL('../fixtures/video/recorded-64x48.webm', import.meta.url)).then((r) => r.blob());
    const path = await createTempFile(new Blob([video]));
    expect(path.split('.').pop()).to.equal('webm');
    expect(await videoLoads(path)).to.deep.equal({ width: 64, height: 48 });
  });

  it('is released with or without its fragment: afterwards neither img, fetch nor the store finds it', async () => {
    const blob = await fixture('sample.png');
    const [first, second] = [await createTempFile(blob), await createTempFile(blob)];
    expect(releaseTempFile(first)).to.equal(true);
    expect(releaseTempFile(second.slice(0, second.indexOf('#')))).to.equal(true);
    for (const path of [first, second]) {
      expect(getTempFile(path)).to.equal(undefined);
      expect(await imageLoads(path)).to.equal(null);
      let fetched = true;
      await fetch(path).then(
        (r) => r.blob(),
        () => (fetched = false),
      );
      expect(fetched, 'fetch after release').to.equal(false);
    }
  });

  it('is what the APIs answer with: a data: image becomes a temp path with the extension of its bytes', async () => {
    const bytes = new Uint8Array(await (await fixture('lossy.webp')).arrayBuffer());
    const src = `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
    const { path } = await getImageInfo({ src });
    expect(path.split('.').pop()).to.equal('webp');
    expect((await getImageInfo({ src: path })).type).to.equal('webp');
  });

  it('is what chooseImage answers with: the extension of what each path holds, original or compressed', async () => {
    const webpNamedJpeg = new File([await fixture('lossy.webp')], 'holiday.jpeg', { type: 'image/jpeg' });
    const png = new File([await fixture('sample.png')], 'scan', { type: '' });
    const original = await chooseImageFromFiles({ files: [webpNamedJpeg, png], sizeType: ['original'] });
    expect(original.tempFilePaths.map((path) => path.split('.').pop())).to.deep.equal(['webp', 'png']);
    const photo = new File([await fixture('Landscape_6.jpg')], 'IMG_0001.JPG', { type: 'image/jpeg' });
    const compressed = await chooseImageFromFiles({ files: [photo], sizeType: ['compressed'] });
    expect(compressed.tempFilePaths[0].split('.').pop()).to.equal('jpg');
    expect(await imageLoads(compressed.tempFilePaths[0])).to.not.equal(null);
  });
});
