// Every lazy part of the kit (a chunk loaded with import()) blocked in turn: the call that needs
// it fails with `<api>:fail could not load <part>`, never answers without it (src/contract/lazy.ts).
// Each case imports the API through /__lazy-fail__/<module>/… (scripts/lazy-fail-middleware.mjs):
// a module graph of its own in which the server answers 404 for that one module.
import { expect } from '@open-wc/testing';
import type { FailResult } from '../../src/contract/types.js';
import { FIXTURES } from '../image/fixture-manifest.js';

/** The API modules, imported through a graph in which `blocked` (a repo path, no extension) is missing. */
function withMissing<T>(blocked: string, entry: string): Promise<T> {
  return import(/* @vite-ignore */ `/__lazy-fail__/${blocked.replaceAll('/', '~')}/${entry}`) as Promise<T>;
}

type ApiModule<K extends string> = Record<K, (options: Record<string, unknown>) => Promise<unknown>>;

/** The fail result of a call that must fail. */
async function failureOf(call: Promise<unknown>): Promise<string> {
  const outcome = await call.then(
    (result) => ({ ok: true, result }),
    (failure: FailResult) => ({ ok: false, result: failure }),
  );
  expect(outcome.ok, `expected a fail, got ${JSON.stringify(outcome.result)}`).to.equal(false);
  return (outcome.result as FailResult).errMsg;
}

async function fixtureFile(name: string, type: string): Promise<File> {
  const blob = await (await fetch(`${FIXTURES}${name}`)).blob();
  return new File([blob], name, { type });
}

