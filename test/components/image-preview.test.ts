import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { WxImagePreview } from '../../components/image-preview/image-preview.js';
import '../../components/image-preview/define.js';
import { configure, resetConfig, tempFileCount } from '../../src/index.js';
import { strings } from '../../src/config.js';
import { settingsKey } from '../../src/auth/settings-store.js';
import { memoryStorage } from '../auth/helpers.js';
import {
  button,
  closeAll,
  counterText,
  currentSlide,
  fullImage,
  shownImage,
  dialogOf,
  image,
  middleOf,
  afterTimersOf,
} from './image-preview.helpers.js';
import { DOUBLE_TAP_MS } from '../../src/viewer/gesture-host.js';
import { itIn } from '../engine.js';
import { doubleClick, dragMouse, holdPointer, mouseSeenAt, pressChord } from '../input.js';

const PHOTOS = ['Landscape_0.jpg', 'Landscape_1.jpg', 'Landscape_2.jpg'].map(image);

/** Resolves once the page has seen `key` come up (every key sent before it was handled too). */
function keyUp(key: string): () => boolean {
  let seen = false;
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== key) return;
    seen = true;
    window.removeEventListener('keyup', onKeyUp, true);
  };
  window.addEventListener('keyup', onKeyUp, true);
  return () => seen;
}

/** A declarative viewer, opened by its `open` attribute; resolves after its success event. */
async function openViewer(urls = PHOTOS, attributes: { current?: string; showmenu?: string } = {}): Promise<WxImagePreview> {
  const el = await fixture<WxImagePreview>(html`<wx-image-preview .urls=${urls} current=${attributes.current ?? ''} showmenu=${attributes.showmenu ?? 'true'}></wx-image-preview>`);
  const success = oneEvent(el, 'success');
  el.setAttribute('open', '');
  await success;
  return el;
}

function stageOf(el: WxImagePreview): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=stage]')!;
}

/** The scale in the current image's transform (1 when it has none). */
function imageScale(el: WxImagePreview): number {
  const transform = shownImage(el)!.style.transform;
  const match = /scale\(([\d.]+)\)/.exec(transform);
  return match ? Number(match[1]) : 1;
}

/** The pan in the current image's transform, px (0, 0 when it has none). */
function imageOffset(el: WxImagePreview): { x: number; y: number } {
  const match = /translate3d\((-?[\d.]+)px, (-?[\d.]+)px/.exec(shownImage(el)!.style.transform);
  return match ? { x: Number(match[1]), y: Number(match[2]) } : { x: 0, y: 0 };
}

/** How far the current image may move from the centre at its scale without showing a gap. */
function panBoundsOf(el: WxImagePreview): { x: number; y: number } {
  const stage = stageOf(el).getBoundingClientRect();
  const img = shownImage(el)!;
  const [width, height] = img instanceof HTMLImageElement ? [img.naturalWidth, img.naturalHeight] : [img.width, img.height];
  const fit = Math.min(stage.width / width, stage.height / height);
  const scale = imageScale(el);
  return { x: Math.max(0, (width * fit * scale - stage.width) / 2), y: Math.max(0, (height * fit * scale - stage.height) / 2) };
}

/** The action sheet the menu opened, once it is open. */
async function openSheet() {
  await waitUntil(() => document.querySelector('wx-action-sheet')?.shadowRoot?.querySelector('dialog')?.open, 'no menu opened');
  return document.querySelector('wx-action-sheet')!;
}

function sheetLabels(sheet: Element): string[] {
  return [...sheet.shadowRoot!.querySelectorAll('button[part=item]')].map((b) => b.textContent!.trim());
}

function fakeShare(share: (data?: ShareData) => Promise<void>) {
  Object.defineProperty(navigator, 'canShare', { value: (data?: ShareData) => !!data?.files?.length, configurable: true, writable: true });
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).canShare;
    delete (navigator as unknown as Record<string, unknown>).share;
  };
}

