import { css } from 'lit';
import { forcedColorsControls, inlineColorScheme } from '../base/theme.styles.js';

// --wx-cropper-accent: the chooser's green (5.4:1 with white text; on a dark page a light green
// with near-black text).
const ownStyles = css`
  :host {
    display: inline-block;
    --wx-cropper-accent: light-dark(#067a3d, #3ddc84);
    --wx-cropper-color: light-dark(#fff, #0b0b0b);
    --wx-cropper-radius: 8px;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:focus-visible) {
    outline: 3px solid var(--wx-cropper-accent);
    outline-offset: 2px;
    border-radius: var(--wx-cropper-radius);
  }
  :host([disabled]) {
    opacity: 0.55;
  }
  .button {
    appearance: none;
    min-height: 44px;
    padding: 0 20px;
    border: 0;
    border-radius: var(--wx-cropper-radius);
    background: var(--wx-cropper-accent);
    color: var(--wx-cropper-color);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
  }
  .button:focus-visible {
    outline: 3px solid var(--wx-cropper-accent);
    outline-offset: 2px;
  }
  .button:disabled {
    cursor: not-allowed;
  }
`;

export const imageCropperStyles = [inlineColorScheme, ownStyles, forcedColorsControls];
