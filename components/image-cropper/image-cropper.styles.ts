import { css } from 'lit';
import { forcedColorsControls, inlineColorScheme } from '../base/theme.styles.js';
import { triggerButtonStyles } from '../base/trigger-button.styles.js';

// --wx-cropper-accent: the chooser's green (5.4:1 with white text; on a dark page a light green
// with near-black text).
const ownStyles = css`
  :host {
    display: inline-block;
    --wx-cropper-accent: light-dark(#067a3d, #3ddc84);
    --wx-cropper-color: light-dark(#fff, #0b0b0b);
    --wx-cropper-radius: 8px;
    --_trigger-accent: var(--wx-cropper-accent);
    --_trigger-color: var(--wx-cropper-color);
    --_trigger-radius: var(--wx-cropper-radius);
  }
  :host([hidden]) {
    display: none;
  }
  :host([disabled]) {
    opacity: 0.55;
  }
`;

export const imageCropperStyles = [inlineColorScheme, triggerButtonStyles, ownStyles, forcedColorsControls];
