import { ApiError } from '../contract/errors.js';
import type { ConsentPort, SettingsPort } from '../ui/ports.js';
import type { AuthSetting, Scope } from './scopes.js';
import { readAuthSetting, readDecision, writeAuthSetting } from './settings-store.js';

/** Consent dialogs on screen, per scope: concurrent requests share one dialog and its answer. */
const pendingConsent = new Map<Scope, Promise<boolean>>();
/** The settings sheet on screen: concurrent openSetting calls share it. */
let pendingSettings: Promise<AuthSetting> | undefined;

/**
 * Whether the page may use `scope`, as the Mini App decides it: a recorded decision answers at
 * once and no dialog appears; otherwise the consent dialog asks, and Allow or Deny (or Esc) is
 * recorded. A dialog closed without an answer (removed from the page) denies this once and
 * records nothing. `ask` is the consent port: the caller's (the seam's for `wx`, the dialog the
 * viewer loads for its Save Image), so this module reaches no UI.
 */
export async function requestAuthorization(scope: Scope, ask: ConsentPort): Promise<boolean> {
  const decided = readDecision(scope);
  if (decided !== undefined) return decided;
  let pending = pendingConsent.get(scope);
  if (!pending) {
    // The dialog's code loads on first use (src/ui/): most page views never ask.
    pending = ask(scope)
      .then((decision) => {
        if (decision !== null) writeAuthSetting({ [scope]: decision === 'allow' });
        return decision === 'allow';
      })
      .finally(() => pendingConsent.delete(scope));
    pendingConsent.set(scope, pending);
  }
  return pending;
}

/** Throws `auth deny` unless `scope` is (or now becomes) granted. */
export async function ensureAuthorized(scope: Scope, ask: ConsentPort): Promise<void> {
  if (!(await requestAuthorization(scope, ask))) throw new ApiError('auth deny');
}

/** Shows the settings sheet over the scopes asked about so far; records and returns the result. */
export function changeSettings(show: SettingsPort): Promise<AuthSetting> {
  pendingSettings ??= show(readAuthSetting())
    .then((authSetting) => writeAuthSetting(authSetting))
    .finally(() => (pendingSettings = undefined));
  return pendingSettings;
}
