export { SCOPES, isScope, scopeLabel, scopeConsentText, type Scope, type AuthSetting } from './scopes.js';
export { readAuthSetting, writeAuthSetting, readDecision, settingsKey } from './settings-store.js';
export { requestAuthorization, ensureAuthorized, changeSettings } from './authorize.js';
