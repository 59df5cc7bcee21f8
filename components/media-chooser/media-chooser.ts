import { property } from 'lit/decorators.js';
import { chooseMedia, chooseMediaFromFiles } from '../../src/apis/choose-media.js';
import type { Strings } from '../../src/i18n.js';
import type { CameraFacing, MediaType } from '../../src/intake/options.js';
import { mediaOptions } from '../image-chooser/chooser-options.js';
import { ChooserElement, type ChooseMediaResult, type ChooserCallbacks } from '../image-chooser/chooser-element.js';

/**
 * `<wx-image-chooser>` for photos and videos: the same control (trigger, drop, paste, form
 * field, states), running `chooseMedia` — `media-type`, `max-duration` and `camera` as the API
 * takes them — so its `success` carries chooseMedia's `{ tempFiles, type }`.
 *
 * @tagname wx-media-chooser
 * @summary Chooses photos and videos (wx.chooseMedia) by click, drop or paste, as a form control.
 * @slot - The trigger; a default "Choose photos or videos" button when empty.
 * @event {CustomEvent<ChooseMediaResult>} success - Files were chosen: `detail` is chooseMedia's success object.
 * @event {CustomEvent<FailResult>} fail - Nothing was chosen: `detail.errMsg` (`chooseMedia:fail cancel`, `…invalid file type`).
 * @event {CustomEvent<ChooseMediaResult | FailResult>} complete - After success or fail, with the same object.
 * @event {CustomEvent<ChooseImageProgress>} progress - During compression of photos: `detail.loaded` / `detail.total` (input bytes).
 * @event {Event} change - The chosen files changed.
 */
export class WxMediaChooser extends ChooserElement<ChooseMediaResult> {
  /** `image` and/or `video` (`mix` is both), space- or comma-separated. */
  @property({ attribute: 'media-type' }) mediaType: string | readonly MediaType[] = 'image video';

  /** Seconds the camera records at most, 3..60 (default 10). */
  @property({ type: Number, attribute: 'max-duration' }) maxDuration?: number;

  /** The camera to start with, `back` (default) or `front`. */
  @property() camera?: CameraFacing;

  protected callApi(callbacks: ChooserCallbacks<ChooseMediaResult>): void {
    chooseMedia({ ...mediaOptions(this, this.onProgress), ...callbacks });
  }

  protected callApiWithFiles(files: File[], callbacks: ChooserCallbacks<ChooseMediaResult>): void {
    chooseMediaFromFiles({ ...mediaOptions(this, this.onProgress), files, ...callbacks });
  }

  protected labels(text: Strings): { button: string; hint: string } {
    return { button: text.defaultChooseMediaLabel, hint: text.dropMediaHint };
  }
}
