import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { mouseSeenAt } from '../input.js';
import { waitUntil } from '../wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../components/consent-dialog/define.js';
import type { WxConsentDialog } from '../../components/consent-dialog/consent-dialog.js';
import { openConsentDialog } from '../../components/consent-dialog/open.js';
import { authorize, configure, getSetting } from '../../src/index.js';
import { clickAt, consentDialog, forgetDecisions, part } from '../auth/helpers.js';

describe('<wx-consent-dialog>', () => {
  beforeEach(forgetDecisions);
  afterEach(forgetDecisions);

  it('is a labelled, described modal dialog that takes focus and gives it back', async () => {
    const trigger = await fixture<HTMLButtonElement>(html`<button type="button">Save</button>`);
    trigger.focus();
    const answer = openConsentDialog({ scope: 'scope.writePhotosAlbum' });
    const host = await consentDialog();
    const dialog = host.shadowRoot!.querySelector('dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    const title = host.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    const description = host.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(title.textContent!.trim()).to.equal(`${location.host} asks for permission`);
    expect(description.textContent!.trim()).to.equal('Save images to your device');
    expect(host.shadowRoot!.activeElement).to.equal(part(host, 'deny'));
    await expect(host).to.be.accessible();
    await clickAt(part(host, 'allow'));
    expect(await answer).to.equal('allow');
    expect(document.activeElement).to.equal(trigger);
    expect(document.querySelector('wx-consent-dialog')).to.equal(null);
  });

  it('emits close with the decision', async () => {
    const el = await fixture<WxConsentDialog>(html`<wx-consent-dialog site="photos.example"></wx-consent-dialog>`);
    const answer = el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    expect(part(el, 'title').textContent!.trim()).to.equal('photos.example asks for permission');
    const closed = oneEvent(el, 'close');
    await clickAt(part(el, 'deny'));
    expect((await closed).detail).to.deep.equal({ decision: 'deny' });
    expect(await answer).to.equal('deny');
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  it('a tap on the backdrop is no answer: the dialog stays open', async () => {
    const el = await fixture<WxConsentDialog>(html`<wx-consent-dialog></wx-consent-dialog>`);
    let settled = false;
    const answer = el.show().then((decision) => ((settled = true), decision));
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    await sendMouse({ type: 'click', position: [5, 5] });
    // The click handled: a later move reached the page.
    await mouseSeenAt([6, 6]);
    await resetMouse();
    expect(settled).to.equal(false);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    await clickAt(part(el, 'allow'));
    expect(await answer).to.equal('allow');
  });

  it('Esc answers Deny', async () => {
    const el = await fixture<WxConsentDialog>(html`<wx-consent-dialog></wx-consent-dialog>`);
    const answer = el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.equal('deny');
  });

  it('speaks the configured locale', async () => {
    configure({ locale: 'zh-CN' });
    const el = await fixture<WxConsentDialog>(html`<wx-consent-dialog site="tu.example"></wx-consent-dialog>`);
    expect(part(el, 'title').textContent!.trim()).to.equal('tu.example 申请获得以下权限');
    expect(part(el, 'description').textContent!.trim()).to.equal('保存图片到你的设备');
    expect([part(el, 'deny').textContent!.trim(), part(el, 'allow').textContent!.trim()]).to.deep.equal(['拒绝', '允许']);
    const answer = el.show();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.open);
    await expect(el).to.be.accessible();
    el.close('allow');
    expect(await answer).to.equal('allow');
  });

  it('a dialog removed without an answer denies this call and remembers nothing', async () => {
    const call = authorize({ scope: 'scope.writePhotosAlbum' }).catch((failure) => failure);
    (await consentDialog()).remove();
    expect(await call).to.deep.equal({ errMsg: 'authorize:fail auth deny' });
    expect(await getSetting()).to.deep.equal({ authSetting: {}, errMsg: 'getSetting:ok' });
  });

  it('an aborted signal closes it without an answer', async () => {
    const controller = new AbortController();
    const answer = openConsentDialog({ scope: 'scope.writePhotosAlbum', signal: controller.signal });
    await consentDialog();
    controller.abort();
    expect(await answer).to.equal(null);
    expect(document.querySelector('wx-consent-dialog')).to.equal(null);
  });
});
