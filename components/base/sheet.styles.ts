import { css } from 'lit';
import { forcedColorsControls, overlayColorScheme } from './theme.styles.js';

/**
 * What every modal element shares: the host takes no box of its own, the `<dialog>` drops the
 * browser's border and padding and uses the kit's type, and the page behind is dimmed. Each
 * element adds its own size, colours and custom properties after this.
 */
const modalBase = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    padding: 0;
    border: 0;
    font: 16px/1.4 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
  }
`;

/** The base of every modal: its box, the light/dark switch and the forced-colours controls. */
export const modalStyles = [modalBase, overlayColorScheme, forcedColorsControls];

/**
 * A bottom sheet, as the Mini App shows its action sheet and settings: full width up to 560px,
 * resting on the bottom edge above the home indicator, scrolling when taller than the screen.
 * The sheets share their custom properties (`--wx-sheet-*`), so one theme styles them all; the
 * defaults (light and dark) keep text at 4.5:1 and focus rings and state colours at 3:1 or more
 * on the rows.
 */
export const bottomSheetStyles = css`
  :host {
    --wx-sheet-background: light-dark(#f7f7f7, #111);
    --wx-sheet-item-background: light-dark(#fff, #1f1f1f);
    --wx-sheet-hover-background: light-dark(#f0f0f0, #2c2c2c);
    --wx-sheet-color: light-dark(#111, #f2f2f2);
    --wx-sheet-muted: light-dark(#5f5f5f, #ababab);
    --wx-sheet-separator: light-dark(rgb(0 0 0 / 0.08), rgb(255 255 255 / 0.12));
    --wx-sheet-radius: 12px;
    --wx-sheet-focus: light-dark(#0a7c42, #3ddc84);
    /* Checked and on states (a switch, the "Original" box). */
    --wx-sheet-accent: light-dark(#0a7c42, #3ddc84);
  }
  dialog {
    margin: auto auto 0;
    width: min(100%, 560px);
    max-width: 100%;
    max-height: 90dvh;
    padding-bottom: env(safe-area-inset-bottom);
    border-radius: var(--wx-sheet-radius) var(--wx-sheet-radius) 0 0;
    background: var(--wx-sheet-background);
    color: var(--wx-sheet-color);
    font-size: 17px;
    overflow: auto;
  }
`;

/** The sheet rises from the bottom edge when it opens; not when the person asks for less motion. */
export const riseStyles = css`
  dialog[open] {
    animation: rise 0.2s ease-out;
  }
  @keyframes rise {
    from { transform: translateY(100%); }
  }
  @media (prefers-reduced-motion: reduce) {
    dialog[open] { animation: none; }
  }
`;
