import { warmCompressionWhenIdle } from '../../src/compress/warm.js';
import { WxMediaChooser } from './media-chooser.js';

WxMediaChooser.define('wx-media-chooser');
// Photos chosen will likely be compressed: start the compression workers once the page is idle.
warmCompressionWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'wx-media-chooser': WxMediaChooser;
  }
}

export { WxMediaChooser };
