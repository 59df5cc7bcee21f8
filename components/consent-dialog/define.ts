import { WxConsentDialog } from './consent-dialog.js';

WxConsentDialog.define('wx-consent-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'wx-consent-dialog': WxConsentDialog;
  }
}

export { WxConsentDialog };
