import { css } from 'lit';

/**
 * What every modal element shares: the host takes no box of its own, the `<dialog>` drops the
 * browser's border and padding and uses the kit's type, and the page behind is dimmed. Each
 * element adds its own size, colours and custom properties after this.
 */
export const modalStyles = css`
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
`;

/**
 * A bottom sheet, as the Mini App shows its action sheet and settings: full width up to 560px,
 * resting on the bottom edge above the home indicator, scrolling when taller than the screen.
 * The sheets share their custom properties (`--wx-sheet-*`), so one theme styles them all; the
 * defaults keep text and focus rings at WCAG AA contrast on the white rows.
 */
export const bottomSheetStyles = css`
  :host {
    --wx-sheet-background: #f7f7f7;
    --wx-sheet-item-background: #fff;
    --wx-sheet-color: #111;
    --wx-sheet-muted: #5f5f5f;
    --wx-sheet-radius: 12px;
    --wx-sheet-focus: #0a7c42;
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
