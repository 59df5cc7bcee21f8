import { css } from 'lit';
import { bottomSheetStyles, modalStyles, riseStyles } from '../base/sheet.styles.js';

const ownStyles = css`
  :host {
    --wx-sheet-danger: light-dark(#c92a2a, #ff7b7b);
  }
  .heading {
    padding: 16px 24px;
    text-align: center;
    color: var(--wx-sheet-muted);
    font-size: 14px;
    background: var(--wx-sheet-item-background);
    border-bottom: 1px solid var(--wx-sheet-separator);
  }
  .extra:not(:empty), ::slotted(*) {
    display: block;
  }
  .items {
    display: flex;
    flex-direction: column;
    gap: 1px;
    background: var(--wx-sheet-separator);
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
  button:hover { background: var(--wx-sheet-hover-background); }
  button:focus-visible {
    outline: 3px solid var(--wx-sheet-focus);
    outline-offset: -3px;
  }
  button.destructive { color: var(--wx-sheet-danger); }
  /* A colour the page gave (showActionSheet's itemColor), on the rows but not on Cancel. */
  button[part~='item'] { color: var(--wx-sheet-item-color, inherit); }
  button[part~='item'].destructive { color: var(--wx-sheet-danger); }

  .cancel { margin-top: 8px; }
`;

export const actionSheetStyles = [modalStyles, bottomSheetStyles, riseStyles, ownStyles];
