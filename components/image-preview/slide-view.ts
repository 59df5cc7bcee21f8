import { html, nothing, svg } from 'lit';
import { strings } from '../../src/config.js';
import { slideErrorText } from './slide-description.js';
import type { Slide } from './slide-loader.js';

/** The viewer's templates that need none of its state: icons, a control button, one slide. */

export const icon = (path: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d=${path} />`}</svg>`;
export const ICONS = {
  close: 'M6 6l12 12M18 6L6 18',
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  zoomIn: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM20 20l-4-4M11 8v6M8 11h6',
  zoomOut: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM20 20l-4-4M8 11h6',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  broken: 'M4 5h16v14H4zM4 15l5-5 4 4 3-3 4 4M9 4l-2 16',
};

/** A toolbar or navigation button: an icon with a name, disabled where it cannot act. */
export function controlButton(className: string, label: string, path: string, disabled: boolean, onClick: () => void) {
  return html`<button type="button" part="button" class=${className} aria-label=${label} ?disabled=${disabled} @click=${onClick}>${icon(path)}</button>`;
}

/**
 * One slide at `offset` from the current one: its image, rendition, video, spinner or error tile.
 * Slides beside the current one are hidden from assistive technology and inert (a video's
 * controls there must not take focus).
 */
export function slideView(slide: Slide | undefined, index: number, offset: number, alt: string, gap: number) {
  const text = strings();
  let content: unknown = nothing;
  if (slide?.status === 'preview' && slide.preview) {
    slide.preview.setAttribute('aria-label', alt);
    content = slide.preview;
  } else if (!slide || slide.status === 'loading') {
    content = html`<div class="spinner" part="spinner" role="progressbar" aria-label=${text.loading}></div>`;
  } else if (slide.status === 'error') {
    content = html`<div class="error" part="error">
      ${icon(ICONS.broken)}
      <p>${slideErrorText(slide, text)}</p>
    </div>`;
  } else if (slide.video) {
    slide.video.element.setAttribute('aria-label', alt);
    content = slide.video.element;
  } else if (slide.img) {
    slide.img.alt = alt;
    content = slide.img;
  }
  return html`<div
    class=${slide?.kind === 'video' ? 'slide video' : 'slide'}
    .style=${
      // A property, not an attribute: CSSOM writes pass a strict CSP's style-src, style="" does not.
      `transform: translateX(calc(${offset} * (100% + ${gap}px)))`
    }
    aria-hidden=${offset === 0 ? 'false' : 'true'}
    ?inert=${offset !== 0}
    data-index=${index}
  >
    ${content}
  </div>`;
}

