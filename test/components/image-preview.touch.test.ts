// Finger gestures on the viewer (long press, pinch), with real touch input: puppeteer's multi-touch (Chromium over
// CDP, Firefox over WebDriver BiDi). WebKitGTK's driver turns touch pointers into one mouse, so a
// pinch cannot be sent there; WebKit's zoom is checked with the wheel and the keyboard instead.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { WxImagePreview } from '../../components/image-preview/image-preview.js';
import '../../components/image-preview/define.js';
import { itIn } from '../engine.js';
import { mouseSeenAt, pinch, touchHold } from '../input.js';
import { waitFor, waitUntil } from '../wait.js';
import { DOUBLE_TAP_MS } from '../../src/viewer/gesture-host.js';
import { afterTimersOf, closeAll, dialogOf, image, shownImage } from './image-preview.helpers.js';

/** The scale in the shown image's transform (1 when it has none). */
function imageScale(el: WxImagePreview): number {
  const match = /scale\(([\d.]+)\)/.exec(shownImage(el)!.style.transform);
  return match ? Number(match[1]) : 1;
}

async function openViewer(): Promise<WxImagePreview> {
  const el = await fixture<WxImagePreview>(html`<wx-image-preview .urls=${['Landscape_0.jpg', 'Landscape_1.jpg'].map(image)}></wx-image-preview>`);
  const success = oneEvent(el, 'success');
  el.setAttribute('open', '');
  await success;
  return el;
}

describe('<wx-image-preview> under fingers', () => {
  afterEach(closeAll);

  itIn(['chromium', 'firefox'], 'a long press with a finger opens the menu, and lifting the finger leaves it open (not in WebKitGTK: its driver has no touch)', async () => {
    const el = await openViewer();
    await touchHold(400, 300, 700);
    const sheet = await waitFor(() => document.querySelector('wx-action-sheet'), 'the menu');
    await waitUntil(() => sheet.shadowRoot?.querySelector('dialog')?.open, 'the menu never opened');
    // The lift and anything it causes handled: a later mouse move reached the page.
    await mouseSeenAt([401, 301]);
    expect(sheet.shadowRoot?.querySelector('dialog')?.open, 'the menu is open after the finger lifted').to.equal(true);
    expect(dialogOf(el).open).to.equal(true);
  });

  itIn(['chromium', 'firefox'], 'pinch-zooms by the fingers\' spread and keeps the zoom when they lift (not in WebKitGTK: its driver has no multi-touch)', async () => {
    const el = await openViewer();
    // 100 px apart, spread to 200 px: twice the size.
    await pinch([[350, 300], [450, 300]], [[300, 300], [500, 300]]);
    await waitUntil(() => Math.abs(imageScale(el) - 2) < 0.05, 'the pinch did not zoom to twice the size');
    // The lift handled, and the double-tap window past: the fingers were no tap. (Not where the
    // test above left the mouse: a move to where it is reaches no page.)
    await mouseSeenAt([402, 302]);
    await afterTimersOf(DOUBLE_TAP_MS);
    expect(imageScale(el)).to.be.closeTo(2, 0.05);
    expect(dialogOf(el).open, 'a pinch is no tap').to.equal(true);
    expect(el.index, 'a pinch is no swipe').to.equal(0);
  });
});
