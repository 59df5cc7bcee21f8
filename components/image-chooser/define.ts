import { WxImageChooser } from './image-chooser.js';

WxImageChooser.define('wx-image-chooser');

declare global {
  interface HTMLElementTagNameMap {
    'wx-image-chooser': WxImageChooser;
  }
}

export { WxImageChooser };
