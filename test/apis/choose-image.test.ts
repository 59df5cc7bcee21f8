import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { endWorkers, workerResourceURLs } from '../../src/compress/index.js';
import { chooseImage, configure, getTempFile, releaseAllTempFiles, releaseTempFile, resetConfig, tempFileCount } from '../../src/index.js';
import { NOTICE_ATTRIBUTE } from '../../components/notice/open.js';
import {
  chooseFiles, closeLeftovers, displayedSize, endUserActivation, fixtureFile, holdHeadlessPickerCancel, openSheet, pickerInput, pressSheetItem, recordNotices, requestedURLs, sheetLabels, waitFor,
} from '../intake/helpers.js';

const LANDSCAPES = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Landscape_${n}.jpg`);

describe('wx.chooseImage', () => {
  afterEach(async () => {
    // A real click's user activation outlives its test; WebKit keeps it after opening a picker,
    // and a call made while it lasts rightly skips the sheet. Each test starts without one.
    await endUserActivation();
    closeLeftovers();
    releaseAllTempFiles();
    resetConfig();
    document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`).forEach((n) => n.remove());
  });

  it('asks with the action sheet when both sources are allowed: Take Photo, Choose from Album, Cancel', async () => {
    const call = chooseImage({ sizeType: ['compressed'] }).catch((e) => e);
    const sheet = await openSheet();
    expect(sheetLabels(sheet)).to.deep.equal(['Take Photo', 'Choose from Album']);
    expect(sheet.shadowRoot!.querySelector('button[part=cancel]')!.textContent!.trim()).to.equal('Cancel');
    expect(sheet.querySelector('input[type=checkbox]'), 'no Original toggle for one size type').to.equal(null);
    await expect(sheet).to.be.accessible();
    sheet.shadowRoot!.querySelector<HTMLButtonElement>('button[part=cancel]')!.click();
    expect(await call).to.deep.equal({ errMsg: 'chooseImage:fail cancel' });
  });

  it('speaks the configured locale on the sheet', async () => {
    configure({ locale: 'zh-CN' });
    const call = chooseImage({}).catch((e) => e);
    const sheet = await openSheet();
    expect(sheetLabels(sheet)).to.deep.equal(['拍照', '从手机相册选择']);
    expect(sheet.querySelector('label')!.textContent).to.equal('原图');
    sheet.cancel();
    expect((await call).errMsg).to.equal('chooseImage:fail cancel');
  });

  it('shows the sheet for a single source when the call has no user activation, so the tap supplies it', async () => {
    expect(navigator.userActivation.isActive).to.equal(false);
    const call = chooseImage({ sourceType: ['album'], sizeType: ['original'] });
    const sheet = await openSheet();
    expect(sheetLabels(sheet)).to.deep.equal(['Choose from Album']);
    await pressSheetItem('Choose from Album');
    const input = await pickerInput();
    expect(input.type).to.equal('file');
    expect(input.accept).to.equal('image/*');
    expect(input.multiple).to.equal(true);
    expect(input.hasAttribute('capture')).to.equal(false);
    const file = await fixtureFile('noexif.jpg');
    chooseFiles(input, [file]);
    const result = await call;
    expect(result.errMsg).to.equal('chooseImage:ok');
    expect(result.tempFilePaths).to.have.length(1);
    expect(result.tempFiles).to.deep.equal([{ path: result.tempFilePaths[0], size: file.size }]);
    expect(getTempFile(result.tempFilePaths[0])).to.equal(file);
    expect(document.querySelector('input[type=file]'), 'the input is removed afterwards').to.equal(null);
  });

  /** A button that calls chooseImage on a real (sendMouse) click, which gives the call user activation. */
  async function clickToChoose(options: Parameters<typeof chooseImage>[0]): Promise<{ call: Promise<unknown> }> {
    const button = document.createElement('button');
    button.textContent = 'Choose';
    button.style.cssText = 'position:fixed;left:10px;top:10px;width:100px;height:40px';
    let call: Promise<unknown> | undefined;
    button.addEventListener('click', () => {
      call = chooseImage(options).catch((e) => e);
    });
    document.body.append(button);
    await sendMouse({ type: 'click', position: [50, 30] });
    button.remove();
    // Wrapped: an async function returning the call's Promise would wait for it.
    return waitFor(() => (call ? { call } : null), 'the call');
  }

  it('opens the real picker straight away inside a user gesture; its closing without files is a cancel', async () => {
    // Headless Chromium really opens a file chooser here and closes it at once, firing `cancel`.
    const { call } = await clickToChoose({ sourceType: ['album'] });
    expect(await call).to.deep.equal({ errMsg: 'chooseImage:fail cancel' });
    expect(document.querySelector('wx-action-sheet'), 'no sheet was needed').to.equal(null);
  });

  it('takes the files of a picker opened inside a user gesture', async () => {
    // Hold back headless Chromium's automatic cancel, then choose as a person would.
    const releaseCancel = holdHeadlessPickerCancel();
    try {
      const { call } = await clickToChoose({ sourceType: ['album'], count: 1, sizeType: ['original'] });
      const input = await pickerInput();
      expect(input.multiple, 'count 1 → single').to.equal(false);
      chooseFiles(input, [await fixtureFile('sample.png')]);
      const result = (await call) as { tempFiles: { size: number }[] };
      expect(result.tempFiles[0].size).to.equal(120444);
    } finally {
      releaseCancel();
    }
  });

  it('keeps the first `count` images and tells the person "You can choose up to N images"', async () => {
    const notices = recordNotices();
    const call = chooseImage({ count: 2, sourceType: ['album'], sizeType: ['original'] });
    await pressSheetItem('Choose from Album');
    const files = await Promise.all(LANDSCAPES.slice(0, 4).map(fixtureFile));
    chooseFiles(await pickerInput(), files);
    const result = await call;
    expect(result.tempFilePaths).to.have.length(2);
    expect(result.tempFilePaths.map((p) => getTempFile(p))).to.deep.equal(files.slice(0, 2));
    await waitFor(() => notices.texts.length > 0, 'the notice');
    notices.stop();
    expect(notices.texts).to.deep.equal(['You can choose up to 2 images']);
    expect(notices.elements[0].getAttribute('role')).to.equal('status');
  });

  it('clamps count like the Mini App runtime: above 9 → 9, 0 or negative → 9', async () => {
    const files = await Promise.all([...LANDSCAPES, 'noexif.jpg', 'sample.png'].map(fixtureFile));
    for (const count of [12, 0, -3]) {
      const call = chooseImage({ count, sourceType: ['album'], sizeType: ['original'] });
      await pressSheetItem('Choose from Album');
      const input = await pickerInput();
      expect(input.multiple).to.equal(true);
      chooseFiles(input, files);
      expect((await call).tempFilePaths, `count ${count}`).to.have.length(9);
    }
  });

  it('returns original files untouched and compressed ones smaller, longest edge ≤ 1920', async () => {
    const canon = await fixtureFile('canon-dslr.jpg');
    const original = chooseImage({ sourceType: ['album'], sizeType: ['original'] });
    await pressSheetItem('Choose from Album');
    chooseFiles(await pickerInput(), [canon]);
    const kept = await original;
    expect(kept.tempFiles[0].size).to.equal(canon.size);

    const progress: Array<{ loaded: number; total: number }> = [];
    const compressed = chooseImage({ sourceType: ['album'], sizeType: ['compressed'], onProgress: (p) => progress.push(p) });
    await pressSheetItem('Choose from Album');
    chooseFiles(await pickerInput(), [canon]);
    const small = await compressed;
    const blob = getTempFile(small.tempFilePaths[0])!;
    expect(small.tempFiles[0].size).to.equal(blob.size);
    expect(blob.size).to.be.lessThan(canon.size / 2);
    const size = await displayedSize(blob);
    expect(Math.max(size.width, size.height)).to.equal(1920);
    expect(progress.at(-1)).to.deep.equal({ loaded: canon.size, total: canon.size });
  });

  it('compresses upright: Landscape_6 (stored 1200×1800, Orientation 6) comes back 1800×1200', async () => {
    const call = chooseImage({ sourceType: ['album'], sizeType: ['compressed'] });
    await pressSheetItem('Choose from Album');
    chooseFiles(await pickerInput(), [await fixtureFile('Landscape_6.jpg')]);
    const blob = getTempFile((await call).tempFilePaths[0])!;
    const stored = await createImageBitmap(blob, { imageOrientation: 'none' } as ImageBitmapOptions);
    expect([stored.width, stored.height]).to.deep.equal([1800, 1200]);
    stored.close();
  });

  it('offers "Original" on the sheet when both size types are allowed; ticking it keeps the file', async () => {
    const file = await fixtureFile('Landscape_1.jpg');
    for (const tick of [true, false]) {
      const call = chooseImage({ sourceType: ['album'] });
      const sheet = await openSheet();
      const toggle = sheet.querySelector<HTMLInputElement>('label input[type=checkbox]')!;
      expect(toggle.closest('label')!.textContent).to.equal('Original');
      if (tick) toggle.click();
      await pressSheetItem('Choose from Album');
      chooseFiles(await pickerInput(), [file]);
      const size = (await call).tempFiles[0].size;
      if (tick) expect(size).to.equal(file.size);
      else expect(size).to.be.lessThan(file.size);
    }
  });

  it('judges files by their bytes: text, HTML and empty files named as images are dropped', async () => {
    const call = chooseImage({ sourceType: ['album'], sizeType: ['original'] });
    await pressSheetItem('Choose from Album');
    const real = await fixtureFile('gen-png-content-named-50x40.jpg');
    chooseFiles(await pickerInput(), [
      await fixtureFile('gen-text-named.jpg'), real, await fixtureFile('gen-html-named.png'), await fixtureFile('gen-empty.jpg'),
    ]);
    const result = await call;
    expect(result.tempFilePaths.map((p) => getTempFile(p))).to.deep.equal([real]);
  });

  it('fails with "invalid file type" when nothing chosen is an image, leaving no temp file', async () => {
    const before = tempFileCount();
    const call = chooseImage({ sourceType: ['album'] }).catch((e) => e);
    await pressSheetItem('Choose from Album');
    chooseFiles(await pickerInput(), [await fixtureFile('gen-text-named.jpg'), await fixtureFile('gen-empty.jpg')]);
    expect(await call).to.deep.equal({ errMsg: 'chooseImage:fail invalid file type' });
    expect(tempFileCount()).to.equal(before);
  });

  it('fails with "cancel" when the picker fires cancel', async () => {
    const call = chooseImage({ sourceType: ['album'] }).catch((e) => e);
    await pressSheetItem('Choose from Album');
    (await pickerInput()).dispatchEvent(new Event('cancel'));
    expect(await call).to.deep.equal({ errMsg: 'chooseImage:fail cancel' });
  });

  it('fails with "cancel" when the window gets focus back with no files (browsers without the cancel event)', async () => {
    const complete = new Promise<unknown>((resolve) => chooseImage({ sourceType: ['album'], complete: resolve }));
    await pressSheetItem('Choose from Album');
    const input = await pickerInput();
    window.dispatchEvent(new Event('blur'));
    window.dispatchEvent(new Event('focus'));
    expect(await complete).to.deep.equal({ errMsg: 'chooseImage:fail cancel' });
    expect(input.isConnected).to.equal(false);
  });

  it('checks its parameters with the Mini App messages', async () => {
    expect(await chooseImage({ count: '3' as never }).catch((e) => e)).to.deep.equal({
      errMsg: 'chooseImage:fail parameter error: parameter.count should be Number instead of String;',
    });
    expect(await chooseImage({ sourceType: 'album' as never }).catch((e) => e)).to.deep.equal({
      errMsg: 'chooseImage:fail parameter error: parameter.sourceType should be Array instead of String;',
    });
  });

  it('sends no request outside the page origin while compressing, in the page or in its worker', async () => {
    endWorkers();
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource' });
    const call = chooseImage({ sourceType: ['album'], sizeType: ['compressed'] });
    await pressSheetItem('Choose from Album');
    chooseFiles(await pickerInput(), await Promise.all(['Landscape_2.jpg', 'sample.png', 'lossy.webp'].map(fixtureFile)));
    expect((await call).tempFilePaths).to.have.length(3);
    const inWorker = await workerResourceURLs();
    observer.disconnect();
    const foreign = [...seen, ...requestedURLs(), ...inWorker].filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
  });

  it('leaves no temp file behind after 200 choose-and-release cycles', async () => {
    releaseAllTempFiles();
    const files = await Promise.all(['gen-1x1.png', 'noexif.jpg'].map(fixtureFile));
    for (let i = 0; i < 200; i++) {
      const call = chooseImage({ sourceType: ['album'], sizeType: ['original'] });
      await pressSheetItem('Choose from Album');
      chooseFiles(await pickerInput(), files);
      const { tempFilePaths } = await call;
      expect(tempFilePaths).to.have.length(2);
      for (const path of tempFilePaths) expect(releaseTempFile(path)).to.equal(true);
    }
    expect(tempFileCount()).to.equal(0);
  });
});