describe('a lazy part that does not load fails the call that needs it', () => {
  // First in the file: the gestures case must be the one that defines <wx-image-preview> on this page.
  it("previewImage without the viewer's gestures: previewImage:fail could not load the viewer's gestures", async () => {
    const { previewImage } = await withMissing<ApiModule<'previewImage'>>('src/viewer/gestures', 'src/apis/preview-image.ts');
    const errMsg = await failureOf(previewImage({ urls: [`${FIXTURES}noexif.jpg`] }));
    expect(errMsg).to.match(/^previewImage:fail could not load the viewer's gestures \(.+\)$/);
    // The viewer it opened is closed again.
    const viewer = document.querySelector('wx-image-preview');
    expect(viewer?.shadowRoot?.querySelector('dialog')?.open ?? false).to.equal(false);
  });

  it('getImageInfo of a photo with EXIF, without the EXIF reader: fails, never orientation "up"', async () => {
    const { getImageInfo } = await withMissing<ApiModule<'getImageInfo'>>('src/image/exif-orientation', 'src/api.ts');
    const errMsg = await failureOf(getImageInfo({ src: `${FIXTURES}Landscape_6.jpg` }));
    expect(errMsg).to.match(/^getImageInfo:fail could not load the EXIF reader \(.+\)$/);
  });

  it('the same graph answers for a photo without EXIF (the reader is loaded only for an EXIF block)', async () => {
    const { getImageInfo } = await withMissing<ApiModule<'getImageInfo'>>('src/image/exif-orientation', 'src/api.ts');
    const info = (await getImageInfo({ src: `${FIXTURES}noexif.jpg` })) as { width: number; orientation: string; errMsg: string };
    expect(info).to.include({ errMsg: 'getImageInfo:ok', width: 250, orientation: 'up' });
  });

  for (const [module, file, part] of [
    ['src/image/header/tiff', 'little-endian.tiff', 'the TIFF header reader'],
    ['src/image/header/bmff', 'sample.avif', 'the HEIF header reader'],
    ['src/image/header/svg', 'width-height.svg', 'the SVG header reader'],
    ['src/image/header/jxl', 'sample.jxl', 'the JPEG XL header reader'],
    ['src/files/url-bytes', 'noexif.jpg', 'the URL reader'],
  ]) {
    it(`getImageInfo of ${file} without ${part}: getImageInfo:fail could not load ${part}`, async () => {
      const { getImageInfo } = await withMissing<ApiModule<'getImageInfo'>>(module, 'src/api.ts');
      const errMsg = await failureOf(getImageInfo({ src: `${FIXTURES}${file}` }));
      expect(errMsg.startsWith(`getImageInfo:fail could not load ${part} (`), errMsg).to.equal(true);
    });
  }

  for (const [module, part] of [
    ['src/files/download', 'the downloader'],
    ['src/compress/exact', 'the compressor'],
  ]) {
    it(`compressImage without ${part}: compressImage:fail could not load ${part}`, async () => {
      const { compressImage } = await withMissing<ApiModule<'compressImage'>>(module, 'src/apis/compress-image.ts');
      const errMsg = await failureOf(compressImage({ src: `${FIXTURES}Landscape_6.jpg`, quality: 50 }));
      expect(errMsg.startsWith(`compressImage:fail could not load ${part} (`), errMsg).to.equal(true);
    });
  }

  it('compressImage whose worker script does not load compresses in the page (the one fallback)', async () => {
    const { compressImage } = await withMissing<ApiModule<'compressImage'>>('src/compress/compress.worker', 'src/apis/compress-image.ts');
    const result = (await compressImage({ src: `${FIXTURES}Landscape_6.jpg`, compressedWidth: 100 })) as { tempFilePath: string; errMsg: string };
    expect(result.errMsg).to.equal('compressImage:ok');
    const { width, height } = await createImageBitmap(await (await fetch(result.tempFilePath)).blob());
    // Upright: the photo stores 1200 × 1800 with EXIF Orientation 6, so it is 1800 × 1200 to the eye.
    expect([width, height]).to.deep.equal([100, 67]);
  });

  it('chooseImage (compressed) without the compressor: chooseImage:fail could not load the compressor, not the original kept', async () => {
    const { chooseImageFromFiles } = await withMissing<ApiModule<'chooseImageFromFiles'>>('src/compress/index', 'src/apis/choose-image.ts');
    const files = [await fixtureFile('Landscape_6.jpg', 'image/jpeg')];
    const errMsg = await failureOf(chooseImageFromFiles({ files, sizeType: ['compressed'] }));
    expect(errMsg).to.match(/^chooseImage:fail could not load the compressor \(.+\)$/);
  });

  it('chooseMedia without its intake: chooseMedia:fail could not load the media intake', async () => {
    const { chooseMediaFromFiles } = await withMissing<ApiModule<'chooseMediaFromFiles'>>('src/intake/media', 'src/apis/choose-media.ts');
    const files = [await fixtureFile('noexif.jpg', 'image/jpeg')];
    const errMsg = await failureOf(chooseMediaFromFiles({ files, sizeType: ['original'] }));
    expect(errMsg).to.match(/^chooseMedia:fail could not load the media intake \(.+\)$/);
  });

  it('previewMedia without its list reader: previewMedia:fail could not load the media list reader', async () => {
    const { previewMedia } = await withMissing<ApiModule<'previewMedia'>>('src/viewer/preview-media-request', 'src/apis/preview-media.ts');
    const errMsg = await failureOf(previewMedia({ sources: [{ url: `${FIXTURES}noexif.jpg` }] }));
    expect(errMsg).to.match(/^previewMedia:fail could not load the media list reader \(.+\)$/);
  });

  for (const [module, part] of [
    ['src/image/crop-encode', 'the crop encoder'],
    ['components/crop-dialog/open', 'the cropper'],
  ]) {
    it(`cropImage without ${part}: cropImage:fail could not load ${part}`, async () => {
      const { cropImage } = await withMissing<ApiModule<'cropImage'>>(module, 'src/apis/crop-image.ts');
      const errMsg = await failureOf(cropImage({ src: `${FIXTURES}noexif.jpg`, cropScale: '1:1' }));
      expect(errMsg.startsWith(`cropImage:fail could not load ${part} (`), errMsg).to.equal(true);
    });
  }

  it('uploadFile without the uploader: uploadFile:fail could not load the uploader, nothing sent', async () => {
    const { uploadFile } = await withMissing<ApiModule<'uploadFile'>>('src/files/upload', 'src/apis/upload-file.ts');
    const errMsg = await failureOf(uploadFile({ url: `${location.origin}/upload-server/upload`, filePath: 'blob:none#.jpg', name: 'file' }));
    expect(errMsg).to.match(/^uploadFile:fail could not load the uploader \(.+\)$/);
  });

  it('downloadFile without the file downloader: downloadFile:fail could not load the file downloader', async () => {
    const { downloadFile } = await withMissing<ApiModule<'downloadFile'>>('src/files/download-file', 'src/apis/download-file.ts');
    const errMsg = await failureOf(downloadFile({ url: `${FIXTURES}noexif.jpg` }));
    expect(errMsg).to.match(/^downloadFile:fail could not load the file downloader \(.+\)$/);
  });

  it('previewImage without the viewer: previewImage:fail could not load the viewer', async () => {
    const { previewImage } = await withMissing<ApiModule<'previewImage'>>('components/image-preview/open', 'src/apis/preview-image.ts');
    const errMsg = await failureOf(previewImage({ urls: [`${FIXTURES}noexif.jpg`] }));
    expect(errMsg).to.match(/^previewImage:fail could not load the viewer \(.+\)$/);
  });

  it('showActionSheet without the sheet: showActionSheet:fail could not load the action sheet', async () => {
    const { showActionSheet } = await withMissing<ApiModule<'showActionSheet'>>('components/action-sheet/open', 'src/apis/show-action-sheet.ts');
    const errMsg = await failureOf(showActionSheet({ itemList: ['One'] }));
    expect(errMsg).to.match(/^showActionSheet:fail could not load the action sheet \(.+\)$/);
  });

  it('openSetting without the settings sheet: openSetting:fail could not load the settings sheet', async () => {
    const { openSetting } = await withMissing<ApiModule<'openSetting'>>('components/settings-sheet/open', 'src/apis/authorize.ts');
    const errMsg = await failureOf(openSetting({}));
    expect(errMsg).to.match(/^openSetting:fail could not load the settings sheet \(.+\)$/);
  });

  it('authorize without the consent dialog: authorize:fail could not load the consent dialog', async () => {
    const { authorize } = await withMissing<ApiModule<'authorize'>>('components/consent-dialog/open', 'src/apis/authorize.ts');
    const errMsg = await failureOf(authorize({ scope: 'scope.writePhotosAlbum' }));
    expect(errMsg).to.match(/^authorize:fail could not load the consent dialog \(.+\)$/);
  });
});
