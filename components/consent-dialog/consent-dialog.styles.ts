import { css } from 'lit';
import { modalStyles } from '../base/sheet.styles.js';

const ownStyles = css`
  :host {
    --wx-dialog-background: light-dark(#fff, #1f1f1f);
    --wx-dialog-color: light-dark(#111, #f2f2f2);
    --wx-dialog-muted: light-dark(#5f5f5f, #ababab);
    --wx-dialog-hover-background: light-dark(#f3f3f3, #2c2c2c);
    --wx-dialog-separator: light-dark(rgb(0 0 0 / 0.1), rgb(255 255 255 / 0.14));
    --wx-dialog-radius: 12px;
    --wx-dialog-focus: light-dark(#0a7c42, #3ddc84);
  }
  dialog {
    width: min(calc(100% - 32px), 360px);
    border-radius: var(--wx-dialog-radius);
    background: var(--wx-dialog-background);
    color: var(--wx-dialog-color);
    line-height: 1.5;
    text-align: center;
    overflow: hidden;
  }
  h2 {
    margin: 0;
    padding: 24px 24px 8px;
    font-size: 17px;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
    padding: 0 24px 24px;
    color: var(--wx-dialog-muted);
  }
  .actions {
    display: flex;
    border-top: 1px solid var(--wx-dialog-separator);
  }
  button {
    appearance: none;
    flex: 1;
    min-height: 52px;
    margin: 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button + button {
    border-left: 1px solid var(--wx-dialog-separator);
  }
  button[part~='allow'] {
    color: var(--wx-dialog-focus);
  }
  button:hover {
    background: var(--wx-dialog-hover-background);
  }
  button:focus-visible {
    outline: 3px solid var(--wx-dialog-focus);
    outline-offset: -3px;
  }
`;

export const consentDialogStyles = [modalStyles, ownStyles];