describe('<wx-image-preview>', () => {
  /** A control of the page behind the viewer, for the tests that need one. */
  let trigger: HTMLElement | undefined;

  afterEach(async () => {
    await resetMouse();
    await closeAll();
    resetConfig();
    trigger?.remove();
    trigger = undefined;
  });

  it('opens from the open attribute as an accessible modal dialog, and re-dispatches success/complete', async () => {
    const el = await fixture<WxImagePreview>(html`<wx-image-preview .urls=${PHOTOS} current=${PHOTOS[2]}></wx-image-preview>`);
    const events: string[] = [];
    el.addEventListener('success', (e) => events.push(`success ${e.detail.errMsg}`));
    el.addEventListener('complete', (e) => events.push(`complete ${e.detail.errMsg}`));
    const complete = oneEvent(el, 'complete');
    el.open = true;
    await complete;
    expect(events).to.deep.equal(['success previewImage:ok', 'complete previewImage:ok']);
    const dialog = dialogOf(el);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal(strings().previewLabel);
    expect(counterText(el)).to.equal('3 / 3');
    const counter = el.shadowRoot!.querySelector('[part=counter]')!;
    expect(counter.getAttribute('aria-live')).to.equal('polite');
    expect((await fullImage(el)).alt).to.equal('Image 3 of 3');
    for (const name of [strings().close, strings().previous, strings().next]) expect(button(el, name).localName).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('show() and close(): close fires once, the open attribute follows', async () => {
    const el = await fixture<WxImagePreview>(html`<wx-image-preview .urls=${PHOTOS}></wx-image-preview>`);
    await el.show();
    expect(el.hasAttribute('open')).to.equal(true);
    let closes = 0;
    el.addEventListener('close', () => closes++);
    el.close();
    el.close();
    await el.updateComplete;
    expect(closes).to.equal(1);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(dialogOf(el).open).to.equal(false);
    // Removing the attribute closes too.
    await el.show();
    el.removeAttribute('open');
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
  });

  it('fires fail with the parameter error when urls is empty, and stays closed', async () => {
    const el = await fixture<WxImagePreview>(html`<wx-image-preview></wx-image-preview>`);
    const fail = oneEvent(el, 'fail');
    el.setAttribute('open', '');
    const { detail } = await fail;
    expect(detail.errMsg).to.equal('previewImage:fail parameter error: parameter.urls should be non-empty Array of Strings instead of empty Array;');
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(dialogOf(el).open).to.equal(false);
  });

  it('moves with the real Next and Previous buttons and reports change', async () => {
    const el = await openViewer();
    const changes: Array<{ index: number; url: string }> = [];
    el.addEventListener('change', (e) => changes.push(e.detail));
    await sendMouse({ type: 'click', position: middleOf(button(el, strings().next)) });
    await sendMouse({ type: 'click', position: middleOf(button(el, strings().next)) });
    expect(counterText(el)).to.equal('3 / 3');
    // At the end Next cannot act: disabled, so out of the tab order, and focus is not lost.
    expect(button(el, strings().next).disabled).to.equal(true);
    await sendMouse({ type: 'click', position: middleOf(button(el, strings().previous)) });
    expect(changes).to.deep.equal([
      { index: 1, url: PHOTOS[1] },
      { index: 2, url: PHOTOS[2] },
      { index: 1, url: PHOTOS[1] },
    ]);
  });

  it('swipes to the next image with a real mouse drag', async () => {
    const el = await openViewer();
    const change = oneEvent(el, 'change');
    // 450 px: past half the width, so the distance alone moves on, whatever the speed.
    await dragMouse([650, 600, 500, 400, 300, 200].map((x) => [x, 300]));
    expect((await change).detail.index).to.equal(1);
    expect(counterText(el)).to.equal('2 / 3');
  });

  it('zooms with a double click, stays accessible zoomed, and the 0 key resets', async () => {
    const el = await openViewer();
    // Both clicks in one command: two commands can be further apart than the double-tap window.
    await doubleClick(400, 300);
    await waitUntil(() => imageScale(el) > 2, 'double click did not zoom');
    expect(stageOf(el).classList.contains('zoomed')).to.equal(true);
    await expect(el).to.be.accessible();
    // Past the double-tap window: neither click closes the viewer later as a single tap.
    await afterTimersOf(DOUBLE_TAP_MS);
    expect(dialogOf(el).open).to.equal(true);
    await sendKeys({ press: '0' });
    expect(imageScale(el)).to.equal(1);
  });

  it('zooms with + and - and the zoom buttons', async () => {
    const el = await openViewer();
    await sendKeys({ press: '+' });
    expect(imageScale(el)).to.be.closeTo(1.5, 0.01);
    await sendKeys({ press: '+' });
    expect(imageScale(el)).to.be.closeTo(2.25, 0.01);
    await sendKeys({ press: '-' });
    expect(imageScale(el)).to.be.closeTo(1.5, 0.01);
    await sendMouse({ type: 'click', position: middleOf(button(el, strings().zoomOut)) });
    expect(imageScale(el)).to.equal(1);
    await sendMouse({ type: 'click', position: middleOf(button(el, strings().zoomIn)) });
    expect(imageScale(el)).to.be.closeTo(1.5, 0.01);
    await expect(el).to.be.accessible();
  });

  it('closes on a single tap, after the double-tap window', async () => {
    const el = await openViewer();
    const closed = oneEvent(el, 'close');
    // Read as the release reaches the page (after the viewer's own listener): not closed yet.
    let release: { open: boolean; time: number } | undefined;
    window.addEventListener('pointerup', (event) => (release = { open: dialogOf(el).open, time: event.timeStamp }), { once: true });
    await sendMouse({ type: 'click', position: [400, 300] });
    await waitUntil(() => release, 'the release never reached the page');
    expect(release!.open, 'open on the release').to.equal(true);
    const { timeStamp } = await closed;
    // A lower bound, which no load can break: the close waits out the window after the release.
    expect(timeStamp - release!.time, 'ms from the release to the close').to.be.at.least(DOUBLE_TAP_MS);
    expect(dialogOf(el).open).to.equal(false);
  });

  it('closes on a swipe down with the mouse', async () => {
    const el = await openViewer();
    const closed = oneEvent(el, 'close');
    await dragMouse([[400, 200], ...[230, 280, 340, 400].map((y): [number, number] => [405, y])]);
    await closed;
    expect(dialogOf(el).open).to.equal(false);
  });

  it('pans a zoomed image by dragging: it follows the mouse exactly, then glides on inside its bounds', async () => {
    const el = await openViewer();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    expect(imageScale(el)).to.be.closeTo(2.25, 0.01);
    await dragMouse([[400, 300], [420, 310], [450, 330], [470, 340]], false);
    // While held, the image point under the pointer stays under it (Chromium hands mouse moves to
    // the page with its next frame, which a loaded machine may not have run yet).
    await waitUntil(() => imageOffset(el).x === 70, 'the image did not follow the mouse');
    expect(imageOffset(el)).to.deep.equal({ x: 70, y: 40 });
    await sendMouse({ type: 'up' });
    // The release handled (a later move seen), and the double-tap window past: no tap, no swipe.
    await mouseSeenAt([471, 341]);
    await afterTimersOf(DOUBLE_TAP_MS);
    const { x, y } = imageOffset(el);
    const bounds = panBoundsOf(el);
    // Let go, it glides on the way it was moving (never back) and stops at its edges at the latest.
    // (The bounds come out of float arithmetic: 299.9999999999999 for an edge the image reaches at 300.)
    expect(x).to.be.within(70, bounds.x + 1e-6);
    expect(y).to.be.within(40, bounds.y + 1e-6);
    expect(imageScale(el)).to.be.closeTo(2.25, 0.01);
    // Still open and still on the first image: a drag is neither a tap nor a swipe.
    expect(dialogOf(el).open).to.equal(true);
    expect(counterText(el)).to.equal('1 / 3');
  });

  it('takes current as an index in the attribute', async () => {
    const el = await openViewer(PHOTOS, { current: '1' });
    expect(counterText(el)).to.equal('2 / 3');
  });

  it('shows an error tile for a broken image, accessibly', async () => {
    const el = await openViewer([image('does-not-exist.png'), PHOTOS[0]]);
    const tile = currentSlide(el).querySelector('[part=error]')!;
    expect(tile.textContent!.trim()).to.equal(strings().imageLoadError);
    await expect(el).to.be.accessible();
  });

  it('shows a spinner while an image loads', async () => {
    let release!: (url: string) => void;
    configure({ resolveCloudFileID: () => new Promise<string>((resolve) => (release = resolve)) });
    const el = await fixture<WxImagePreview>(html`<wx-image-preview .urls=${['cloud://env/slow.jpg']}></wx-image-preview>`);
    const success = oneEvent(el, 'success');
    el.open = true;
    await waitUntil(() => currentSlide(el)?.querySelector('[part=spinner]'), 'no spinner');
    const spinner = currentSlide(el).querySelector('[part=spinner]')!;
    expect(spinner.getAttribute('role')).to.equal('progressbar');
    expect(spinner.getAttribute('aria-label')).to.equal(strings().loading);
    await expect(el).to.be.accessible();
    release(PHOTOS[0]);
    await success;
    expect((await fullImage(el)).naturalWidth).to.be.greaterThan(0);
  });

  // Long presses come before the right clicks: WebKitGTK's driver never delivers the release of a
  // right button whose contextmenu was prevented, and takes no held press in that page after it.
  it('opens the menu on a 500 ms long press with the mouse (the release does not close it), and from the keyboard (Shift+F10)', async () => {
    const el = await openViewer();
    await holdPointer(400, 300, 650);
    let sheet = await openSheet();
    // The release and its click handled: a later move reached the page.
    await mouseSeenAt([401, 301]);
    expect(sheet.shadowRoot!.querySelector('dialog')!.open, 'the release of the long press left the menu open').to.equal(true);
    sheet.cancel();
    await waitUntil(() => !document.querySelector('wx-action-sheet'));
    // Past the double-tap window: the release was no tap that closes the viewer.
    await afterTimersOf(DOUBLE_TAP_MS);
    expect(dialogOf(el).open).to.equal(true);
    button(el, strings().close).focus();
    await pressChord('Shift', 'F10');
    sheet = await openSheet();
    expect(sheetLabels(sheet)).to.deep.equal([strings().saveImage]);
  });

  // WebDriver (Firefox's BiDi and WebKit's driver) has no code for the ContextMenu key.
  it('showmenu="false": no menu, no More button, and the browser context menu is suppressed', async () => {
    const el = await openViewer(PHOTOS, { showmenu: 'false' });
    expect(el.showmenu).to.equal(false);
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.getAttribute('aria-label') === strings().moreActions)).to.equal(false);
    let presses = 0;
    el.addEventListener('pointerdown', () => presses++);
    await holdPointer(400, 300, 650);
    await mouseSeenAt([401, 301]);
    await afterTimersOf(DOUBLE_TAP_MS);
    expect(presses, 'the long press reached the viewer').to.equal(1);
    expect(document.querySelector('wx-action-sheet')).to.equal(null);
    expect(dialogOf(el).open, 'a long press is no tap').to.equal(true);
    const released = keyUp('Shift');
    await pressChord('Shift', 'F10');
    await waitUntil(released, 'the page never saw Shift+F10');
    expect(document.querySelector('wx-action-sheet')).to.equal(null);
  });

  itIn(['chromium', 'firefox'], 'showmenu="false": a right click opens neither menu, the browser\'s is suppressed (not in WebKitGTK: its driver cannot release a right button)', async () => {
    await openViewer(PHOTOS, { showmenu: 'false' });
    let contextMenu: Event | undefined;
    const onContextMenu = (event: Event) => (contextMenu = event);
    document.addEventListener('contextmenu', onContextMenu);
    await sendMouse({ type: 'click', position: [400, 300], button: 'right' });
    await waitUntil(() => contextMenu, 'the right click never reached the page');
    document.removeEventListener('contextmenu', onContextMenu);
    expect(contextMenu?.defaultPrevented).to.equal(true);
    expect(document.querySelector('wx-action-sheet')).to.equal(null);
  });

  // WebKitGTK's driver releases every mouse button as the left one: a right click leaves the right
  // button pressed in that browser for the rest of the run. WebKit's menu is opened by long press
  // and Shift+F10 in the tests around this one.
  itIn(['chromium', 'firefox'], 'opens the menu on a right click: Save Image, and no Share where files cannot be shared (not in WebKitGTK: its driver cannot release a right button)', async () => {
    const el = await openViewer();
    await sendMouse({ type: 'click', position: [400, 300], button: 'right' });
    const sheet = await openSheet();
    expect(sheetLabels(sheet)).to.deep.equal([strings().saveImage]);
    expect(sheet.shadowRoot!.querySelector('dialog')!.getAttribute('aria-label')).to.equal(strings().moreActions);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !document.querySelector('wx-action-sheet'), 'menu stayed open');
    expect(dialogOf(el).open).to.equal(true);
  });

  it('Save Image saves the image through saveImageToPhotosAlbum from a temp file it then releases', async () => {
    configure({ storage: memoryStorage({ [settingsKey()]: JSON.stringify({ 'scope.writePhotosAlbum': true }) }) });
    const downloads: HTMLAnchorElement[] = [];
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) {
        event.preventDefault();
        downloads.push(event.target);
      }
    };
    document.addEventListener('click', onClick, true);
    const temps = tempFileCount();
    const el = await openViewer();
    await pressChord('Shift', 'F10');
    const sheet = await openSheet();
    const saved = oneEvent(el, 'save');
    (sheet.shadowRoot!.querySelector('button[part=item]') as HTMLButtonElement).click();
    expect((await saved).detail.errMsg).to.equal('saveImageToPhotosAlbum:ok');
    document.removeEventListener('click', onClick, true);
    expect(downloads.map((a) => a.download)).to.deep.equal(['Landscape_0.jpg']);
    expect(tempFileCount()).to.equal(temps);
  });

  it('Save Image of an online image outside configure({ downloadDomains }) fails with "url not in domain list"', async () => {
    // Another origin of the test server: the <img> shows it, but the kit may not download it.
    const online = new URL(PHOTOS[0], location.href);
    online.hostname = online.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const el = await openViewer([online.href]);
    await pressChord('Shift', 'F10');
    const sheet = await openSheet();
    const saved = oneEvent(el, 'save');
    (sheet.shadowRoot!.querySelector('button[part=item]') as HTMLButtonElement).click();
    expect((await saved).detail.errMsg).to.equal('saveImageToPhotosAlbum:fail url not in domain list');
  });

  it('offers Share where files can be shared, and shares the image as a file', async () => {
    const shared: File[] = [];
    const restore = fakeShare(async (data) => void shared.push(...(data?.files ?? [])));
    try {
      const el = await openViewer();
      await pressChord('Shift', 'F10');
      const sheet = await openSheet();
      expect(sheetLabels(sheet)).to.deep.equal([strings().saveImage, strings().share]);
      (sheet.shadowRoot!.querySelectorAll('button[part=item]')[1] as HTMLButtonElement).click();
      await waitUntil(() => shared.length === 1, 'nothing shared');
      expect(shared[0].name).to.equal('Landscape_0.jpg');
      expect(shared[0].type).to.equal('image/jpeg');
      expect(dialogOf(el).open).to.equal(true);
    } finally {
      restore();
    }
  });

  itIn(['chromium'], 'opens the menu from the ContextMenu key (Chromium only: WebDriver cannot send that key)', async () => {
    const el = await openViewer();
    button(el, strings().close).focus();
    await sendKeys({ press: 'ContextMenu' });
    const sheet = await openSheet();
    expect(sheetLabels(sheet)).to.deep.equal([strings().saveImage]);
    expect(dialogOf(el).open).to.equal(true);
  });

  it('keeps focus inside the dialog on Tab and Shift+Tab, and gives it back to the element focused before it opened', async () => {
    trigger = document.createElement('button');
    trigger.textContent = 'Photos';
    document.body.append(trigger);
    trigger.focus();
    const el = await openViewer();
    expect(el.shadowRoot!.activeElement).to.equal(button(el, strings().close));
    // Previous is disabled on the first image: Tab goes from Close to Next, inside the dialog.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, strings().next));
    await pressChord('Shift', 'Tab');
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, strings().close));
    await sendMouse({ type: 'click', position: middleOf(button(el, strings().close)) });
    expect(dialogOf(el).open).to.equal(false);
    expect(document.activeElement).to.equal(trigger);
  });
});
