import { WxSettingsSheet } from './settings-sheet.js';

WxSettingsSheet.define('wx-settings-sheet');

declare global {
  interface HTMLElementTagNameMap {
    'wx-settings-sheet': WxSettingsSheet;
  }
}

export { WxSettingsSheet };
