import type { ApiResult } from '../../src/contract/types.js';
import type { Strings } from '../../src/i18n.js';

/**
 * What the viewer tells the person after Save Image, so a save is never silent: done, or why
 * not. Null when the person backed out themselves (closed the share sheet or the consent prompt
 * with cancel), which needs no telling.
 */
export function saveFeedback(result: ApiResult, text: Strings): string | null {
  const reason = result.errMsg.replace(/^[^:]*:(ok|fail)\s*/, '');
  if (/:ok$/.test(result.errMsg)) return text.saveDone;
  if (reason === 'cancel') return null;
  if (reason === 'auth deny' || reason === 'auth denied') return text.saveDenied;
  // The image shows, but its bytes are not the page's to read: another site, no CORS, not in downloadDomains.
  if (reason === 'url not in domain list' || reason.startsWith('network error')) return text.saveNotReadable;
  return text.saveFailed;
}
