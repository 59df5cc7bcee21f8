import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/image-chooser/define.js';
import type { WxImageChooser } from '../../components/image-chooser/image-chooser.js';
import { configure, resetConfig } from '../../src/index.js';
import { chooseFiles, fixtureFile, openSheet, pickerInput, waitFor } from '../intake/helpers.js';
import { chooserSuiteHooks, drop } from './image-chooser.helpers.js';

const button = (el: WxImageChooser) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!;
const statusOf = (el: WxImageChooser) => el.shadowRoot!.querySelector<HTMLElement>('[part=status]')!;
const errorOf = (el: WxImageChooser) => el.shadowRoot!.querySelector<HTMLElement>('[part=error]')!;

describe('<wx-image-chooser> states: failure, busy, progress, no camera', () => {
  const { devices } = chooserSuiteHooks();

  it('shows and announces a failure inside the element (role=alert), and a new choice clears it', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser size-type="original"></wx-image-chooser>`);
    let success = oneEvent(el, 'success');
    drop(el, [await fixtureFile('noexif.jpg')]);
    await success;
    await el.updateComplete;
    expect(statusOf(el).textContent).to.equal('Chosen: 1');

    const fail = oneEvent(el, 'fail');
    drop(el, [await fixtureFile('gen-text-named.jpg')]);
    expect((await fail).detail.errMsg).to.equal('chooseImage:fail invalid file type');
    await el.updateComplete;
    expect(errorOf(el).getAttribute('role')).to.equal('alert');
    expect(errorOf(el).textContent).to.equal('The chosen files are not images.');
    expect(errorOf(el).getClientRects().length, 'the failure is on screen').to.be.greaterThan(0);
    expect(statusOf(el).textContent, 'the old "Chosen: 1" is not left beside the failure').to.equal('');
    await expect(el).to.be.accessible();

    configure({ locale: 'zh-CN' });
    await el.updateComplete;
    expect(errorOf(el).textContent).to.equal('所选文件不是图片。');
    resetConfig();

    success = oneEvent(el, 'success');
    drop(el, [await fixtureFile('sample.png'), await fixtureFile('noexif.jpg')]);
    await success;
    await el.updateComplete;
    expect(errorOf(el).textContent).to.equal('');
    expect(statusOf(el).textContent).to.equal('Chosen: 2');
  });

  it('says nothing for a cancel: the person closed the picker themselves', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser source-type="album"></wx-image-chooser>`);
    const fail = oneEvent(el, 'fail');
    el.focus();
    await sendKeys({ press: 'Enter' });
    (await pickerInput()).dispatchEvent(new Event('cancel'));
    expect((await fail).detail.errMsg).to.equal('chooseImage:fail cancel');
    await el.updateComplete;
    expect(errorOf(el).textContent).to.equal('');
  });

  it('exposes busy on its trigger, keeps it focusable, and answers Enter while busy instead of ignoring it', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser source-type="album" size-type="original"></wx-image-chooser>`);
    el.focus();
    await sendKeys({ press: 'Enter' });
    const input = await pickerInput();
    await el.updateComplete;
    expect(el.busy).to.equal(true);
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(button(el).disabled, 'still focusable').to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await waitFor(() => statusOf(el).textContent, 'the busy notice');
    expect(statusOf(el).getAttribute('role')).to.equal('status');
    expect(statusOf(el).textContent).to.equal('Please wait: the images are still being prepared.');
    expect(document.querySelectorAll(`input[type=file]`).length, 'no second picker').to.equal(1);

    const success = oneEvent(el, 'success');
    chooseFiles(input, [await fixtureFile('noexif.jpg')]);
    await success;
    await el.updateComplete;
    expect(button(el).hasAttribute('aria-busy')).to.equal(false);
    expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
    expect(statusOf(el).textContent).to.equal('Chosen: 1');
  });

  it('marks a slotted trigger busy too, and gives it back unmarked', async () => {
    const el = await fixture<WxImageChooser>(
      html`<wx-image-chooser source-type="album"><button type="button">Add photos</button></wx-image-chooser>`,
    );
    const trigger = el.querySelector('button')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    const input = await pickerInput();
    await el.updateComplete;
    expect(trigger.getAttribute('aria-busy')).to.equal('true');
    expect(trigger.getAttribute('aria-disabled')).to.equal('true');
    const fail = oneEvent(el, 'fail');
    input.dispatchEvent(new Event('cancel'));
    await fail;
    await el.updateComplete;
    expect(trigger.hasAttribute('aria-busy')).to.equal(false);
    expect(trigger.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('announces compression progress in steps of 25 %, not per byte', async () => {
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser size-type="compressed"></wx-image-chooser>`);
    const said: string[] = [];
    const watcher = new MutationObserver(() => {
      const text = statusOf(el).textContent ?? '';
      if (text && said.at(-1) !== text) said.push(text);
    });
    watcher.observe(statusOf(el), { childList: true, characterData: true, subtree: true });
    const success = oneEvent(el, 'success');
    drop(el, await Promise.all(['Landscape_1.jpg', 'Landscape_2.jpg', 'noexif.jpg'].map(fixtureFile)));
    await success;
    await el.updateComplete;
    watcher.disconnect();
    const steps = said.filter((text) => text.startsWith('Compressing'));
    expect(steps.length).to.be.greaterThan(0);
    for (const text of steps) expect(text).to.match(/^Compressing… (0|25|50|75|100)%$/);
    expect(said.at(-1)).to.equal('Chosen: 3');
  });

  it('goes straight to the picker on a device without a camera (enumerateDevices lists no videoinput)', async () => {
    devices(['audioinput']);
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser></wx-image-chooser>`);
    el.focus();
    // A real key press: the call has user activation, which the picker needs.
    await sendKeys({ press: 'Enter' });
    const input = await pickerInput();
    expect(document.querySelector('wx-action-sheet'), 'no action sheet first').to.equal(null);
    const success = oneEvent(el, 'success');
    chooseFiles(input, [await fixtureFile('noexif.jpg')]);
    expect((await success).detail.tempFiles).to.have.length(1);
  });

  it('still asks with the sheet where there is a camera', async () => {
    devices(['videoinput']);
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser></wx-image-chooser>`);
    el.focus();
    const fail = oneEvent(el, 'fail');
    await sendKeys({ press: 'Enter' });
    (await openSheet()).cancel();
    expect((await fail).detail.errMsg).to.equal('chooseImage:fail cancel');
  });
});
