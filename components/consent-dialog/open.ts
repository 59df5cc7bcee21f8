import './define.js';
import type { Scope } from '../../src/auth/scopes.js';
import { openModal } from '../base/open-modal.js';
import type { ShowOptions } from '../base/modal-element.js';
import type { ConsentDecision } from './consent-dialog.js';

export interface OpenConsentDialogOptions extends ShowOptions {
  scope: Scope;
}

/**
 * Shows the consent dialog over the page and removes it afterwards; resolves with the answer,
 * null when `signal` aborts it unanswered.
 */
export async function openConsentDialog({ scope, signal }: OpenConsentDialogOptions): Promise<ConsentDecision> {
  return openModal(Object.assign(document.createElement('wx-consent-dialog'), { scope }), { signal });
}
