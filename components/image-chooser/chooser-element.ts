import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ChooseImageProgress, ChooseImageSuccess, ChosenImage } from '../../src/apis/choose-image.js';
import type { ChooseMediaSuccess, ChosenMedia } from '../../src/apis/choose-media.js';
import { languageOfUi, strings } from '../../src/config.js';
import { getTempFile } from '../../src/files/temp-store.js';
import { asNamedFile } from '../../src/files/file-name.js';
import type { SizeType, SourceType } from '../../src/intake/options.js';
import type { ApiResult, FailResult } from '../../src/contract/types.js';
import type { Strings } from '../../src/i18n.js';
import { INTERACTIVE, PlainTriggerKeys, slottedTriggerOf, syncPlainTriggerRole, type SlottedTrigger } from '../base/slotted-trigger.js';
import { WxFormElement } from '../base/form-element.js';
import type { ContractEventMap } from '../base/wx-element.js';
import { imageChooserStyles } from './image-chooser.styles.js';
import { failureText, statusLine } from './chooser-status.js';
import { loadViewerPartsWhenIdle } from '../../src/viewer/viewer-parts.js';

/** What `success` carries: chooseImage's success object, errMsg included. */
export type ChooseImageResult = ChooseImageSuccess & ApiResult;

/** What `<wx-media-chooser>`'s `success` carries: chooseMedia's success object, errMsg included. */
export type ChooseMediaResult = ChooseMediaSuccess & ApiResult;

/** A chooser's events; `R` is its API's success object. */
export interface ChooserEventMap<R extends ApiResult> extends ContractEventMap<R> {
  /** Compression progress of the current call, in input bytes. */
  progress: CustomEvent<ChooseImageProgress>;
  /** The chosen files changed (a choice succeeded, or the form was reset). */
  change: Event;
}

export type ImageChooserEventMap = ChooserEventMap<ChooseImageResult>;
export type MediaChooserEventMap = ChooserEventMap<ChooseMediaResult>;

/** The options both choosers map from their attributes (media-only ones are set by `<wx-media-chooser>`). */
export type ChooserCallbacks<R extends ApiResult> = {
  success: (result: R) => void;
  fail: (result: FailResult) => void;
  complete: (result: R | FailResult) => void;
};


/**
 * What `<wx-image-chooser>` and `<wx-media-chooser>` share — one implementation: a click, Enter
 * or Space on the trigger runs the element's API; files dropped onto it or pasted while it has
 * focus take the same intake (checked by their bytes, cut to `count`, compressed as `size-type`
 * says). With a `name`, the chosen files are submitted with its form; `required` takes part in
 * constraint validation, and a form reset empties it. The subclasses say which API runs and
 * type its `success` event.
 *
 * @slot - The trigger; a default "Choose images" button when empty.
 * @csspart base - The wrapper, also the drop zone.
 * @csspart button - The default trigger button.
 * @csspart hint - The "or drop images here" line.
 * @csspart progress - The compression progress bar.
 * @csspart status - How many images are chosen, or the compression step while busy (a status region).
 * @csspart error - Why the last choice failed (an alert region; empty after a cancel).
 * @cssproperty --wx-chooser-accent - Button, focus ring and drop-zone colour.
 * @cssproperty --wx-chooser-color - Button text colour.
 * @cssproperty --wx-chooser-drop-background - Behind the drop zone while files are dragged over.
 * @cssproperty --wx-chooser-radius - Corner radius.
 * @cssproperty --wx-chooser-muted - Hint and status text colour.
 * @cssproperty --wx-chooser-danger - Colour of the failure line.
 * @cssproperty --wx-scale - Size factor: the element is 16px × this, whatever the page's root or inherited font size (default 1).
 */
export abstract class ChooserElement<R extends ChooseImageResult | ChooseMediaResult> extends WxFormElement<ChooserEventMap<R>> {
  static override styles = imageChooserStyles;

  /** At most this many files per choice, 1..9 (1..20 for media; others are clamped as the API does). */
  @property({ type: Number }) count = 9;

  /** `original` and/or `compressed`, space- or comma-separated. */
  @property({ attribute: 'size-type' }) sizeType: string | readonly SizeType[] = 'original compressed';

  /** `album` and/or `camera`, space- or comma-separated. */
  @property({ attribute: 'source-type' }) sourceType: string | readonly SourceType[] = 'album camera';

  /** The form field name the chosen files are submitted under. */
  @property() name = '';

  /** The form cannot be submitted until an image is chosen. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Takes no clicks, drops or pastes (also while its fieldset is disabled). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set while a choice is running (picker, camera or compression). */
  @property({ type: Boolean, reflect: true }) busy = false;

