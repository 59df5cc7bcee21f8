import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../components/settings-sheet/define.js';
import type { WxSettingsSheet } from '../../components/settings-sheet/settings-sheet.js';
import { configure } from '../../src/index.js';
import { clickAt, forgetDecisions, part } from '../auth/helpers.js';

describe('<wx-settings-sheet>', () => {
  beforeEach(forgetDecisions);
  afterEach(forgetDecisions);

  it('shows a labelled switch per scope asked about and reports flips and the final setting', async () => {
    const el = await fixture<WxSettingsSheet>(html`<wx-settings-sheet .authSetting=${{ 'scope.writePhotosAlbum': true }}></wx-settings-sheet>`);
    const result = el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    const heading = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent).to.contain('Settings');
    expect(heading.textContent).to.contain(location.host);
    const toggle = part<HTMLInputElement>(el, 'switch');
    expect(toggle.checked).to.equal(true);
    await expect(el).to.be.accessible();

    const changed = oneEvent(el, 'change');
    await clickAt(toggle);
    expect((await changed).detail).to.deep.equal({ scope: 'scope.writePhotosAlbum', granted: false });
    await expect(el).to.be.accessible();

    const closed = oneEvent(el, 'close');
    await clickAt(part(el, 'done'));
    expect((await closed).detail).to.deep.equal({ authSetting: { 'scope.writePhotosAlbum': false } });
    expect(await result).to.deep.equal({ 'scope.writePhotosAlbum': false });
  });

  it('is reachable by keyboard: Tab moves from Done to the switch, Space flips it, Esc closes keeping it', async () => {
    const el = await fixture<WxSettingsSheet>(html`<wx-settings-sheet .authSetting=${{ 'scope.writePhotosAlbum': false }}></wx-settings-sheet>`);
    const result = el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'done'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'switch'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Escape' });
    expect(await result).to.deep.equal({ 'scope.writePhotosAlbum': true });
  });

  it('a tap on the backdrop works as Done', async () => {
    const el = await fixture<WxSettingsSheet>(html`<wx-settings-sheet .authSetting=${{ 'scope.writePhotosAlbum': false }}></wx-settings-sheet>`);
    const result = el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    await clickAt(part(el, 'switch'));
    await sendMouse({ type: 'click', position: [5, 5] });
    await resetMouse();
    expect(await result).to.deep.equal({ 'scope.writePhotosAlbum': true });
  });

  it('shows the empty state in the configured locale', async () => {
    configure({ locale: 'zh-CN' });
    const el = await fixture<WxSettingsSheet>(html`<wx-settings-sheet></wx-settings-sheet>`);
    const result = el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    expect(part(el, 'empty').textContent!.trim()).to.equal('该网站暂未申请任何权限');
    expect(part(el, 'done').textContent!.trim()).to.equal('完成');
    await expect(el).to.be.accessible();
    el.close();
    expect(await result).to.deep.equal({});
  });
});
