import { WxCropDialog } from './crop-dialog.js';

WxCropDialog.define('wx-crop-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'wx-crop-dialog': WxCropDialog;
  }
}

export { WxCropDialog };
