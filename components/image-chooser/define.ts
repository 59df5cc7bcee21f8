import { warmCompressionWhenIdle } from '../../src/compress/warm.js';
import { WxImageChooser } from './image-chooser.js';

WxImageChooser.define('wx-image-chooser');
// A page with a chooser will likely compress: start the compression workers once it is idle.
warmCompressionWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'wx-image-chooser': WxImageChooser;
  }
}

export { WxImageChooser };
