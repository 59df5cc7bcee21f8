import { html, nothing } from 'lit';
import { languageOfUi, strings } from '../../src/config.js';
import { format } from '../../src/i18n.js';
import type { SlideKind } from '../../src/ui/ports.js';
import { slideAlt, slideErrorText } from './slide-description.js';
import type { SlideLoader } from './slide-loader.js';
import { ICONS, controlButton, icon, slideView } from './slide-view.js';

/** Space between slides, px (also in the styles as --wx-preview-gap). */
export const GAP = 16;
/** Zoom steps of the + and − keys and buttons. */
export const ZOOM_STEP = 1.5;

/** What the viewer's template reads, and the handlers its controls call. */
export interface ViewerView {
  showing: boolean;
  urls: readonly string[];
  index: number;
  kinds: readonly SlideKind[];
  alts: readonly string[];
  zoomed: boolean;
  showmenu: boolean;
  slides: SlideLoader;
  toast: string;
  onDialogClose(): void;
  onKeyDown(event: KeyboardEvent): void;
  onContextMenu(event: Event): void;
  zoomBy(factor: number): void;
  openMenu(): void;
  close(): void;
  go(step: -1 | 1): void;
}

/**
 * The viewer's dialog: the current slide and its neighbours on a track, the toolbar (counter,
 * zoom, more, close), previous / next, and the toast.
 */
export function viewerView(view: ViewerView) {
  const text = strings();
  const { urls, index, slides } = view;
  const total = urls.length;
  const visible: number[] = [];
  if (view.showing) for (let i = Math.max(0, index - 1); i <= Math.min(total - 1, index + 1); i++) visible.push(i);
  const current = slides.get(index);
  // Zoom and the menu act on an image on screen: not on a spinner or an error tile.
  const noImage = !slides.shown(index);
  const { lang, dir } = languageOfUi();
  const slide = (i: number) => slideView(slides.get(i), i, i - index, slideAlt(view.alts, i, total, text, view.kinds[i]), GAP);
  return html`<dialog
    part="dialog"
    lang=${lang}
    dir=${dir}
    aria-modal="true"
    aria-label=${view.kinds.includes('video') ? text.mediaPreviewLabel : text.previewLabel}
    @close=${view.onDialogClose}
    @keydown=${view.onKeyDown}
    @contextmenu=${view.onContextMenu}
  >
    <div class="backdrop"></div>
    <div class="stage ${view.zoomed ? 'zoomed' : ''}" part="stage">
      <div class="track">${visible.map(slide)}</div>
    </div>
    <div class="toolbar">
      <p class="counter" part="counter" role="status" aria-live="polite" aria-atomic="true">
        ${total ? format(text.counter, { index: index + 1, total }) : ''}
        ${current?.status === 'error' ? html`<span class="visually-hidden">${slideErrorText(current, text)}</span>` : nothing}
      </p>
      ${controlButton('zoom-out', text.zoomOut, ICONS.zoomOut, noImage || !view.zoomed, () => view.zoomBy(1 / ZOOM_STEP))}
      ${controlButton('zoom-in', text.zoomIn, ICONS.zoomIn, noImage, () => view.zoomBy(ZOOM_STEP))}
      ${view.showmenu
        ? html`<button type="button" part="button" class="more" aria-label=${text.moreActions} aria-haspopup="dialog" ?disabled=${noImage} @click=${() => view.openMenu()}>
            ${icon(ICONS.more)}
          </button>`
        : nothing}
      <button type="button" part="button" class="close" aria-label=${text.close} autofocus @click=${() => view.close()}>${icon(ICONS.close)}</button>
    </div>
    ${total > 1
      ? html`${controlButton('nav prev', text.previous, ICONS.previous, index <= 0, () => view.go(-1))}
        ${controlButton('nav next', text.next, ICONS.next, index >= total - 1, () => view.go(1))}`
      : nothing}
    <p class="toast" part="toast" role="status">${view.toast}</p>
  </dialog>`;
}

/** `showmenu` is on unless the attribute says "false" (as the Mini App's `showmenu` defaults to true). */
export const showmenuConverter = {
  fromAttribute: (value: string | null) => value === null || value !== 'false',
  toAttribute: (value: boolean) => (value ? null : 'false'),
};
