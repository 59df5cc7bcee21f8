// The package's source entry: the wx object, configure, every API function by name, the element
// classes and the public types. Importing it defines the kit's tags.
import '../components/action-sheet/define.js';

export { wx, type Wx } from './wx.js';
export { configure, getConfig, resetConfig, type WxImageKitConfig, type CompressionOptions, type SettingsStorage } from './config.js';
export type { Strings, LocaleName } from './i18n.js';
export type { ApiFunction, ApiResult, Callbacks, FailResult } from './contract/index.js';
export { createTempPath, getTempFile, releaseTempFile, releaseAllTempFiles, tempFileCount } from './files/temp-store.js';
export { showActionSheet, type ShowActionSheetOptions, type ShowActionSheetSuccess } from './apis/show-action-sheet.js';
export { WxElement, type ContractEventMap } from '../components/base/wx-element.js';
export { WxActionSheet, type ActionSheetItem, type ActionSheetEventMap } from '../components/action-sheet/action-sheet.js';
