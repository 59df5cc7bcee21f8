import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { languageOfUi, strings } from '../../src/config.js';
import { format } from '../../src/i18n.js';
import { scopeConsentText, type Scope } from '../../src/auth/scopes.js';
import { WxModalElement } from '../base/modal-element.js';
import { consentDialogStyles } from './consent-dialog.styles.js';

/** The person's answer; null when the dialog went away without one. */
export type ConsentDecision = 'allow' | 'deny' | null;

export interface ConsentDialogEventMap {
  /** The dialog closed: `detail.decision` is `allow`, `deny` (also Esc) or null (removed unanswered). */
  close: CustomEvent<{ decision: ConsentDecision }>;
}

let ids = 0;

/**
 * The consent dialog `authorize` shows the first time a page asks for a scope, as the Mini App
 * runtime does: the site's name, what it wants, Deny and Allow. A native modal `<dialog>`: focus
 * moves in (to Deny, so a stray Enter never grants), stays inside and returns on close; Esc denies.
 *
 * @summary The permission prompt of `wx.authorize` and `wx.saveImageToPhotosAlbum`.
 * @tagname wx-consent-dialog
 * @event {CustomEvent<{ decision: ConsentDecision }>} close - The dialog closed: `detail.decision` is `allow`, `deny` or null.
 * @csspart dialog - The dialog box.
 * @csspart title - The line naming the site.
 * @csspart description - What the site asks for.
 * @csspart deny - The Deny button.
 * @csspart allow - The Allow button.
 * @cssproperty --wx-dialog-background - Of the box.
 * @cssproperty --wx-dialog-color - Text colour.
 * @cssproperty --wx-dialog-muted - Colour of the description.
 * @cssproperty --wx-dialog-radius - Corner radius.
 * @cssproperty --wx-dialog-hover-background - Of a button under the pointer.
 * @cssproperty --wx-dialog-separator - The lines around the buttons.
 * @cssproperty --wx-dialog-focus - Focus ring and Allow colour.
 */
export class WxConsentDialog extends WxModalElement<ConsentDecision, ConsentDialogEventMap> {
  static override styles = consentDialogStyles;

  /** The scope asked for. */
  @property() scope: Scope = 'scope.writePhotosAlbum';

  /** The site named in the title; the page's host when empty. */
  @property() site = '';

  private readonly idBase = `wx-consent-${++ids}`;

  // A tap beside the question is no answer; the page waits for Deny or Allow.
  protected override backdropCancels = false;

  /** Closes the dialog with an answer (null: no answer). */
  close(decision: ConsentDecision = null): void {
    this.settle(decision);
  }

  /** Esc is Deny, as the Mini App's back gesture on its prompt. */
  protected cancelValue(): ConsentDecision {
    return 'deny';
  }

  /** Removed or aborted unanswered: no decision. */
  protected override dismissValue(): ConsentDecision {
    return null;
  }

  protected emitClose(decision: ConsentDecision): void {
    this.emit('close', { decision });
  }

  override render() {
    const text = strings();
    const site = this.site || location.host || location.origin;
    const { lang, dir } = languageOfUi();
    // alertdialog: it interrupts to ask for an answer the page waits on.
    return html`<dialog
      part="dialog"
      role="alertdialog"
      lang=${lang}
      dir=${dir}
      aria-labelledby="${this.idBase}-title"
      aria-describedby="${this.idBase}-text"
    >
      <h2 part="title" id="${this.idBase}-title">${format(text.consentTitle, { site })}</h2>
      <p part="description" id="${this.idBase}-text">${scopeConsentText(this.scope)}</p>
      <div class="actions">
        <button type="button" part="deny" @click=${() => this.close('deny')}>${text.deny}</button>
        <button type="button" part="allow" @click=${() => this.close('allow')}>${text.allow}</button>
      </div>
    </dialog>`;
  }
}
