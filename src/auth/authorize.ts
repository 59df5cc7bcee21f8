import { ApiError } from '../contract/errors.js';
import { ui } from '../ui/overlays.js';
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
 * records nothing.
 */
export async function requestAuthorization(scope: Scope): Promise<boolean> {
  const decided = readDecision(scope);
  if (decided !== undefined) return decided;
  let pending = pendingConsent.get(scope);
  if (!pending) {
    // The dialog's code loads on first use (src/ui/): most page views never ask.
    pending = ui
      .consent(scope)
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
export async function ensureAuthorized(scope: Scope): Promise<void> {
  if (!(await requestAuthorization(scope))) throw new ApiError('auth deny');
}

/** Shows the settings sheet over the scopes asked about so far; records and returns the result. */
export function changeSettings(): Promise<AuthSetting> {
  pendingSettings ??= ui
    .settings(readAuthSetting())
    .then((authSetting) => writeAuthSetting(authSetting))
    .finally(() => (pendingSettings = undefined));
  return pendingSettings;
}
