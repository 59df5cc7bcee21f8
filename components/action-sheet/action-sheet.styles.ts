import { css } from 'lit';

export const actionSheetStyles = css`
  :host {
    display: contents;
    --wx-sheet-background: #f7f7f7;
    --wx-sheet-item-background: #fff;
    --wx-sheet-color: #111;
    --wx-sheet-muted: #6b6b6b;
    --wx-sheet-danger: #fa5151;
    --wx-sheet-radius: 12px;
    --wx-sheet-focus: #07c160;
  }
  dialog {
    box-sizing: border-box;
    margin: auto auto 0;
    width: min(100%, 560px);
    max-width: 100%;
    max-height: 90dvh;
    padding: 0 0 env(safe-area-inset-bottom);
    border: 0;
    border-radius: var(--wx-sheet-radius) var(--wx-sheet-radius) 0 0;
    background: var(--wx-sheet-background);
    color: var(--wx-sheet-color);
    font: 17px/1.4 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif;
    overflow: auto;
  }
  dialog[open] {
    animation: rise 0.2s ease-out;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  @keyframes rise {
    from { transform: translateY(100%); }
  }
  @media (prefers-reduced-motion: reduce) {
    dialog[open] { animation: none; }
  }
  header {
    padding: 16px 24px;
    text-align: center;
    color: var(--wx-sheet-muted);
    font-size: 14px;
    background: var(--wx-sheet-item-background);
    border-bottom: 1px solid rgb(0 0 0 / 0.08);
  }
  .extra:not(:empty), ::slotted(*) {
    display: block;
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: 1px;
    background: rgb(0 0 0 / 0.08);
  }
  button {
    appearance: none;
    width: 100%;
    min-height: 56px;
    border: 0;
    margin: 0;
    background: var(--wx-sheet-item-background);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:hover { background: #f0f0f0; }
  button:focus-visible {
    outline: 3px solid var(--wx-sheet-focus);
    outline-offset: -3px;
  }
  button.destructive { color: var(--wx-sheet-danger); }
  .cancel { margin-top: 8px; }
`;
