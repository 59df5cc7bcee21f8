import { html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { strings } from '../../src/config.js';
import { SCOPES, scopeLabel, type AuthSetting, type Scope } from '../../src/auth/scopes.js';
import { WxElement } from '../base/wx-element.js';
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
 * @event change - A switch was flipped: `detail.scope`, `detail.granted`.
 * @event close - The sheet closed: `detail.authSetting`.
 * @csspart dialog - The sheet.
 * @csspart title - The heading.
 * @csspart switch - Each scope's switch.
 * @csspart empty - The line shown when no scope was asked about yet.
 * @csspart done - The Done button.
 * @cssproperty --wx-settings-background - Behind the rows.
 * @cssproperty --wx-settings-row-background - Of each row.
 * @cssproperty --wx-settings-color - Text colour.
 * @cssproperty --wx-settings-muted - Secondary text colour.
 * @cssproperty --wx-settings-accent - A switch that is on; the Done button.
 * @cssproperty --wx-settings-radius - Top corner radius.
 * @cssproperty --wx-settings-focus - Focus ring colour.
 * @cssproperty --wx-settings-done-background - Of the Done button (white text on it).
 */
export class WxSettingsSheet extends WxElement<SettingsSheetEventMap> {
  static override styles = settingsSheetStyles;

  /** The decisions to show; only scopes present here get a switch. */
  @property({ attribute: false }) authSetting: AuthSetting = {};

  /** The site named under the heading; the page's host when empty. */
  @property() site = '';

  @state() private draft: AuthSetting = {};

  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly idBase = `wx-settings-${++ids}`;
  private settle?: (authSetting: AuthSetting) => void;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('authSetting')) this.draft = { ...this.authSetting };
  }

  /** Opens the sheet; resolves with the setting it ends with. */
  async show(): Promise<AuthSetting> {
    await this.updateComplete;
    this.settle?.({ ...this.draft });
    const result = new Promise<AuthSetting>((resolve) => (this.settle = resolve));
    if (!this.dialog.open) this.dialog.showModal();
    return result;
  }

  /** Closes the sheet, keeping what was switched. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
    const settle = this.settle;
    this.settle = undefined;
    if (!settle) return;
    const authSetting = { ...this.draft };
    this.emit('close', { authSetting });
    settle(authSetting);
  }

  private onCancel(event: Event): void {
    event.preventDefault();
    this.close();
  }

  private onDialogClick(event: MouseEvent): void {
    // A click on the backdrop lands on the dialog itself, outside its box: like Done.
    if (event.target !== this.dialog) return;
    const box = this.dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.close();
  }

  private onSwitch(scope: Scope, event: Event): void {
    const granted = (event.target as HTMLInputElement).checked;
    this.draft = { ...this.draft, [scope]: granted };
    this.emit('change', { scope, granted });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close();
  }

  override render() {
    const text = strings();
    const site = this.site || location.host || location.origin;
    const asked = SCOPES.filter((scope) => this.draft[scope] !== undefined);
    return html`<dialog part="dialog" aria-labelledby="${this.idBase}-title" @cancel=${this.onCancel} @click=${this.onDialogClick}>
      <header>
        <h2 part="title" id="${this.idBase}-title">
          ${text.settingsTitle} <span class="site">${site}</span>
        </h2>
        <button type="button" part="done" @click=${() => this.close()}>${text.done}</button>
      </header>
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
