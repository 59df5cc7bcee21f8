import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { chooseMedia, getTempFile, releaseAllTempFiles, tempFileCount, wx } from '../../src/index.js';
import { NOTICE_ATTRIBUTE } from '../../components/notice/open.js';
import { sniffBlob } from '../../src/image/sniff.js';
import {
  chooseFiles, closeLeftovers, displayedSize, endUserActivation, fixtureFile, holdHeadlessPickerCancel, mediaFile, openSheet, pickerInput, pressSheetItem, recordNotices, sheetLabels, waitFor,
} from '../intake/helpers.js';

const WEBM = 'clip-320x240-2s.webm';
const MP4 = 'clip-320x240-2s.mp4';

/** chooseMedia from the album: the sheet's "Choose from Album", then these files in the picker. */
async function pick(options: Parameters<typeof chooseMedia>[0], files: File[]) {
  const call = chooseMedia({ sourceType: ['album'], ...options });
  await pressSheetItem('Choose from Album');
  const input = await pickerInput();
  chooseFiles(input, files);
  return { result: await call, input };
}

/** What the temp path's `split('.').pop()` gives, as ported Mini App code reads it. */
const extensionOf = (path: string) => path.split('.').pop();

describe('wx.chooseMedia', () => {
  afterEach(async () => {
    await endUserActivation();
    closeLeftovers();
    releaseAllTempFiles();
    document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`).forEach((n) => n.remove());
  });

  it('is in the wx table, and by default asks Camera / Choose from Album with the Original toggle; Cancel → fail cancel', async () => {
    expect(wx.chooseMedia).to.equal(chooseMedia);
    const call = chooseMedia({}).catch((e) => e);
    const sheet = await openSheet();
    expect(sheetLabels(sheet)).to.deep.equal(['Camera', 'Choose from Album']);
    expect(sheet.querySelector('label')!.textContent).to.equal('Original');
    await expect(sheet).to.be.accessible();
    sheet.shadowRoot!.querySelector<HTMLButtonElement>('button[part=cancel]')!.click();
    expect(await call).to.deep.equal({ errMsg: 'chooseMedia:fail cancel' });
  });

  it('opens the picker for images and videos, several at once, by default', async () => {
    const call = chooseMedia({ sourceType: ['album'] }).catch((e) => e);
    await pressSheetItem('Choose from Album');
    const input = await pickerInput();
    expect(input.accept).to.equal('image/*,video/*');
    expect(input.multiple).to.equal(true);
    expect(input.hasAttribute('capture')).to.equal(false);
    input.dispatchEvent(new Event('cancel'));
    expect(await call).to.deep.equal({ errMsg: 'chooseMedia:fail cancel' });
  });

  it('opens the real picker straight away inside a user gesture and takes a photo and a video from it', async () => {
    // As chooseImage's test: a real click gives the call user activation; headless Chromium's
    // automatic cancel of the really opened chooser is held back so the files can be chosen.
    const releaseCancel = holdHeadlessPickerCancel();
    const button = document.createElement('button');
    button.textContent = 'Choose';
    button.style.cssText = 'position:fixed;left:10px;top:10px;width:100px;height:40px';
    let call: ReturnType<typeof chooseMedia> | undefined;
    button.addEventListener('click', () => (call = chooseMedia({ sourceType: ['album'], sizeType: ['original'] })));
    document.body.append(button);
    try {
      await sendMouse({ type: 'click', position: [50, 30] });
      const input = await pickerInput();
      expect(document.querySelector('wx-action-sheet'), 'no sheet was needed').to.equal(null);
      const photo = await fixtureFile('sample.png');
      const clip = await mediaFile(MP4);
      chooseFiles(input, [photo, clip]);
      const result = await call!;
      expect(result.type).to.equal('mix');
      expect(result.tempFiles.map((f) => [f.fileType, f.size])).to.deep.equal([['image', photo.size], ['video', clip.size]]);
    } finally {
      button.remove();
      releaseCancel();
    }
  });

  it('checks its parameters with the Mini App messages', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ count: '3' }, 'parameter.count should be Number instead of String;'],
      [{ mediaType: 'video' }, 'parameter.mediaType should be Array instead of String;'],
      [{ sourceType: 'album' }, 'parameter.sourceType should be Array instead of String;'],
      [{ maxDuration: '10' }, 'parameter.maxDuration should be Number instead of String;'],
      [{ sizeType: 'original' }, 'parameter.sizeType should be Array instead of String;'],
      [{ camera: 'side' }, 'parameter.camera should be "back" or "front" instead of "side";'],
      [{ camera: 1 }, 'parameter.camera should be String instead of Number;'],
    ];
    for (const [options, message] of cases) {
      expect(await chooseMedia(options as Parameters<typeof chooseMedia>[0] & object).catch((e: unknown) => e), JSON.stringify(options)).to.deep.equal({
        errMsg: `chooseMedia:fail parameter error: ${message}`,
      });
    }
    expect(await chooseMedia('x' as unknown as object).catch((e: unknown) => e)).to.deep.equal({
      errMsg: 'chooseMedia:fail parameter error: parameter should be Object instead of String;',
    });
  });

  it('returns a photo and two short videos (WebM, MP4) as type "mix", videos described exactly', async () => {
    const photo = await fixtureFile('noexif.jpg');
    const webm = await mediaFile(WEBM);
    const mp4 = await mediaFile(MP4);
    const { result } = await pick({ sizeType: ['original'] }, [photo, webm, mp4]);
    expect(result.errMsg).to.equal('chooseMedia:ok');
    expect(result.type).to.equal('mix');
    const [image, first, second] = result.tempFiles;
    expect(getTempFile(image.tempFilePath)).to.equal(photo);
    expect(image).to.deep.include({ size: photo.size, duration: 0, thumbTempFilePath: '', fileType: 'image' });
    expect({ width: image.width, height: image.height }).to.deep.equal(await displayedSize(photo));
    expect(extensionOf(image.tempFilePath)).to.equal('jpg');
    for (const [entry, file, ext] of [[first, webm, 'webm'], [second, mp4, 'mp4']] as const) {
      expect(entry, ext).to.deep.include({ size: file.size, duration: 2, width: 320, height: 240, fileType: 'video' });
      expect(getTempFile(entry.tempFilePath), ext).to.equal(file);
      expect(extensionOf(entry.tempFilePath)).to.equal(ext);
      expect(extensionOf(entry.thumbTempFilePath)).to.equal('jpg');
      const thumb = getTempFile(entry.thumbTempFilePath)!;
      expect(await sniffBlob(thumb), `${ext} thumbnail`).to.equal('jpeg');
      expect(await displayedSize(thumb), `${ext} thumbnail`).to.deep.equal({ width: 320, height: 240 });
    }
    // The temp paths play as <video src>.
    const video = document.createElement('video');
    video.muted = true;
    const loaded = new Promise((resolve, reject) => {
      video.onloadedmetadata = resolve;
      video.onerror = reject;
    });
    video.src = first.tempFilePath;
    await loaded;
    expect(video.duration).to.equal(2);
  });

  it('with mediaType ["video"] offers videos only: the picker accepts video/*, images are dropped, type "video"', async () => {
    const call = chooseMedia({ sourceType: ['album'], mediaType: ['video'] });
    await pressSheetItem('Choose from Album');
    const input = await pickerInput();
    expect(input.accept).to.equal('video/*');
    chooseFiles(input, [await fixtureFile('noexif.jpg'), await mediaFile(MP4)]);
    const result = await call;
    expect(result.type).to.equal('video');
    expect(result.tempFiles.map((f) => f.fileType)).to.deep.equal(['video']);
  });

  it('with mediaType ["image"] a video alone fails with "invalid file type", leaving no temp file', async () => {
    const before = tempFileCount();
    const call = chooseMedia({ sourceType: ['album'], mediaType: ['image'] }).catch((e) => e);
    await pressSheetItem('Choose from Album');
    const input = await pickerInput();
    expect(input.accept).to.equal('image/*');
    chooseFiles(input, [await mediaFile(WEBM), await fixtureFile('gen-text-named.jpg')]);
    expect(await call).to.deep.equal({ errMsg: 'chooseMedia:fail invalid file type' });
    expect(tempFileCount()).to.equal(before);
  });

  it('"mix" allows both kinds, and photos alone come back as type "image"', async () => {
    const png = await fixtureFile('sample.png');
    const { result } = await pick({ mediaType: ['mix'], sizeType: ['original'] }, [png]);
    expect(result.type).to.equal('image');
    expect(result.tempFiles[0]).to.deep.include({ fileType: 'image', ...(await displayedSize(png)) });
  });

  it('compresses images as sizeType says and returns videos as they are', async () => {
    const canon = await fixtureFile('canon-dslr.jpg');
    const mp4 = await mediaFile(MP4);
    const { result } = await pick({ sizeType: ['compressed'] }, [canon, mp4]);
    const [image, video] = result.tempFiles;
    expect(image.size).to.be.lessThan(canon.size / 2);
    expect(image.size).to.equal(getTempFile(image.tempFilePath)!.size);
    expect(Math.max(image.width, image.height)).to.equal(1920);
    expect(video.size).to.equal(mp4.size);
    expect(getTempFile(video.tempFilePath)).to.equal(mp4);
  });

  it('keeps up to 20 files (count above 20 → 20) and says so', async () => {
    const notices = recordNotices();
    const one = await fixtureFile('gen-1x1.png');
    const { result, input } = await pick({ count: 25, sizeType: ['original'] }, Array.from({ length: 22 }, () => one));
    expect(input.multiple).to.equal(true);
    expect(result.tempFiles).to.have.length(20);
    await waitFor(() => notices.texts.length > 0, 'the notice');
    notices.stop();
    expect(notices.texts).to.deep.equal(['You can choose up to 20 files']);
  });

  it('count 1 opens a single-file picker; 0 or missing keeps the default 9', async () => {
    const one = await fixtureFile('gen-1x1.png');
    const single = await pick({ count: 1, sizeType: ['original'] }, [one, one]);
    expect(single.input.multiple).to.equal(false);
    expect(single.result.tempFiles).to.have.length(1);
    for (const count of [0, undefined]) {
      const { result } = await pick({ count, sizeType: ['original'] }, Array.from({ length: 12 }, () => one));
      expect(result.tempFiles, `count ${count}`).to.have.length(9);
    }
  });

  it('still returns a video this browser cannot decode: its bytes and extension, no duration, size or thumbnail', async () => {
    // An MP4 header over bytes that are no video: the container is known, the content is not.
    const head = new Uint8Array(await (await mediaFile(MP4)).slice(0, 32).arrayBuffer());
    const broken = new File([head, new Uint8Array(4000).fill(7)], 'broken.mp4', { type: 'video/mp4' });
    const { result } = await pick({}, [broken]);
    expect(result.type).to.equal('video');
    expect(result.tempFiles).to.have.length(1);
    const [entry] = result.tempFiles;
    expect(entry).to.deep.include({ size: broken.size, duration: 0, width: 0, height: 0, thumbTempFilePath: '', fileType: 'video' });
    expect(extensionOf(entry.tempFilePath)).to.equal('mp4');
  });

  it('measures a MediaRecorder WebM, which has no duration in its header, by its last frame', async () => {
    // 15 frames recorded by Chromium's MediaRecorder (test/fixtures/video/README.md): Chromium
    // reports its duration as Infinity until the seek to the end.
    const blob = await fetch('/test/fixtures/video/recorded-64x48.webm').then((r) => r.blob());
    const recorded = new File([blob], 'recorded.webm', { type: 'video/webm' });
    const { result } = await pick({ mediaType: ['video'] }, [recorded]);
    const [entry] = result.tempFiles;
    expect(entry).to.deep.include({ width: 64, height: 48, size: recorded.size, fileType: 'video' });
    expect(entry.duration).to.be.within(0.5, 0.7);
    expect(extensionOf(entry.tempFilePath)).to.equal('webm');
    expect(await displayedSize(getTempFile(entry.thumbTempFilePath)!)).to.deep.equal({ width: 64, height: 48 });
  });

  it('gives an image its upright size: Landscape_6 (stored 1200×1800, Orientation 6) is 1800 wide', async () => {
    const { result } = await pick({ sizeType: ['original'] }, [await fixtureFile('Landscape_6.jpg')]);
    expect(result.tempFiles[0]).to.deep.include({ width: 1800, height: 1200, fileType: 'image' });
  });

  it('calls success and complete with the same result when callbacks are given', async () => {
    const seen: string[] = [];
    const done = new Promise<unknown>((resolve) =>
      chooseMedia({
        sourceType: ['album'],
        mediaType: ['video'],
        success: (res) => seen.push(`success ${res.type}`),
        complete: resolve,
      }),
    );
    await pressSheetItem('Choose from Album');
    chooseFiles(await pickerInput(), [await mediaFile(WEBM)]);
    const result = (await done) as { errMsg: string };
    expect(seen).to.deep.equal(['success video']);
    expect(result.errMsg).to.equal('chooseMedia:ok');
  });
});
