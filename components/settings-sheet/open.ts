import './define.js';
import type { AuthSetting } from '../../src/auth/scopes.js';
import type { WxSettingsSheet } from './settings-sheet.js';

export interface OpenSettingsSheetOptions {
  authSetting: AuthSetting;
  /** Closes the sheet (keeping what was switched). */
  signal?: AbortSignal;
}

/** Shows the settings sheet over the page and removes it afterwards; resolves with the setting it ends with. */
export async function openSettingsSheet(options: OpenSettingsSheetOptions): Promise<AuthSetting> {
  const sheet = document.createElement('wx-settings-sheet') as WxSettingsSheet;
  sheet.authSetting = options.authSetting;
  document.body.append(sheet);
  const abort = () => sheet.close();
  options.signal?.addEventListener('abort', abort);
  try {
    if (options.signal?.aborted) return { ...options.authSetting };
    return await sheet.show();
  } finally {
    options.signal?.removeEventListener('abort', abort);
    sheet.remove();
  }
}
