import { WxCameraSheet } from './camera-sheet.js';

WxCameraSheet.define('wx-camera-sheet');

declare global {
  interface HTMLElementTagNameMap {
    'wx-camera-sheet': WxCameraSheet;
  }
}

export { WxCameraSheet };
