import { WxImageInfo } from './image-info.js';

WxImageInfo.define('wx-image-info');

declare global {
  interface HTMLElementTagNameMap {
    'wx-image-info': WxImageInfo;
  }
}

export { WxImageInfo };