  @state() private chosenImages: Array<ChosenImage | ChosenMedia> = [];
  @state() private progress?: ChooseImageProgress;
  /** The errMsg of the last choice when it failed (not by cancel); cleared when a new one starts. */
  @state() private failure = '';
  /** Said (in the status region) when the trigger is used while a choice runs. */
  @state() private busyNotice = '';
  @state() private dragging = false;
  /** Whether the slotted trigger takes focus itself; otherwise the element is the button. */
  @state() private slottedTrigger: SlottedTrigger = 'none';
  @state() private formDisabled = false;

  @query('.button') private defaultButton?: HTMLButtonElement | null;
  @query('slot') private slotElement?: HTMLSlotElement | null;


  /** The chosen files as in the last success's `tempFiles` (chooseImage's or chooseMedia's entries). */
  get chosen(): ReadonlyArray<ChosenImage | ChosenMedia> {
    return this.chosenImages;
  }

  /** The chosen files as Files (what the form submits). */
  get files(): File[] {
    return this.chosenImages.flatMap((entry, i) => {
      const blob = getTempFile('path' in entry ? entry.path : entry.tempFilePath);
      return blob ? [asNamedFile(blob, `${'fileType' in entry ? entry.fileType : 'image'}-${i + 1}`)] : [];
    });
  }



