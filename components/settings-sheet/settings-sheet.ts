import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { languageOfUi, strings } from '../../src/config.js';
import { SCOPES, scopeLabel, type AuthSetting, type Scope } from '../../src/auth/scopes.js';
import { WxModalElement } from '../base/modal-element.js';
import { settingsSheetStyles } from './settings-sheet.styles.js';

export interface SettingsSheetEventMap {
  /** A switch was flipped: the scope and its new value. */
  change: CustomEvent<{ scope: Scope; granted: boolean }>;
  /** The sheet closed (Done or Esc): `detail.authSetting` is the setting it ends with. */
  close: CustomEvent<{ authSetting: AuthSetting }>;
}

let ids = 0;

/**
 * The page's settings, as `wx.openSetting` shows them: one switch per scope asked about so far,
 * and Done. A native modal `<dialog>` (focus in, kept inside, given back); Esc and a tap on the
 * backdrop work as Done, like leaving the Mini App's settings page, which keeps what was switched.
 *
 * @summary The settings sheet of `wx.openSetting`.
 * @tagname wx-settings-sheet
 * @event {CustomEvent<{ scope: Scope; granted: boolean }>} change - A switch was flipped: `detail.scope`, `detail.granted`.
 * @event {CustomEvent<{ authSetting: AuthSetting }>} close - The sheet closed: `detail.authSetting`.
 * @csspart dialog - The sheet.
 * @csspart title - The heading.
 * @csspart switch - Each scope's switch.
 * @csspart empty - The line shown when no scope was asked about yet.
 * @csspart done - The Done button.
 * @cssproperty --wx-sheet-background - Behind the rows.
 * @cssproperty --wx-sheet-item-background - Of each row.
 * @cssproperty --wx-sheet-color - Text colour.
 * @cssproperty --wx-sheet-muted - Secondary text colour.
 * @cssproperty --wx-sheet-accent - The track of a switch that is on.
 * @cssproperty --wx-sheet-switch-off - The track of a switch that is off.
 * @cssproperty --wx-sheet-switch-knob - The knob of a switch.
 * @cssproperty --wx-sheet-separator - The lines between rows.
 * @cssproperty --wx-sheet-radius - Top corner radius.
 * @cssproperty --wx-sheet-focus - Focus ring colour.
 * @cssproperty --wx-sheet-done-background - Of the Done button (white text on it).
 */
export class WxSettingsSheet extends WxModalElement<AuthSetting, SettingsSheetEventMap> {
  static override styles = settingsSheetStyles;

  /** The decisions to show; only scopes present here get a switch. */
  @property({ attribute: false }) authSetting: AuthSetting = {};

  /** The site named under the heading; the page's host when empty. */
  @property() site = '';

  @state() private draft: AuthSetting = {};

  private readonly idBase = `wx-settings-${++ids}`;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('authSetting')) this.draft = { ...this.authSetting };
  }

  /** Closes the sheet, keeping what was switched. */
  close(): void {
    this.settle(this.cancelValue());
  }

  /** Esc, a backdrop tap, removal and abort all work as Done: the setting it ends with. */
  protected cancelValue(): AuthSetting {
    return { ...this.draft };
  }

  protected emitClose(authSetting: AuthSetting): void {
    this.emit('close', { authSetting });
  }

  private onSwitch(scope: Scope, event: Event): void {
    const granted = (event.target as HTMLInputElement).checked;
    this.draft = { ...this.draft, [scope]: granted };
    this.emit('change', { scope, granted });
  }

  override render() {
    const text = strings();
    const site = this.site || location.host || location.origin;
    const asked = SCOPES.filter((scope) => this.draft[scope] !== undefined);
    const { lang, dir } = languageOfUi();
    // The title bar is a plain block, not a <header>: inside a dialog that would be a page banner.
    return html`<dialog part="dialog" lang=${lang} dir=${dir} aria-labelledby="${this.idBase}-title">
      <div class="top">
        <h2 part="title" id="${this.idBase}-title">
          ${text.settingsTitle} <span class="site">${site}</span>
        </h2>
        <button type="button" part="done" @click=${() => this.close()}>${text.done}</button>
      </div>
      ${asked.length
        ? html`<ul>
            ${asked.map(
              (scope) =>
                html`<li>
                  <label>
                    <span>${scopeLabel(scope)}</span>
                    <input
                      type="checkbox"
                      role="switch"
                      part="switch"
                      data-scope=${scope}
                      .checked=${this.draft[scope] === true}
                      @change=${(event: Event) => this.onSwitch(scope, event)}
                    />
                  </label>
                </li>`,
            )}
          </ul>`
        : html`<p class="empty" part="empty">${text.settingsEmpty}</p>`}
    </dialog>`;
  }
}
