import { WxImageUploader } from './image-uploader.js';

WxImageUploader.define('wx-image-uploader');

declare global {
  interface HTMLElementTagNameMap {
    'wx-image-uploader': WxImageUploader;
  }
}

export { WxImageUploader };
