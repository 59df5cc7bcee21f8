import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { languageOfUi, strings } from '../../src/config.js';
import { WxModalElement } from '../base/modal-element.js';
import { actionSheetStyles } from './action-sheet.styles.js';

export interface ActionSheetItem {
  label: string;
  /** Shown in the warning colour. */
  destructive?: boolean;
}

export interface ActionSheetEventMap {
  /** An item was chosen; `detail.index` is its position in `items`. */
  select: CustomEvent<{ index: number }>;
  /** The sheet closed, by a choice or by Cancel, Esc or a tap outside. */
  close: CustomEvent<{ index: number | null }>;
}

/**
 * A bottom action sheet, as the Mini App runtime shows it: a list of actions and Cancel.
 * It is a native modal `<dialog>`, so focus moves into it, stays inside, and returns on close;
 * Esc and a tap on the backdrop cancel.
 *
 * @summary The kit's action sheet (chooseImage's sources, previewImage's menu).
 * @slot - Extra content between the heading and the actions (e.g. an "Original" toggle).
 * @tagname wx-action-sheet
 * @event {CustomEvent<{ index: number }>} select - An action was chosen: `detail.index`.
 * @event {CustomEvent<{ index: number | null }>} close - The sheet closed: `detail.index`, null when cancelled.
 * @csspart dialog - The sheet.
 * @csspart heading - The heading line.
 * @csspart item - Each action button.
 * @csspart cancel - The Cancel button.
 * @cssproperty --wx-sheet-background - Behind the actions.
 * @cssproperty --wx-sheet-item-background - Of each action.
 * @cssproperty --wx-sheet-color - Text colour.
 * @cssproperty --wx-sheet-muted - Colour of the heading.
 * @cssproperty --wx-sheet-danger - Colour of destructive actions.
 * @cssproperty --wx-sheet-accent - A checked box in the slotted content (the "Original" toggle).
 * @cssproperty --wx-sheet-item-color - Text colour of the actions (what `itemColor` sets).
 * @cssproperty --wx-sheet-hover-background - Of an action under the pointer.
 * @cssproperty --wx-sheet-separator - The lines between actions.
 * @cssproperty --wx-sheet-radius - Top corner radius.
 * @cssproperty --wx-sheet-focus - Focus ring colour.
 */
export class WxActionSheet extends WxModalElement<number | null, ActionSheetEventMap> {
  static override styles = actionSheetStyles;

  /** A line above the actions; also the dialog's accessible name. */
  @property() heading = '';

  /** The dialog's accessible name when it has no heading (e.g. an image menu). */
  @property() label = '';

  /** The actions, top to bottom. */
  @property({ attribute: false }) items: ActionSheetItem[] = [];

  /** Text colour of the actions (not Cancel), as showActionSheet's `itemColor`; the theme's when empty. */
  @property({ attribute: 'item-color' }) itemColor = '';

  /** The Cancel button's text; the locale's when empty. */
  @property({ attribute: 'cancel-label' }) cancelLabel = '';

  /** Closes the sheet as cancelled. */
  cancel(): void {
    this.settle(null);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute: a strict CSP's style-src blocks style="".
    const actions = this.renderRoot.querySelector<HTMLElement>('.actions');
    if (this.itemColor) actions?.style.setProperty('--wx-sheet-item-color', this.itemColor);
    else actions?.style.removeProperty('--wx-sheet-item-color');
  }

  protected cancelValue(): number | null {
    return null;
  }

  protected emitClose(index: number | null): void {
    if (index !== null) this.emit('select', { index });
    this.emit('close', { index });
  }

  override render() {
    const text = strings();
    const { lang, dir } = languageOfUi();
    // The heading is a plain block, not a <header>: inside a dialog that would be a page banner.
    return html`<dialog
      part="dialog"
      lang=${lang}
      dir=${dir}
      aria-label=${this.heading || this.label || text.actions}
    >
      ${this.heading ? html`<div class="heading" part="heading">${this.heading}</div>` : nothing}
      <div class="extra"><slot></slot></div>
      <div class="items actions">
        ${this.items.map(
          (item, index) =>
            html`<button type="button" part="item" class=${item.destructive ? 'destructive' : ''} @click=${() => this.settle(index)}>
              ${item.label}
            </button>`,
        )}
      </div>
      <div class="items cancel">
        <button type="button" part="cancel" @click=${() => this.settle(null)}>${this.cancelLabel || text.cancel}</button>
      </div>
    </dialog>`;
  }
}
