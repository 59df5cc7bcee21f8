import { css } from 'lit';
import { bottomSheetStyles, modalStyles, riseStyles } from '../base/sheet.styles.js';

const ownStyles = css`
  :host {
    --wx-sheet-danger: #c92a2a;
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

export const actionSheetStyles = [modalStyles, bottomSheetStyles, riseStyles, ownStyles];
