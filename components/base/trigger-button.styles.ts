import { css } from 'lit';

/**
 * The default trigger button of the chooser and the cropper, and the focus ring of the element
 * itself when it is the control (plain content inside it). Each element keeps its own public
 * custom properties (`--wx-chooser-*`, `--wx-cropper-*`) and maps them onto these private ones
 * on its host: `--_trigger-accent` (background and focus ring), `--_trigger-color` (text) and
 * `--_trigger-radius`.
 */
export const triggerButtonStyles = css`
  :host(:focus-visible) {
    outline: 3px solid var(--_trigger-accent);
    outline-offset: 2px;
    border-radius: var(--_trigger-radius);
  }
  .button {
    appearance: none;
    min-height: 44px;
    padding: 0 20px;
    border: 0;
    border-radius: var(--_trigger-radius);
    background: var(--_trigger-accent);
    color: var(--_trigger-color);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
  }
  .button:focus-visible {
    outline: 3px solid var(--_trigger-accent);
    outline-offset: 2px;
  }
  .button:disabled {
    cursor: not-allowed;
  }
`;
