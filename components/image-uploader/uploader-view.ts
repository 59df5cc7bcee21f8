import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { languageOfUi } from '../../src/config.js';
import { uploaderStrings } from '../../src/i18n-uploader.js';
import { format } from '../../src/i18n.js';
import type { UploaderStrings } from '../../src/i18n-uploader.js';
import type { DragReorder } from './drag-reorder.js';
import { stateText, type UploaderItem } from './uploader-items.js';

/** What the view reads from and calls on `<wx-image-uploader>`. */
export interface UploaderViewHost {
  readonly items: UploaderItem[];
  readonly drag?: { from: number; over: number };
  readonly dragReorder: DragReorder;
  readonly inactive: boolean;
  readonly busy: boolean;
  readonly full: boolean;
  readonly refusal: string;
  readonly announcement: string;
  choose(): void;
  preview(index: number): void;
  retry(filePath: string): void;
  deleteAt(index: number): void;
  moveItem(from: number, to: number): void;
  focusItem(key: number | undefined): void;
}

/** The thumbnail's size in CSS px at the default tile size: it is decoded at this times the device pixel ratio. */
export const THUMBNAIL_CSS_PX = 88;

/**
 * Keys on a thumbnail (WAI-ARIA APG's rearrangeable list): arrows move focus, Alt (or Ctrl) with
 * an arrow moves the photo, Home/End go to the ends, Delete or Backspace deletes it. Enter and
 * Space are the button's own (the viewer).
 */
function onThumbnailKey(el: UploaderViewHost, event: KeyboardEvent, index: number): void {
  const step = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[event.key];
  const last = el.items.length - 1;
  if (step && (event.altKey || event.ctrlKey)) {
    event.preventDefault();
    el.moveItem(index, index + step);
  } else if (step) {
    event.preventDefault();
    el.focusItem(el.items[Math.max(0, Math.min(last, index + step))]?.key);
  } else if (event.key === 'Home' || event.key === 'End') {
    event.preventDefault();
    el.focusItem(el.items[event.key === 'Home' ? 0 : last]?.key);
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    el.deleteAt(index);
  }
}

function renderItem(el: UploaderViewHost, item: UploaderItem, index: number, text: UploaderStrings) {
  const count = el.items.length;
  const name = format(text.uploaderItem, { index: index + 1, count, state: stateText(item, text) });
  const drag = el.drag;
  const classes = [
    'item',
    item.state,
    drag?.from === index ? 'dragged' : '',
    drag && drag.over === index && drag.from !== index ? 'drop-target' : '',
  ].join(' ');
  const reorder = el.dragReorder;
  return html`<li part="item" class=${classes} data-key=${item.key}>
    <button
      part="thumbnail"
      class="thumbnail"
      type="button"
      aria-label=${name}
      aria-describedby="help"
      ?disabled=${el.inactive}
      @click=${() => (reorder.clickEndsDrag() ? undefined : el.preview(index))}
      @keydown=${(e: KeyboardEvent) => onThumbnailKey(el, e, index)}
      @pointerdown=${(e: PointerEvent) => reorder.down(e, index)}
      @pointermove=${reorder.move}
      @pointerup=${reorder.up}
      @pointercancel=${reorder.cancel}
    >
      ${item.canvas ?? html`<span class="placeholder" aria-hidden="true"></span>`}
    </button>
    ${item.state === 'uploading' || item.state === 'waiting'
      ? html`<div
          part="progress"
          class="progress"
          role="progressbar"
          aria-label=${format(text.uploaderProgress, { index: index + 1 })}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${Math.round(item.progress)}
          ${ref((bar) => (bar as HTMLElement | undefined)?.style.setProperty('--progress', `${item.progress}%`))}
        ></div>`
      : nothing}
    ${item.state === 'failed'
      ? html`<span class="reason" aria-hidden="true">${item.reason}</span>
          <button part="retry" class="retry" type="button" aria-label=${`${text.uploaderRetry}: ${name}`} ?disabled=${el.inactive} @click=${() => el.retry(item.path)}>
            ${text.uploaderRetry}
          </button>`
      : nothing}
    ${item.state === 'done' ? html`<span class="done-mark" aria-hidden="true">✓</span>` : nothing}
    <button
      part="delete"
      class="delete"
      type="button"
      aria-label=${format(text.uploaderDelete, { index: index + 1 })}
      ?disabled=${el.inactive}
      @click=${() => el.deleteAt(index)}
    >
      <span aria-hidden="true">×</span>
    </button>
  </li>`;
}

/** The grid: one tile per photo, then the add tile (until the grid is full), the help line and the live regions. */
export function renderUploader(el: UploaderViewHost) {
  const text = uploaderStrings();
  const { lang, dir } = languageOfUi();
  return html`<div class="base" lang=${lang} dir=${dir}>
    <ul part="grid" class="grid" role="list" aria-label=${text.uploaderLabel} aria-busy=${el.busy ? 'true' : 'false'}>
      ${repeat(el.items, (item) => item.key, (item, index) => renderItem(el, item, index, text))}
      ${el.full
        ? nothing
        : html`<li class="add-tile">
            <button part="add" class="add" type="button" ?disabled=${el.inactive} aria-disabled=${el.busy ? 'true' : nothing} @click=${() => el.choose()}>
              <span class="plus" aria-hidden="true">+</span><span class="add-label">${text.uploaderAdd}</span>
            </button>
          </li>`}
    </ul>
    <p class="help" id="help">${text.uploaderHelp}</p>
    <p part="error" class="error" role="alert">${el.refusal}</p>
    <p class="visually-hidden" role="status">${el.announcement}</p>
  </div>`;
}
