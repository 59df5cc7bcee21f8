import { chooseImage, chooseImageFromFiles } from '../../src/apis/choose-image.js';
import type { Strings } from '../../src/i18n.js';
import { imageOptions } from './chooser-options.js';
import { ChooserElement, type ChooseImageResult, type ChooserCallbacks } from './chooser-element.js';

export type { ChooseImageResult, ChooseMediaResult, ChooserEventMap, ImageChooserEventMap, MediaChooserEventMap } from './chooser-element.js';

/**
 * A form control that runs `chooseImage`: a click, Enter or Space on its trigger asks for images
 * (camera or album, as `source-type` allows); images dropped onto it or pasted while it has focus
 * take the same path (checked by their bytes, cut to `count`, compressed as `size-type` says).
 * With a `name`, the chosen files are submitted with its form; `required` takes part in
 * constraint validation, and a form reset empties it. For photos and videos, `<wx-media-chooser>`.
 *
 * @tagname wx-image-chooser
 * @summary Chooses images (wx.chooseImage) by click, drop or paste, as a form control.
 * @slot - The trigger; a default "Choose images" button when empty.
 * @event {CustomEvent<ChooseImageResult>} success - Images were chosen: `detail` is chooseImage's success object.
 * @event {CustomEvent<FailResult>} fail - Nothing was chosen: `detail.errMsg` (`chooseImage:fail cancel`, `…invalid file type`).
 * @event {CustomEvent<ChooseImageResult | FailResult>} complete - After success or fail, with the same object.
 * @event {CustomEvent<ChooseImageProgress>} progress - During compression: `detail.loaded` / `detail.total` (input bytes).
 * @event {Event} change - The chosen images changed.
 */
export class WxImageChooser extends ChooserElement<ChooseImageResult> {
  protected callApi(callbacks: ChooserCallbacks<ChooseImageResult>): void {
    chooseImage({ ...imageOptions(this, this.onProgress), ...callbacks });
  }

  protected callApiWithFiles(files: File[], callbacks: ChooserCallbacks<ChooseImageResult>): void {
    chooseImageFromFiles({ ...imageOptions(this, this.onProgress), files, ...callbacks });
  }

  protected labels(text: Strings): { button: string; hint: string } {
    return { button: text.defaultChooseLabel, hint: text.dropHint };
  }
}
