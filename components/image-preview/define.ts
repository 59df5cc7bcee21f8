import { WxImagePreview } from './image-preview.js';

WxImagePreview.define('wx-image-preview');

declare global {
  interface HTMLElementTagNameMap {
    'wx-image-preview': WxImagePreview;
  }
}

export { WxImagePreview };
