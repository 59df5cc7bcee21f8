import { languageOfUi } from '../../src/config.js';

/** Marks the kit's notices (e.g. "You can choose up to 9 images"). */
export const NOTICE_ATTRIBUTE = 'data-wx-notice';

/** How long a notice stays, ms. */
export const NOTICE_MS = 3000;

// The transparent border shows in forced colours, where the dark fill is dropped.
const STYLE = [
  'position:fixed', 'inset:auto 0 max(24px, env(safe-area-inset-bottom)) 0', 'margin:0 auto', 'width:fit-content',
  'max-width:calc(100% - 32px)', 'padding:10px 16px', 'border:2px solid transparent', 'border-radius:8px', 'background:rgb(17 17 17 / 0.88)',
  'color:#fff', 'font:15px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif',
  'text-align:center', 'z-index:2147483647', 'pointer-events:none',
].join(';');

/**
 * Shows a short message at the bottom of the page, like the Mini App's toast, and announces it
 * to screen readers (a polite live region). In the top layer where popovers exist, so it shows
 * above modal dialogs too. Returns the element; it removes itself after NOTICE_MS.
 */
export function showNotice(text: string): HTMLElement {
  document.querySelector(`[${NOTICE_ATTRIBUTE}]`)?.remove();
  const notice = document.createElement('div');
  notice.setAttribute(NOTICE_ATTRIBUTE, '');
  notice.setAttribute('role', 'status');
  notice.setAttribute('aria-live', 'polite');
  // Read with the rules of the language it is written in, whatever the page's.
  const { lang, dir } = languageOfUi();
  notice.lang = lang;
  notice.dir = dir;
  notice.style.cssText = STYLE;
  document.body.append(notice);
  if ('showPopover' in notice) {
    notice.popover = 'manual';
    notice.showPopover();
  }
  // Set after insertion so the live region announces it.
  setTimeout(() => (notice.textContent = text), 30);
  setTimeout(() => notice.remove(), NOTICE_MS);
  return notice;
}
