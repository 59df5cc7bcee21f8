import './define.js';
import type { Scope } from '../../src/auth/scopes.js';
import type { ConsentDecision, WxConsentDialog } from './consent-dialog.js';

export interface OpenConsentDialogOptions {
  scope: Scope;
  /** Closes the dialog without an answer. */
  signal?: AbortSignal;
}

/** Shows the consent dialog over the page and removes it afterwards; resolves with the answer. */
export async function openConsentDialog(options: OpenConsentDialogOptions): Promise<ConsentDecision> {
  const dialog = document.createElement('wx-consent-dialog') as WxConsentDialog;
  dialog.scope = options.scope;
  document.body.append(dialog);
  const abort = () => dialog.close(null);
  options.signal?.addEventListener('abort', abort);
  try {
    if (options.signal?.aborted) return null;
    return await dialog.show();
  } finally {
    options.signal?.removeEventListener('abort', abort);
    dialog.remove();
  }
}
