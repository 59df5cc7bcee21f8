import { css } from 'lit';
import { bottomSheetStyles, modalStyles } from '../base/sheet.styles.js';

const ownStyles = css`
  :host {
    /* 3:1 or more against the row, and the knob against the track, in both schemes. */
    --wx-sheet-switch-off: light-dark(#767676, #8f8f8f);
    --wx-sheet-switch-knob: light-dark(#fff, #111);
    --wx-sheet-done-background: #0a7c42;
  }
  .top {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 12px 16px 12px 24px;
    background: var(--wx-sheet-item-background);
    border-bottom: 1px solid var(--wx-sheet-separator);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 17px;
    font-weight: 600;
  }
  .site {
    display: block;
    color: var(--wx-sheet-muted);
    font-size: 13px;
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  ul {
    list-style: none;
    margin: 16px 0;
    padding: 0;
    background: var(--wx-sheet-item-background);
  }
  li + li {
    border-top: 1px solid var(--wx-sheet-separator);
  }
  label {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 16px;
    min-height: 56px;
    padding: 0 24px;
    cursor: pointer;
  }
  input[role='switch'] {
    appearance: none;
    position: relative;
    flex: none;
    width: 52px;
    height: 32px;
    margin: 0;
    border-radius: 16px;
    background: var(--wx-sheet-switch-off);
    cursor: pointer;
    transition: background 0.15s;
  }
  input[role='switch']::after {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 28px;
    height: 28px;
    border-radius: 50%;
    background: var(--wx-sheet-switch-knob);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
    transition: transform 0.15s;
  }
  input[role='switch']:checked {
    background: var(--wx-sheet-accent);
  }
  input[role='switch']:checked::after {
    transform: translateX(20px);
  }
  @media (prefers-reduced-motion: reduce) {
    input[role='switch'], input[role='switch']::after { transition: none; }
  }
  .empty {
    margin: 16px 0;
    padding: 24px;
    text-align: center;
    color: var(--wx-sheet-muted);
    background: var(--wx-sheet-item-background);
  }
  button {
    appearance: none;
    min-height: 44px;
    padding: 0 16px;
    border: 0;
    border-radius: 8px;
    background: var(--wx-sheet-done-background);
    color: #fff;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:focus-visible, input[role='switch']:focus-visible {
    outline: 3px solid var(--wx-sheet-focus);
    outline-offset: 2px;
  }
  button:hover {
    filter: brightness(0.9);
  }
  @media (forced-colors: active) {
    /* The switch draws itself in system colours: a bordered track, the knob left (off) or right
       and filled with Highlight (on), so the state shows by position as well as colour. */
    input[role='switch'] {
      forced-color-adjust: none;
      border: 2px solid CanvasText;
      background: Canvas;
    }
    input[role='switch']::after {
      top: 0;
      left: 0;
      background: CanvasText;
      box-shadow: none;
    }
    input[role='switch']:checked {
      border-color: Highlight;
      background: Highlight;
    }
    input[role='switch']:checked::after {
      background: HighlightText;
    }
    input[role='switch']:focus-visible {
      outline-color: CanvasText;
    }
  }
`;

export const settingsSheetStyles = [modalStyles, bottomSheetStyles, ownStyles];
