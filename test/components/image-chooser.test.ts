import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../components/image-chooser/define.js';
import type { WxImageChooser } from '../../components/image-chooser/image-chooser.js';
import type { WxActionSheet } from '../../components/action-sheet/action-sheet.js';
import { configure, getImageInfo, getTempFile, wx } from '../../src/index.js';
import { itIn } from '../engine.js';
import { pressChord } from '../input.js';
import { chooserSuiteHooks, drop } from './image-chooser.helpers.js';
import { chooseFiles, fixtureFile, openSheet, pickerInput, pressSheetItem, recordNotices, sheetLabels, waitFor } from '../intake/helpers.js';

function defaultButton(el: WxImageChooser): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!;
}

/**
 * Puts an image on the system clipboard the way a page can: navigator.clipboard.write inside a
 * real click (the clipboard needs user activation).
 */
async function copyImageToClipboard(blob: Blob): Promise<void> {
  const copy = document.createElement('button');
  copy.textContent = 'Copy';
  copy.style.cssText = 'position:fixed;left:0;top:0;width:80px;height:40px';
  document.body.append(copy);
  const written = new Promise<void>((resolve, reject) =>
    copy.addEventListener('click', () => navigator.clipboard.write([new ClipboardItem({ [blob.type]: blob })]).then(resolve, reject), { once: true }),
  );
  await sendMouse({ type: 'click', position: [40, 20] });
  await written;
  copy.remove();
}

/**
 * The sheet a key press on `el` opened; failing that, what happened (seen in WebKit in runs of
 * several chooser files only): the key events the element saw, its state, the device list.
 */
function sheetOrWhy(el: WxImageChooser): () => Promise<WxActionSheet> {
  const events: string[] = [];
  for (const type of ['keydown', 'keyup', 'fail', 'success']) el.addEventListener(type, (e) => events.push(`${type}:${(e as CustomEvent).detail?.errMsg ?? (e as KeyboardEvent).key}`));
  return () =>
    openSheet().catch(async (error: Error) => {
      const devices = (await navigator.mediaDevices.enumerateDevices()).map((d) => d.kind);
      const picker = !!document.querySelector('input[type=file]');
      throw new Error(`${error.message}: ${JSON.stringify({ events, busy: el.busy, activation: navigator.userActivation?.isActive, devices, stubbed: Object.hasOwn(navigator.mediaDevices, 'enumerateDevices'), picker })}`);
    });
}

