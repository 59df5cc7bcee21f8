import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlainTriggerKeys, slottedTriggerOf, syncPlainTriggerRole } from '../base/slotted-trigger.js';
import { cropImage, type CropImageSuccess, type CropScale } from '../../src/apis/crop-image.js';
import { languageOfUi, strings } from '../../src/config.js';
import type { ApiResult } from '../../src/contract/types.js';
import { WxElement, type ContractEventMap } from '../base/wx-element.js';
import { imageCropperStyles } from './image-cropper.styles.js';

/** What `success` carries: cropImage's success object, errMsg included. */
export type CropImageResult = CropImageSuccess & ApiResult;

export type ImageCropperEventMap = ContractEventMap<CropImageResult>;

/**
 * Runs `wx.cropImage` for its `src` at its `crop-scale` when its trigger is used (a click, Enter
 * or Space) or `crop()` is called, and re-dispatches the outcome. The trigger is the slotted
 * content (a button, or anything else: then the element itself is the button) or a default
 * "Crop image" button.
 *
 * @tagname wx-image-cropper
 * @summary Crops an image with wx.cropImage, from a trigger.
 * @slot - The trigger; a default "Crop image" button when empty.
 * @event {CustomEvent<CropImageResult>} success - `detail.tempFilePath` is the cropped image (also in `tempFilePath`).
 * @event {CustomEvent<FailResult>} fail - `detail.errMsg`: `cropImage:fail cancel` when closed without cropping, or why it failed.
 * @event {CustomEvent<CropImageResult | FailResult>} complete - After success or fail, with the same object.
 * @csspart button - The default trigger button.
 * @cssproperty --wx-cropper-accent - The default button's fill and focus ring.
 * @cssproperty --wx-cropper-color - The default button's text colour.
 * @cssproperty --wx-cropper-radius - Its corner radius.
 * @cssproperty --wx-scale - Size factor: the element is 16px × this, whatever the page's root or inherited font size (default 1).
 */
export class WxImageCropper extends WxElement<ImageCropperEventMap> {
  static override styles = imageCropperStyles;

  /** The image, as cropImage's `src` takes it. */
  @property() src = '';

  /** The frame's aspect ratio: `16:9 9:16 4:3 3:4 5:4 4:5 1:1`. */
  @property({ attribute: 'crop-scale' }) cropScale: CropScale = '1:1';

  /** Takes no clicks or keys. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set while the cropper is open or the crop is being encoded. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** The temp path of the last crop, '' before one. */
  @property({ attribute: false }) tempFilePath = '';

  /** Whether the slotted trigger is only content (an image, a span): the element is the button then. */
  @state() private plainTrigger = false;

  private internalsCache?: ElementInternals;
  private get internals(): ElementInternals {
    // Attached on first use rather than in the constructor (no DOM work there).
    return (this.internalsCache ??= this.attachInternals());
  }

  /** Opens the cropper for `src` at `crop-scale` (what the trigger does); nothing while one is open or when disabled. */
  crop(): void {
    if (this.disabled || this.busy) return;
    this.busy = true;
    const relay = this.relay<CropImageResult>({ success: (result) => (this.tempFilePath = result.tempFilePath) });
    cropImage({
      src: this.src,
      cropScale: this.cropScale,
      success: relay.success,
      fail: relay.fail,
      complete: (result) => {
        this.busy = false;
        relay.complete(result);
      },
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('plainTrigger' as keyof WxImageCropper) || changed.has('disabled')) {
      syncPlainTriggerRole(this, this.internals, this.plainTrigger, { disabled: this.disabled });
    }
  }

  private onSlotChange(event: Event): void {
    this.plainTrigger = slottedTriggerOf(event.target as HTMLSlotElement) === 'plain';
  }

  private onTriggerClick(event: Event): void {
    if (!event.defaultPrevented) this.crop();
  }

  /** Enter and Space on the element, when it is the button around plain content. */
  protected readonly triggerKeys = new PlainTriggerKeys(this, () => this.plainTrigger, () => this.crop());

  override render() {
    const { lang, dir } = languageOfUi();
    return html`<slot @slotchange=${this.onSlotChange} @click=${this.onTriggerClick} lang=${lang} dir=${dir}>
      <button part="button" class="button" type="button" ?disabled=${this.disabled} aria-busy=${this.busy ? 'true' : nothing}>${strings().cropChoose}</button>
    </slot>`;
  }
}