  /** Focuses the trigger: the default button, the slotted control, or the element when it is the button. */
  override focus(options?: FocusOptions): void {
    const target = this.triggerControl();
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** The control that is the trigger: the default button or the slotted control; none when the element itself is the button. */
  private triggerControl(): HTMLElement | null | undefined {
    return this.slottedTrigger === 'none' ? this.defaultButton : this.slottedTrigger === 'interactive' ? this.firstSlottedControl() : null;
  }

  private firstSlottedControl(): HTMLElement | null {
    for (const el of this.slotElement?.assignedElements({ flatten: true }) ?? []) {
      const control = el.matches(INTERACTIVE) ? el : el.querySelector(INTERACTIVE);
      if (control instanceof HTMLElement) return control;
    }
    return null;
  }

  private get inactive(): boolean {
    return this.disabled || this.formDisabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Chosen photos are usually previewed next: the viewer's parts load while the page idles.
    loadViewerPartsWhenIdle();
    this.addEventListener('dragenter', this.onDragOver);
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
    this.addEventListener('paste', this.onPaste);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('dragenter', this.onDragOver);
    this.removeEventListener('dragover', this.onDragOver);
    this.removeEventListener('dragleave', this.onDragLeave);
    this.removeEventListener('drop', this.onDrop);
    this.removeEventListener('paste', this.onPaste);
  }

  /** Runs the element's API with its attributes, as a click on the trigger does. */
  choose(): void {
    this.run((callbacks) => this.callApi(callbacks));
  }

  /** Takes files in hand (what a drop or a paste does) through the same intake. */
  chooseFiles(files: File[]): void {
    this.run((callbacks) => this.callApiWithFiles(files, callbacks));
  }

  /** Calls chooseImage or chooseMedia with the attributes' options and these callbacks. */
  protected abstract callApi(callbacks: ChooserCallbacks<R>): void;
  /** The same API's intake for files in hand (a drop or a paste). */
  protected abstract callApiWithFiles(files: File[], callbacks: ChooserCallbacks<R>): void;
  /** The default button's label and the drop hint, in the UI's language. */
  protected abstract labels(text: Strings): { button: string; hint: string };

  protected readonly onProgress = (progress: ChooseImageProgress) => {
    this.progress = progress;
    this.emit('progress', progress);
  };

  private run(call: (callbacks: ChooserCallbacks<R>) => void): void {
    if (this.inactive) return;
    if (this.busy) {
      void this.announceBusy();
      return;
    }
    this.busy = true;
    this.progress = undefined;
    this.failure = '';
    this.busyNotice = '';
    call(this.callbacks());
  }

  /** A press while busy is not dropped in silence: the status region says to wait (again, if pressed again). */
  private async announceBusy(): Promise<void> {
    this.busyNotice = '';
    await this.updateComplete;
    // A frame later, so the region sees a change even when the text is the same as before.
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (this.busy) this.busyNotice = strings().chooseBusy;
  }

  private callbacks(): ChooserCallbacks<R> {
    const relay = this.relay<R>({
      success: (result) => {
        this.chosenImages = result.tempFiles;
        this.dispatchEvent(new Event('change', { bubbles: true }));
      },
      fail: (result) => {
        this.failure = result.errMsg;
      },
    });
    return {
      ...relay,
      complete: (result: Parameters<typeof relay.complete>[0]) => {
        this.busy = false;
        this.progress = undefined;
        this.busyNotice = '';
        relay.complete(result);
      },
    };
  }

  /** Form reset: nothing chosen. (The temp paths stay live; whoever took them from `success` releases them.) */
  formResetCallback(): void {
    if (!this.chosenImages.length) return;
    this.chosenImages = [];
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Private state is not in `keyof this`: ask the map by name.
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    if (['chosenImages', 'name', 'required', 'slottedTrigger'].some(has)) this.syncForm();
    if (has('slottedTrigger') || has('disabled') || has('busy') || has('formDisabled')) {
      this.syncRole();
    }
  }

  private syncForm(): void {
    const files = this.name ? this.files : [];
    if (files.length) {
      const data = new FormData();
      for (const file of files) data.append(this.name, file);
      this.internals.setFormValue(data);
    } else {
      this.internals.setFormValue(null);
    }
    if (this.required && this.chosenImages.length === 0) {
      this.internals.setValidity({ valueMissing: true }, strings().chooseRequired, this.triggerControl() ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }

  /**
   * A plain slotted trigger (an image, a span) makes the element itself the button. Busy shows
   * on whatever the trigger is (aria-busy, aria-disabled): it keeps its focus, and a press says
   * to wait.
   */
  private syncRole(): void {
    const plain = this.slottedTrigger === 'plain';
    syncPlainTriggerRole(this, this.internals, plain, { disabled: this.inactive, unavailable: this.inactive || this.busy });
    this.internals.ariaBusy = plain && this.busy ? 'true' : null;
    const control = this.slottedTrigger === 'interactive' ? this.firstSlottedControl() : null;
    if (control && this.busy) {
      control.setAttribute('aria-busy', 'true');
      if (!control.hasAttribute('aria-disabled')) {
        control.setAttribute('aria-disabled', 'true');
        this.markedControl = control;
      }
    } else if (!this.busy) {
      control?.removeAttribute('aria-busy');
      this.markedControl?.removeAttribute('aria-disabled');
      this.markedControl = undefined;
    }
  }

  /** The slotted control the element marked aria-disabled while busy (and unmarks after). */
  private markedControl?: HTMLElement;

  private onSlotChange(event: Event): void {
    this.slottedTrigger = slottedTriggerOf(event.target as HTMLSlotElement);
  }

  private onTriggerClick(event: Event): void {
    // Clicks on the trigger (slotted or default) only; the hint and status are not triggers.
    if (event.defaultPrevented) return;
    this.choose();
  }

  /** Enter and Space on the element, when it is the button around plain content. */
  protected readonly triggerKeys = new PlainTriggerKeys(this, () => this.slottedTrigger === 'plain', () => this.choose());

  private onDragOver = (event: DragEvent) => {
    if (this.inactive || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget instanceof Node && this.contains(event.relatedTarget)) return;
    this.dragging = false;
  };

  private onDrop = (event: DragEvent) => {
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (this.inactive || !files.length) return;
    event.preventDefault();
    this.chooseFiles(files);
  };

  private onPaste = (event: ClipboardEvent) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (this.inactive || !files.length) return;
    event.preventDefault();
    this.chooseFiles(files);
  };

  private statusState() {
    const { busy, busyNotice, progress, failure } = this;
    return { busy, busyNotice, progress, failure, chosen: this.chosenImages.length };
  }

  override render() {
    const text = strings();
    const { progress } = this;
    const { lang, dir } = languageOfUi();
    const failed = this.failure && !this.busy ? failureText(this.failure, text) : null;
    return html`<div part="base" class="base ${this.dragging ? 'dragging' : ''}" lang=${lang} dir=${dir}>
      <slot @slotchange=${this.onSlotChange} @click=${this.onTriggerClick}>
        <button
          part="button"
          class="button"
          type="button"
          ?disabled=${this.inactive}
          aria-busy=${this.busy ? 'true' : nothing}
          aria-disabled=${this.busy ? 'true' : nothing}
          aria-describedby="hint"
        >
          ${this.labels(text).button}
        </button>
      </slot>
      <span part="hint" class="hint" id="hint">${this.labels(text).hint}</span>
      ${this.busy && progress
        ? html`<progress part="progress" max=${progress.total} .value=${progress.loaded} aria-label=${text.compressing}></progress>`
        : nothing}
      <span part="status" class="status" role="status">${statusLine(this.statusState(), text)}</span>
      <span part="error" class="error" role="alert">${failed ?? ''}</span>
    </div>`;
  }
}
