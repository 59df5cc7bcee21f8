import { WxImageCropper } from './image-cropper.js';

WxImageCropper.define('wx-image-cropper');

declare global {
  interface HTMLElementTagNameMap {
    'wx-image-cropper': WxImageCropper;
  }
}

export { WxImageCropper };
