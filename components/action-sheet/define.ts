import { WxActionSheet } from './action-sheet.js';

WxActionSheet.define('wx-action-sheet');

declare global {
  interface HTMLElementTagNameMap {
    'wx-action-sheet': WxActionSheet;
  }
}

export { WxActionSheet };
