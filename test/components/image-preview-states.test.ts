import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { pressChord } from '../input.js';
import type { WxImagePreview } from '../../components/image-preview/image-preview.js';
import '../../components/image-preview/define.js';
import { configure, previewImage, resetConfig } from '../../src/index.js';
import { strings } from '../../src/config.js';
import { settingsKey } from '../../src/auth/settings-store.js';
import { memoryStorage } from '../auth/helpers.js';
import { button, closeAll, counterText, crossOrigin, currentImage, dialogOf, fullImage, image, sharedViewer } from './image-preview.helpers.js';

const PHOTOS = ['Landscape_0.jpg', 'Landscape_1.jpg', 'Landscape_2.jpg'].map(image);
const MISSING = image('missing-photo.jpg');

async function openViewer(urls: string[], alts: string[] = []): Promise<WxImagePreview> {
  const el = await fixture<WxImagePreview>(html`<wx-image-preview .urls=${urls} .alts=${alts}></wx-image-preview>`);
  const success = oneEvent(el, 'success');
  el.setAttribute('open', '');
  await success;
  await el.updateComplete;
  return el;
}

const toastOf = (el: WxImagePreview) => el.shadowRoot!.querySelector<HTMLElement>('[part=toast]')!;

/** Opens the menu from the keyboard (Shift+F10) and picks Save Image; resolves with the `save` event's errMsg. */
async function saveFromMenu(el: WxImagePreview): Promise<string> {
  await pressChord('Shift', 'F10');
  await waitUntil(() => document.querySelector('wx-action-sheet')?.shadowRoot?.querySelector('dialog')?.open, 'no menu opened');
  const saved = oneEvent(el, 'save');
  document.querySelector('wx-action-sheet')!.shadowRoot!.querySelector<HTMLButtonElement>('button[part=item]')!.click();
  return (await saved).detail.errMsg;
}

describe('<wx-image-preview> states: descriptions, failures, controls that cannot act, feedback', () => {
  afterEach(async () => {
    await closeAll();
    resetConfig();
  });

  it('describes images with alts (a kit extension of previewImage); "Image N of M" where none is given', async () => {
    await previewImage({ urls: PHOTOS, alts: ['A red barn in snow', ''] });
    const viewer = sharedViewer();
    expect((await fullImage(viewer)).alt).to.equal('A red barn in snow');
    await sendKeys({ press: 'ArrowRight' });
    await viewer.updateComplete;
    expect((await fullImage(viewer)).alt).to.equal('Image 2 of 3');
    await sendKeys({ press: 'ArrowRight' });
    expect((await fullImage(viewer)).alt, 'alts shorter than urls').to.equal('Image 3 of 3');
    await expect(viewer).to.be.accessible();
  });

  it('takes alts as a property of the element, and checks them as a parameter of the API', async () => {
    const el = await openViewer(PHOTOS, ['First', 'Second', 'Third']);
    expect((await fullImage(el)).alt).to.equal('First');
    const failure = await previewImage({ urls: PHOTOS, alts: [1] as never }).catch((e: { errMsg: string }) => e);
    expect(failure.errMsg).to.equal('previewImage:fail parameter error: parameter.alts should be Array of Strings instead of Array;');
  });

  it('announces an image that fails (in the counter status region) and disables Zoom and More on its tile', async () => {
    const el = await openViewer([MISSING, PHOTOS[0]]);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'no error tile');
    await el.updateComplete;
    const counter = el.shadowRoot!.querySelector('[part=counter]')!;
    expect(counter.getAttribute('role')).to.equal('status');
    expect(counterText(el)).to.contain('1 / 2');
    expect(counterText(el)).to.contain('This image could not be loaded');
    for (const name of [strings().zoomIn, strings().zoomOut, strings().moreActions]) expect(button(el, name).disabled, name).to.equal(true);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowRight' });
    await fullImage(el);
    await el.updateComplete;
    expect(counterText(el)).to.equal('2 / 2');
    expect(button(el, strings().zoomIn).disabled).to.equal(false);
    expect(button(el, strings().moreActions).disabled).to.equal(false);
    expect(button(el, strings().zoomOut).disabled, 'nothing to zoom out of yet').to.equal(true);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(button(el, strings().zoomOut).disabled).to.equal(false);
  });

  it('at the ends of the list, Previous / Next are disabled (out of the tab order) and focus stays in the viewer', async () => {
    const el = await openViewer(PHOTOS);
    const previous = button(el, strings().previous);
    const next = button(el, strings().next);
    expect(previous.disabled).to.equal(true);
    next.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(counterText(el)).to.equal('3 / 3');
    expect(next.disabled).to.equal(true);
    expect(previous.disabled).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'focus moved to a control that can act').to.equal(previous);
    await fullImage(el);
    await el.updateComplete;
    // Tab walks the viewer's controls in order (Zoom in, More, Close, Previous); the disabled Next is never reached.
    button(el, strings().zoomIn).focus();
    const reached: Element[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      if (el.shadowRoot!.activeElement) reached.push(el.shadowRoot!.activeElement);
    }
    expect(reached).to.deep.equal([button(el, strings().moreActions), button(el, strings().close), previous]);
    expect(reached.every((b) => !(b as HTMLButtonElement).disabled)).to.equal(true);
  });

  it('Save Image of another site that does not share its image says so in a toast, never silently', async () => {
    const el = await openViewer([crossOrigin(PHOTOS[0])]);
    expect(await saveFromMenu(el)).to.equal('saveImageToPhotosAlbum:fail url not in domain list');
    await el.updateComplete;
    const toast = toastOf(el);
    expect(toast.getAttribute('role')).to.equal('status');
    expect(toast.textContent).to.equal('This image cannot be saved: its site does not allow it');
    expect(toast.getClientRects().length, 'visible').to.be.greaterThan(0);
    expect(dialogOf(el).contains(toast), 'inside the modal viewer, not behind it').to.equal(true);
  });

  it('Save Image of an image whose bytes the page may read saves it and says so', async () => {
    configure({
      storage: memoryStorage({ [settingsKey()]: JSON.stringify({ 'scope.writePhotosAlbum': true }) }),
    });
    const downloads: string[] = [];
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) {
        event.preventDefault();
        downloads.push(event.target.download);
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      const el = await openViewer([PHOTOS[0]]);
      expect(await saveFromMenu(el)).to.equal('saveImageToPhotosAlbum:ok');
      await el.updateComplete;
      expect(toastOf(el).textContent).to.equal('Image saved');
      expect(downloads).to.deep.equal(['Landscape_0.jpg']);
    } finally {
      document.removeEventListener('click', onClick, true);
    }
  });

  it('speaks the locale in use, with lang and dir on its dialog', async () => {
    configure({ locale: 'zh-CN' });
    const el = await openViewer(PHOTOS);
    expect(dialogOf(el).getAttribute('lang')).to.equal('zh-CN');
    expect(dialogOf(el).getAttribute('dir')).to.equal('ltr');
    expect(dialogOf(el).getAttribute('aria-label')).to.equal('图片预览');
    expect(currentImage(el)?.alt ?? (await fullImage(el)).alt).to.equal('第 1 张，共 3 张');
  });
});