describe('<wx-image-chooser>', () => {
  const { devices } = chooserSuiteHooks();

  it('renders a default, accessible trigger with the drop hint', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser></wx-image-chooser>`);
    expect(defaultButton(el).textContent!.trim()).to.equal('Choose images');
    expect(el.shadowRoot!.querySelector('[part=hint]')!.textContent).to.equal('or drop images here');
    await expect(el).to.be.accessible();
    configure({ locale: 'zh-CN' });
    await el.updateComplete;
    expect(defaultButton(el).textContent!.trim()).to.equal('选择图片');
  });

  it('runs chooseImage on click with its attributes and re-dispatches the result', async () => {
    const el = await fixture<WxImageChooser>(
      html`<wx-image-chooser count="2" size-type="original" source-type="album"></wx-image-chooser>`,
    );
    const success = oneEvent(el, 'success');
    const complete = oneEvent(el, 'complete');
    defaultButton(el).click();
    await pressSheetItem('Choose from Album');
    const input = await pickerInput();
    expect(input.multiple).to.equal(true);
    const files = await Promise.all(['Landscape_1.jpg', 'noexif.jpg', 'sample.png'].map(fixtureFile));
    chooseFiles(input, files);
    const { detail } = await success;
    expect(detail.errMsg).to.equal('chooseImage:ok');
    expect(detail.tempFiles.map((f: { size: number }) => f.size)).to.deep.equal([files[0].size, files[1].size]);
    expect((await complete).detail).to.equal(detail);
    expect(el.chosen).to.deep.equal(detail.tempFiles);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Chosen: 2');
    await expect(el).to.be.accessible();
  });

  it('opens the source sheet from the keyboard (Enter and Space) and fails with cancel on Esc', async () => {
    devices(['videoinput']);
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser></wx-image-chooser>`);
    for (const key of ['Enter', ' ']) {
      el.focus();
      const fail = oneEvent(el, 'fail');
      const sheetOpened = sheetOrWhy(el);
      await sendKeys({ press: key });
      const sheet = await sheetOpened();
      await expect(sheet).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      expect((await fail).detail).to.deep.equal({ errMsg: 'chooseImage:fail cancel' });
      await waitFor(() => !el.busy, 'the element to be idle');
    }
  });

  it('uses a slotted button as the trigger', async () => {
    devices(['videoinput']);
    const el = await fixture<WxImageChooser>(
      html`<wx-image-chooser size-type="original"><button type="button">Add photos</button></wx-image-chooser>`,
    );
    await el.updateComplete;
    expect(el.hasAttribute('tabindex'), 'the slotted button takes focus itself').to.equal(false);
    const success = oneEvent(el, 'success');
    el.querySelector('button')!.click();
    await pressSheetItem('Choose from Album');
    chooseFiles(await pickerInput(), [await fixtureFile('noexif.jpg')]);
    expect((await success).detail.tempFiles).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('becomes the button itself around a plain slotted trigger (an image), Space included', async () => {
    devices(['videoinput']);
    const el = await fixture<WxImageChooser>(
      html`<wx-image-chooser source-type="album camera"><span>Add a photo</span></wx-image-chooser>`,
    );
    await el.updateComplete;
    expect(el.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
    el.focus();
    expect(document.activeElement).to.equal(el);
    const fail = oneEvent(el, 'fail');
    const sheetOpened = sheetOrWhy(el);
    await sendKeys({ press: ' ' });
    const sheet = await sheetOpened();
    sheet.cancel();
    expect((await fail).detail.errMsg).to.equal('chooseImage:fail cancel');
  });

  it('takes dropped images through the same intake: bytes checked, count kept, compressed', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser count="2" size-type="compressed"></wx-image-chooser>`);
    const progress: Array<{ loaded: number; total: number }> = [];
    el.addEventListener('progress', (e) => progress.push(e.detail));
    const success = oneEvent(el, 'success');
    const notices = recordNotices();
    const big = await fixtureFile('Landscape_1.jpg');
    const small = await fixtureFile('very-large.jpg');
    drop(el, [await fixtureFile('gen-text-named.jpg'), big, small, await fixtureFile('sample.png')]);
    const { detail } = await success;
    expect(detail.errMsg).to.equal('chooseImage:ok');
    expect(detail.tempFiles).to.have.length(2);
    expect(detail.tempFiles[0].size).to.be.lessThan(big.size);
    const second = getTempFile(detail.tempFilePaths[1])!;
    const bitmap = await createImageBitmap(second);
    expect(Math.max(bitmap.width, bitmap.height)).to.equal(1920);
    bitmap.close();
    expect(progress.at(-1)).to.deep.equal({ loaded: big.size + small.size, total: big.size + small.size });
    await waitFor(() => notices.texts.length > 0, 'the notice');
    notices.stop();
    expect(notices.texts).to.deep.equal(['You can choose up to 2 images']);
  });

  it('takes its options as properties too, as frameworks set them (a string count, an array of size types)', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser .count=${'2' as never} .sizeType=${['original']}></wx-image-chooser>`);
    const success = oneEvent(el, 'success');
    const files = await Promise.all(['noexif.jpg', 'sample.png', 'sample.gif'].map(fixtureFile));
    drop(el, files);
    const { detail } = await success;
    expect(detail.tempFiles.map((f: { size: number }) => f.size)).to.deep.equal([files[0].size, files[1].size]);
  });

  it('fails a drop of no images with "invalid file type"', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser></wx-image-chooser>`);
    const fail = oneEvent(el, 'fail');
    drop(el, [await fixtureFile('gen-html-named.png'), await fixtureFile('gen-empty.jpg')]);
    expect((await fail).detail).to.deep.equal({ errMsg: 'chooseImage:fail invalid file type' });
  });

  // Firefox and WebKit deliver `paste` only to editable fields, and Firefox gives no file for an
  // image the page wrote to the clipboard: pasting onto a focused button is Chromium's alone.
  itIn(['chromium'], 'takes images pasted while it has focus (Chromium only: other engines paste only into editable fields)', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser size-type="original"></wx-image-chooser>`);
    const png = await fixtureFile('sample.png');
    await copyImageToClipboard(png);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(defaultButton(el));
    const success = oneEvent(el, 'success');
    await pressChord('Control', 'v');
    const { detail } = await success;
    const pasted = getTempFile(detail.tempFilePaths[0])!;
    expect(pasted.type).to.equal('image/png');
    const info = await getImageInfo({ src: detail.tempFilePaths[0] });
    const original = await getImageInfo({ src: '/test/fixtures/images/sample.png' });
    expect([info.width, info.height]).to.deep.equal([original.width, original.height]);
  });

  it('submits the chosen files with its form under its name; reset clears; required blocks submission', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><wx-image-chooser name="photos" required size-type="original"></wx-image-chooser><button>Send</button></form>`,
    );
    const el = form.querySelector('wx-image-chooser')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Please choose an image.');
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    expect(submitted, 'an invalid form is not submitted').to.equal(0);

    const files = await Promise.all(['noexif.jpg', 'sample.gif'].map(fixtureFile));
    const changed = oneEvent(el, 'change');
    drop(el, files);
    await changed;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    const sent = new FormData(form).getAll('photos') as File[];
    expect(sent.map((f) => [f.name, f.size])).to.deep.equal(files.map((f) => [f.name, f.size]));
    form.requestSubmit();
    expect(submitted).to.equal(1);

    form.reset();
    await el.updateComplete;
    expect(new FormData(form).getAll('photos')).to.deep.equal([]);
    expect(el.chosen).to.deep.equal([]);
    expect(form.checkValidity()).to.equal(false);
  });

  it('does nothing while disabled', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser disabled></wx-image-chooser>`);
    expect(defaultButton(el).disabled).to.equal(true);
    el.choose();
    drop(el, [await fixtureFile('noexif.jpg')]);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.busy).to.equal(false);
    expect(document.querySelector('wx-action-sheet')).to.equal(null);
  });

  it('asks and answers as wx.chooseImage does with the same options: sheet, picker, result', async () => {
    devices(['videoinput']);
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser count="1" size-type="original"></wx-image-chooser>`);
    const file = await fixtureFile('noexif.jpg');
    const run = async (start: () => Promise<{ errMsg: string; tempFilePaths: string[]; tempFiles: Array<{ size: number }> }>) => {
      const result = start();
      const labels = sheetLabels(await openSheet());
      await pressSheetItem('Choose from Album');
      const input = await pickerInput();
      const multiple = input.multiple;
      chooseFiles(input, [file]);
      const { errMsg, tempFilePaths, tempFiles } = await result;
      return { labels, multiple, errMsg, sizes: tempFiles.map((f) => f.size), untouched: tempFilePaths.map((path) => getTempFile(path) === file) };
    };
    const fromElement = await run(async () => {
      const success = oneEvent(el, 'success');
      el.choose();
      return (await success).detail;
    });
    const fromWx = await run(() => wx.chooseImage({ count: 1, sizeType: ['original'] }));
    expect(fromWx).to.deep.equal({ labels: ['Take Photo', 'Choose from Album'], multiple: false, errMsg: 'chooseImage:ok', sizes: [file.size], untouched: [true] });
    expect(fromElement).to.deep.equal(fromWx);
  });
});
