// Shared steps of the preview tests: find the viewer's parts, wait for it, close it cleanly.
import { waitUntil } from '../wait.js';
import type { WxImagePreview } from '../../components/image-preview/image-preview.js';

export const FIXTURES = '/test/fixtures/images/';
export const image = (file: string) => FIXTURES + file;

/** The same file from the test server's other host name: another origin, which sends no CORS headers. */
export function crossOrigin(url: string): string {
  const online = new URL(url, location.href);
  online.hostname = online.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return online.href;
}

/** The viewer wx.previewImage made (the first one in the document). */
export function sharedViewer(): WxImagePreview {
  const viewer = document.querySelector('wx-image-preview');
  if (!viewer) throw new Error('no <wx-image-preview> in the document');
  return viewer;
}

export function dialogOf(viewer: WxImagePreview): HTMLDialogElement {
  return viewer.shadowRoot!.querySelector('dialog')!;
}

export function counterText(viewer: WxImagePreview): string {
  return viewer.shadowRoot!.querySelector('[part=counter]')!.textContent!.trim();
}

/** The slide on screen. */
export function currentSlide(viewer: WxImagePreview): HTMLElement {
  return viewer.shadowRoot!.querySelector<HTMLElement>(`.slide[data-index="${viewer.index}"]`)!;
}

export function currentImage(viewer: WxImagePreview): HTMLImageElement | null {
  return currentSlide(viewer).querySelector('img');
}

/** What shows the current image: the full `<img>`, or the screen-sized rendition of a large JPEG. */
export function shownImage(viewer: WxImagePreview): HTMLImageElement | HTMLCanvasElement | null {
  return currentSlide(viewer).querySelector('img, canvas');
}

/** The current slide's full-resolution `<img>`, once decoded (a large JPEG shows its rendition first). */
export async function fullImage(viewer: WxImagePreview): Promise<HTMLImageElement> {
  await waitUntil(() => currentImage(viewer), 'the full image never replaced the rendition');
  return currentImage(viewer)!;
}

export function button(viewer: WxImagePreview, name: string): HTMLButtonElement {
  const found = [...viewer.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

/** The middle of an element, in whole CSS pixels, for sendMouse. */
export function middleOf(el: Element): [number, number] {
  const box = el.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Resolves after every timer the page started so far with a delay of `ms` or less has run (the
 * viewer's double-tap window, its long press): HTML runs a page's timers of the same or a shorter
 * delay in the order they were started, however late a loaded machine runs them. Call it once the
 * input that starts the viewer's timer was handled (mouseSeenAt, or an event seen).
 */
export function afterTimersOf(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with the next `popstate`. */
export function popstate(): Promise<PopStateEvent> {
  return new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
}

/** Closes every viewer still open and waits until the history entry it pushed is gone. */
export async function closeAll(): Promise<void> {
  for (const viewer of document.querySelectorAll('wx-image-preview')) {
    if (viewer.open) {
      // The viewer goes back only over its own entry (src/viewer/history-entry.ts), the current
      // one when its key is in history.state: then wait for that Back to land, however long it takes.
      const goesBack = Boolean((history.state as Record<string, unknown> | null)?.__wxImageKitEntry);
      let landed = false;
      void popstate().then(() => (landed = true));
      viewer.close();
      if (goesBack) await waitUntil(() => landed, 'the viewer\'s Back never landed');
    }
  }
  for (const sheet of document.querySelectorAll('wx-action-sheet')) sheet.cancel();
  await waitUntil(() => !document.querySelector('wx-action-sheet'), 'an action sheet stayed open');
}
