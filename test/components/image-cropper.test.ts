import { expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CropImageResult, WxImageCropper } from '../../components/image-cropper/image-cropper.js';
import type { FailResult } from '../../src/contract/types.js';
import { createTempPath, getTempFile, releaseAllTempFiles } from '../../src/files/temp-store.js';
import { fixture, middleOf, openCropper, partOf, picture } from '../apis/crop-image.helpers.js';

/** Records the contract events an element dispatches. */
function record(el: WxImageCropper): string[] {
  const events: string[] = [];
  for (const type of ['success', 'fail', 'complete']) {
    el.addEventListener(type, (e) => events.push(`${type} ${(e as CustomEvent<{ errMsg: string }>).detail.errMsg}`));
  }
  return events;
}

function completed(el: WxImageCropper): Promise<CustomEvent<CropImageResult | FailResult>> {
  return oneEvent(el, 'complete') as Promise<CustomEvent<CropImageResult | FailResult>>;
}

function defaultButton(el: WxImageCropper): HTMLButtonElement {
  return el.shadowRoot!.querySelector('[part=button]')!;
}

describe('<wx-image-cropper>', () => {
  let landscape: string; // 1800×1200
  before(async () => {
    landscape = createTempPath(await fixture('Landscape_1.jpg'), 'jpg');
  });
  after(() => releaseAllTempFiles());
  afterEach(() => document.querySelectorAll('wx-crop-dialog').forEach((el) => el.remove()));

  it('a click on its button crops src at crop-scale; Enter confirms; success carries the temp path', async () => {
    const el = await render<WxImageCropper>(html`<wx-image-cropper src=${landscape} crop-scale="4:3"></wx-image-cropper>`);
    const events = record(el);
    await expect(el).to.be.accessible();
    const success = oneEvent(el, 'success') as Promise<CustomEvent<CropImageResult>>;
    await sendMouse({ type: 'click', position: middleOf(defaultButton(el)) });
    await openCropper();
    expect(el.busy).to.equal(true);
    await sendKeys({ press: 'Enter' });
    const { detail } = await success;
    await el.updateComplete;
    expect(detail.errMsg).to.equal('cropImage:ok');
    expect(el.tempFilePath).to.equal(detail.tempFilePath);
    expect(getTempFile(detail.tempFilePath)).to.be.instanceOf(Blob);
    const out = await picture(detail.tempFilePath);
    expect([out.width, out.height]).to.deep.equal([1600, 1200]);
    expect(events).to.deep.equal(['success cropImage:ok', 'complete cropImage:ok']);
    expect(el.busy).to.equal(false);
  });

  it('from the keyboard: Enter on its button opens the cropper, Escape fails with cancel and focus comes back to the button', async () => {
    const el = await render<WxImageCropper>(html`<wx-image-cropper src=${landscape}></wx-image-cropper>`);
    const events = record(el);
    defaultButton(el).focus();
    const done = completed(el);
    await sendKeys({ press: 'Enter' });
    const cropper = await openCropper();
    expect(cropper.shadowRoot!.activeElement).to.equal(partOf(cropper, 'frame'));
    await sendKeys({ press: 'Escape' });
    expect((await done).detail).to.deep.equal({ errMsg: 'cropImage:fail cancel' });
    expect(events).to.deep.equal(['fail cropImage:fail cancel', 'complete cropImage:fail cancel']);
    expect(el.shadowRoot!.activeElement).to.equal(defaultButton(el));
    expect(el.tempFilePath).to.equal('');
  });

  it('uses a slotted button as the trigger', async () => {
    const el = await render<WxImageCropper>(html`<wx-image-cropper src=${landscape} crop-scale="16:9"><button>Edit avatar</button></wx-image-cropper>`);
    const done = completed(el);
    await sendMouse({ type: 'click', position: middleOf(el.querySelector('button')!) });
    await openCropper();
    await sendKeys({ press: 'Enter' });
    const { detail } = await done;
    expect(detail.errMsg).to.equal('cropImage:ok');
    const out = await picture((detail as CropImageResult).tempFilePath);
    expect([out.width, out.height]).to.deep.equal([1800, 1013]);
    expect(el.hasAttribute('tabindex'), 'the slotted button takes focus itself').to.equal(false);
  });

  it('becomes the button itself around a plain slotted trigger (an image), Space included', async () => {
    const el = await render<WxImageCropper>(html`<wx-image-cropper src=${landscape}><img src=${landscape} alt="Avatar" width="60" height="40" /></wx-image-cropper>`);
    await el.updateComplete;
    expect(el.getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
    el.focus();
    const done = completed(el);
    await sendKeys({ press: ' ' });
    await openCropper();
    await sendKeys({ press: 'Escape' });
    expect((await done).detail.errMsg).to.equal('cropImage:fail cancel');
    expect(document.activeElement).to.equal(el);
  });

  it('re-dispatches a parameter error as fail (a crop-scale not in the list) and opens nothing', async () => {
    const el = await render<WxImageCropper>(html`<wx-image-cropper src=${landscape} crop-scale="2:1"></wx-image-cropper>`);
    const events = record(el);
    const done = completed(el);
    el.crop();
    await done;
    expect(events[0]).to.match(/^fail cropImage:fail parameter error: parameter\.cropScale should be/);
    expect(events[1]).to.match(/^complete cropImage:fail parameter error/);
    expect(document.querySelector('wx-crop-dialog')).to.equal(null);
  });

  it('does nothing while disabled, and one crop at a time', async () => {
    const el = await render<WxImageCropper>(html`<wx-image-cropper src=${landscape} disabled></wx-image-cropper>`);
    el.crop();
    await new Promise((r) => setTimeout(r, 100));
    expect(document.querySelector('wx-crop-dialog')).to.equal(null);
    el.disabled = false;
    const done = completed(el);
    el.crop();
    await openCropper();
    el.crop();
    await new Promise((r) => setTimeout(r, 100));
    expect(document.querySelectorAll('wx-crop-dialog').length).to.equal(1);
    await sendKeys({ press: 'Escape' });
    await done;
  });
});
