import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { openActionSheet } from '../../components/action-sheet/open.js';
import type { WxActionSheet } from '../../components/action-sheet/action-sheet.js';
import { chooseImage, configure, resetConfig, showActionSheet } from '../../src/index.js';
import { openSheet as waitForSheet } from '../intake/helpers.js';
import { listDevices } from './devices.js';

function openSheet(): WxActionSheet {
  const sheet = document.querySelector('wx-action-sheet');
  if (!sheet) throw new Error('no sheet open');
  return sheet;
}

describe('<wx-action-sheet> and wx.showActionSheet', () => {
  afterEach(() => {
    // A test that failed half-way leaves no sheet for the next one to find.
    document.querySelectorAll('wx-action-sheet').forEach((sheet) => sheet.cancel());
    resetConfig();
  });

  it('is an accessible modal dialog that takes focus and gives it back', async () => {
    const trigger = document.createElement('button');
    trigger.textContent = 'open';
    document.body.append(trigger);
    trigger.focus();
    const choice = openActionSheet({ heading: 'Pick one', items: [{ label: 'First' }, { label: 'Second' }] });
    await waitForSheet(); // its module loads on first use (src/ui/overlays.ts)
    const sheet = openSheet();
    const dialog = sheet.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal('Pick one');
    expect(sheet.shadowRoot!.activeElement?.textContent?.trim()).to.equal('First');
    await expect(sheet).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(await choice).to.equal(1);
    expect(document.querySelector('wx-action-sheet')).to.equal(null);
    expect(document.activeElement).to.equal(trigger);
    trigger.remove();
  });

  it('resolves tapIndex through the contract when an item is pressed', async () => {
    const call = showActionSheet({ itemList: ['A', 'B', 'C'] });
    await waitForSheet();
    const buttons = openSheet().shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=item]');
    expect([...buttons].map((b) => b.textContent!.trim())).to.deep.equal(['A', 'B', 'C']);
    buttons[2].click();
    expect(await call).to.deep.equal({ tapIndex: 2, errMsg: 'showActionSheet:ok' });
  });

  it('fails with "cancel" on Esc', async () => {
    const call = showActionSheet({ itemList: ['A'] }).catch((e) => e);
    await waitForSheet();
    await sendKeys({ press: 'Escape' });
    expect(await call).to.deep.equal({ errMsg: 'showActionSheet:fail cancel' });
  });

  it('fails with "cancel" on the Cancel button', async () => {
    const call = showActionSheet({ itemList: ['A'] }).catch((e) => e);
    await waitForSheet();
    openSheet().shadowRoot!.querySelector<HTMLButtonElement>('button[part=cancel]')!.click();
    expect((await call).errMsg).to.equal('showActionSheet:fail cancel');
  });

  it('checks itemList like the Mini App', async () => {
    const failure = await showActionSheet({ itemList: [] }).catch((e) => e);
    expect(failure.errMsg).to.equal(
      'showActionSheet:fail parameter error: parameter.itemList should be Array of 1 to 6 Strings instead of empty Array;',
    );
  });

  it('fails with "cancel" on a tap on the backdrop', async () => {
    const call = showActionSheet({ itemList: ['A'] }).catch((e) => e);
    await waitForSheet();
    await sendMouse({ type: 'click', position: [5, 5] });
    await resetMouse();
    expect(await call).to.deep.equal({ errMsg: 'showActionSheet:fail cancel' });
  });

  it('is named "Actions" in the locale when it has neither heading nor label', async () => {
    const call = showActionSheet({ itemList: ['A'] }).catch((e) => e);
    await waitForSheet();
    expect(openSheet().shadowRoot!.querySelector('dialog')!.getAttribute('aria-label')).to.equal('Actions');
    configure({ locale: 'zh-CN' });
    await openSheet().updateComplete;
    expect(openSheet().shadowRoot!.querySelector('dialog')!.getAttribute('aria-label')).to.equal('操作');
    await expect(openSheet()).to.be.accessible();
    openSheet().cancel();
    expect((await call).errMsg).to.equal('showActionSheet:fail cancel');
  });

  it("chooseImage's sheet is named after what it asks", async () => {
    const restore = listDevices(['videoinput']);
    try {
      const call = chooseImage({}).catch((e) => e);
      await waitForSheet();
      expect(openSheet().shadowRoot!.querySelector('dialog')!.getAttribute('aria-label')).to.equal('Choose an image');
      openSheet().cancel();
      expect((await call).errMsg).to.equal('chooseImage:fail cancel');
    } finally {
      restore();
    }
  });
});
