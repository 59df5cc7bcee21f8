import './define.js';
import type { AuthSetting } from '../../src/auth/scopes.js';
import { openModal } from '../base/open-modal.js';
import type { ShowOptions } from '../base/modal-element.js';

export interface OpenSettingsSheetOptions extends ShowOptions {
  authSetting: AuthSetting;
}

/**
 * Shows the settings sheet over the page and removes it afterwards; resolves with the setting it
 * ends with. An aborted `signal` closes it like Done, keeping what was switched.
 */
export async function openSettingsSheet({ authSetting, signal }: OpenSettingsSheetOptions): Promise<AuthSetting> {
  return openModal(Object.assign(document.createElement('wx-settings-sheet'), { authSetting }), { signal });
}
