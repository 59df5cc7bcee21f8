import { css } from 'lit';

/**
 * Light or dark. Every colour custom property of the kit is a `light-dark()` pair, so the
 * `color-scheme` of the host picks the set:
 * - overlays (sheets, dialogs, the viewer) follow the person's `prefers-color-scheme`;
 * - inline elements (chooser, info card) take the page's own `color-scheme` (inherited), so they
 *   turn dark only on a page that declares it supports dark (`color-scheme: light dark`);
 * - `--wx-color-scheme: light` or `dark` (on `:root` or any ancestor; custom properties cross
 *   shadow roots) forces either everywhere.
 */
export const overlayColorScheme = css`
  :host {
    color-scheme: var(--wx-color-scheme, light dark);
  }
`;

/** See `overlayColorScheme`; without `--wx-color-scheme` the declaration is invalid, so it inherits. */
export const inlineColorScheme = css`
  :host {
    color-scheme: var(--wx-color-scheme);
  }
`;

/**
 * Forced colours (Windows High Contrast and the like) drop backgrounds and shadows, so a button
 * drawn only by its fill reads as plain text. Every button gets a system-coloured border, focus
 * shows in Highlight, and what cannot act is drawn in GrayText.
 */
export const forcedColorsControls = css`
  @media (forced-colors: active) {
    /* :host raises these above each element's own button rules, whatever their order. */
    :host button {
      border: 2px solid ButtonText;
    }
    :host button:focus-visible {
      outline-color: Highlight;
    }
    :host button:disabled,
    :host button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
