import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../components/action-sheet/define.js';
import '../../components/image-chooser/define.js';
import type { WxActionSheet } from '../../components/action-sheet/action-sheet.js';
import type { WxImageChooser } from '../../components/image-chooser/image-chooser.js';
import { configure, resetConfig, showActionSheet } from '../../src/index.js';
import { localeInUse } from '../../src/config.js';

const label = (el: WxImageChooser) => el.shadowRoot!.querySelector('[part=button]')!.textContent!.trim();
const base = (el: WxImageChooser) => el.shadowRoot!.querySelector('[part=base]')!;

/** Makes navigator.language say `tag` (and tells the page, as a browser does) until restored. */
function browserLanguage(tag: string): () => void {
  Object.defineProperty(navigator, 'language', { value: tag, configurable: true });
  dispatchEvent(new Event('languagechange'));
  return () => {
    delete (navigator as unknown as Record<string, unknown>).language;
    dispatchEvent(new Event('languagechange'));
  };
}

async function openSheet(): Promise<WxActionSheet> {
  await waitUntil(() => document.querySelector('wx-action-sheet')?.shadowRoot?.querySelector('dialog')?.open, 'no sheet');
  return document.querySelector('wx-action-sheet')!;
}

describe('locale: the page decides unless configure({ locale }) does', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
    resetConfig();
  });

  it('speaks Chinese on a <html lang="zh-CN"> page without any configuration', async () => {
    document.documentElement.lang = 'zh-CN';
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser></wx-image-chooser>`);
    expect(label(el)).to.equal('选择图片');
    expect(base(el).getAttribute('lang')).to.equal('zh-CN');
    expect(base(el).getAttribute('dir')).to.equal('ltr');
  });

  it('follows a change of <html lang> while on the page (and other Chinese tags map to zh-CN)', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser></wx-image-chooser>`);
    expect(label(el)).to.equal('Choose images');
    document.documentElement.lang = 'zh-Hans';
    await waitUntil(() => label(el) === '选择图片', 'the element did not follow <html lang>');
    expect(base(el).getAttribute('lang')).to.equal('zh-CN');
    document.documentElement.lang = 'en-GB';
    await waitUntil(() => label(el) === 'Choose images', 'the element did not follow <html lang> back');
    expect(base(el).getAttribute('lang')).to.equal('en');
  });

  it('without a usable <html lang>, follows navigator.language; else English', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<WxImageChooser>(html`<wx-image-chooser></wx-image-chooser>`);
    const restore = browserLanguage('zh-CN');
    try {
      expect(localeInUse()).to.equal('zh-CN');
      await waitUntil(() => label(el) === '选择图片', 'the element did not follow navigator.language');
    } finally {
      restore();
    }
    const english = browserLanguage('de-DE');
    try {
      expect(localeInUse()).to.equal('en');
      await waitUntil(() => label(el) === 'Choose images');
    } finally {
      english();
    }
  });

  it('configure({ locale }) wins over the page, and the overlays carry lang so Chinese is read as Chinese', async () => {
    document.documentElement.lang = 'en';
    configure({ locale: 'zh-CN' });
    const call = showActionSheet({ itemList: ['发送'] }).catch((e: { errMsg: string }) => e);
    const sheet = await openSheet();
    const dialog = sheet.shadowRoot!.querySelector('dialog')!;
    expect(dialog.getAttribute('lang')).to.equal('zh-CN');
    expect(dialog.getAttribute('dir')).to.equal('ltr');
    expect(sheet.shadowRoot!.querySelector('[part=cancel]')!.textContent!.trim()).to.equal('取消');
    document.documentElement.lang = 'en-US';
    await new Promise((r) => setTimeout(r, 50));
    expect(sheet.shadowRoot!.querySelector('[part=cancel]')!.textContent!.trim(), 'the configured locale stays').to.equal('取消');
    sheet.cancel();
    expect(((await call) as { errMsg: string }).errMsg).to.equal('showActionSheet:fail cancel');
  });

  it("showActionSheet's itemColor colours the actions, not Cancel", async () => {
    const call = showActionSheet({ itemList: ['Send', 'Report'], itemColor: '#c00000' }).catch((e) => e);
    const sheet = await openSheet();
    const items = [...sheet.shadowRoot!.querySelectorAll('[part=item]')];
    for (const item of items) expect(getComputedStyle(item).color).to.equal('rgb(192, 0, 0)');
    expect(getComputedStyle(sheet.shadowRoot!.querySelector('[part=cancel]')!).color).to.not.equal('rgb(192, 0, 0)');
    await expect(sheet).to.be.accessible();
    sheet.cancel();
    await call;
    const wrong = await showActionSheet({ itemList: ['Send'], itemColor: 5 as never }).catch((e: { errMsg: string }) => e);
    expect(wrong.errMsg).to.equal('showActionSheet:fail parameter error: parameter.itemColor should be String instead of Number;');
  });
});
