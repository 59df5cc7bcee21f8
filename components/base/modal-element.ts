import type { PropertyValues } from 'lit';
import { WxElement } from './wx-element.js';

export interface ShowOptions {
  /** Closes the dialog with the dismiss value; an already aborted signal never opens it. */
  signal?: AbortSignal;
}

/**
 * The base of the kit's modal elements (action sheet, consent dialog, settings sheet, camera
 * sheet): one native modal `<dialog>` in the shadow root, opened by `show()` and answered exactly
 * once. The native dialog moves focus in, keeps it inside and gives it back on close; this class
 * adds the promise and the ways out:
 * - the subclass's own controls call `settle(value)`;
 * - Esc settles with `cancelValue()` (the dialog's own close on Esc is prevented, so the answer
 *   always goes through `settle`);
 * - a tap on the backdrop does the same, unless `backdropCancels` is false;
 * - the release of the press that opened it is no tap (it began before the dialog was there);
 * - removal from the page, a second `show()` and an aborted signal settle with `dismissValue()`.
 *
 * `T` is what `show()` resolves with; `E` the element's event map. Subclasses render a single
 * `<dialog>` and dispatch their own `close` event in `emitClose`, with their own detail.
 */
export abstract class WxModalElement<T, E extends object> extends WxElement<E> {
  /** Whether a tap on the backdrop settles with `cancelValue()`. */
  protected backdropCancels = true;

  /**
   * Whether a pointer click counts only when its press began in the open dialog (see
   * firstUpdated): for dialogs that can open under a held press (a long press opens a menu).
   */
  protected guardsOpeningPress = true;

  private resolveShown?: (value: T) => void;

  /** Whether a pointer went down in the dialog since it opened (see firstUpdated). */
  private pressedInside = false;

  /** The value of Esc (and of a backdrop tap). */
  protected abstract cancelValue(): T;

  /** The value when the dialog goes away unanswered: removed, superseded or aborted. */
  protected dismissValue(): T {
    return this.cancelValue();
  }

  /**
   * Dispatches the element's own close event(s) for `value`. Runs once per `show()`, after the
   * dialog closed and before the promise resolves.
   */
  protected abstract emitClose(value: T): void;

  protected get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  /** Whether a `show()` is waiting for its answer. */
  protected get pending(): boolean {
    return this.resolveShown !== undefined;
  }

  /** Opens the dialog modally; resolves with the value it closes with. */
  async show(options: ShowOptions = {}): Promise<T> {
    await this.updateComplete;
    return this.showRendered(options);
  }

  /**
   * `show()` once the dialog is rendered: opens it now (a `showModal()` that fails throws here, not
   * in the promise) and returns the promise of its answer.
   */
  protected showRendered(options: ShowOptions = {}): Promise<T> {
    const { signal } = options;
    // A show() still waiting is superseded: it gets no answer, and no close event.
    this.resolveShown?.(this.dismissValue());
    this.resolveShown = undefined;
    if (signal?.aborted) return Promise.resolve(this.dismissValue());
    const dialog = this.dialog!;
    if (!dialog.open) {
      this.pressedInside = false;
      dialog.showModal();
    }
    const shown = new Promise<T>((resolve) => (this.resolveShown = resolve));
    if (!signal) return shown;
    const dismiss = () => this.settle(this.dismissValue());
    signal.addEventListener('abort', dismiss);
    return shown.finally(() => signal.removeEventListener('abort', dismiss));
  }

  /** Closes the dialog and answers the waiting `show()` with `value`; nothing when none waits. */
  protected settle(value: T): void {
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
    const resolve = this.resolveShown;
    this.resolveShown = undefined;
    if (!resolve) return;
    this.emitClose(value);
    resolve(value);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const dialog = this.dialog;
    dialog?.addEventListener('cancel', (event) => {
      // Esc: answer through settle() so the promise settles once.
      event.preventDefault();
      this.settle(this.cancelValue());
    });
    // The press that opened the dialog (a long press, a held mouse button) must not answer it: its
    // release lands on the dialog, and WebKit and touch screens make that a click on whatever is
    // under the finger — the backdrop (cancel) or an item. A pointer's click counts only when the
    // pointer also went down in the dialog; keyboard clicks (detail 0) always count.
    dialog?.addEventListener('pointerdown', () => (this.pressedInside = true), true);
    dialog?.addEventListener(
      'click',
      (event) => {
        if (this.guardsOpeningPress && event.detail > 0 && !this.pressedInside) {
          event.preventDefault();
          event.stopPropagation();
        }
      },
      true,
    );
    dialog?.addEventListener('click', (event) => {
      // A click on the backdrop lands on the dialog itself, outside its box.
      if (!this.backdropCancels || event.target !== dialog) return;
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) this.settle(this.cancelValue());
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.settle(this.dismissValue());
  }
}
