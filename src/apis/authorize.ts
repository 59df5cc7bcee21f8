import { changeSettings, requestAuthorization } from '../auth/authorize.js';
import { isScope, type AuthSetting, type Scope } from '../auth/scopes.js';
import { readAuthSetting } from '../auth/settings-store.js';
import { ApiError, defineApi } from '../contract/index.js';
import { ui } from '../ui/overlays.js';

export interface AuthorizeOptions {
  /** The scope to ask for; the kit knows `scope.writePhotosAlbum`. */
  scope: Scope;
}

export interface AuthSettingResult {
  /** Every scope asked about so far on this origin: true granted, false denied. */
  authSetting: AuthSetting;
}

/**
 * `wx.authorize`: asks for a scope ahead of the API that needs it. The first call shows the
 * consent dialog; Allow → `authorize:ok`, Deny (or Esc) → `authorize:fail auth deny`. Either
 * answer is remembered: a granted scope succeeds and a denied one fails at once, with no dialog,
 * until `openSetting` changes it.
 */
export const authorize = defineApi<AuthorizeOptions, {}>({
  name: 'authorize',
  schema: {
    scope: { type: 'String', required: true },
  },
  async run({ scope }) {
    if (!isScope(scope)) throw new ApiError('invalid scope');
    if (!(await requestAuthorization(scope, ui.consent))) throw new ApiError('auth deny');
    return {};
  },
});

/** `wx.getSetting`: the decisions made so far; a scope never asked about is absent. */
export const getSetting = defineApi<{}, AuthSettingResult>({
  name: 'getSetting',
  schema: {},
  run: () => ({ authSetting: readAuthSetting() }),
});

/**
 * `wx.openSetting`: the settings sheet with a switch per scope asked about so far; resolves, once
 * the person is done, with the new `authSetting`, which is recorded.
 */
export const openSetting = defineApi<{}, AuthSettingResult>({
  name: 'openSetting',
  schema: {},
  run: async () => ({ authSetting: await changeSettings(ui.settings) }),
});
