import { css } from 'lit';
import { inlineColorScheme } from '../base/theme.styles.js';
import { triggerButtonStyles } from '../base/trigger-button.styles.js';

// --wx-chooser-accent: WeChat green, darkened to a 5.4:1 contrast with white text; on a dark
// page a light green with near-black text.
// .error::before: a mark as well as a colour says it failed.
const ownStyles = css`
  :host {
    display: inline-block;
    --wx-chooser-accent: light-dark(#067a3d, #3ddc84);
    --wx-chooser-color: light-dark(#fff, #0b0b0b);
    --wx-chooser-drop-background: light-dark(rgb(7 193 96 / 0.08), rgb(61 220 132 / 0.12));
    --wx-chooser-radius: 8px;
    --wx-chooser-muted: light-dark(#6b6b6b, #ababab);
    --wx-chooser-danger: light-dark(#c62828, #ff8a80);
    --_trigger-accent: var(--wx-chooser-accent);
    --_trigger-color: var(--wx-chooser-color);
    --_trigger-radius: var(--wx-chooser-radius);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    padding: 0.5em;
    border: 2px dashed transparent;
    border-radius: var(--wx-chooser-radius);
    transition: background-color 0.15s, border-color 0.15s;
  }
  .base.dragging {
    border-color: var(--wx-chooser-accent);
    background: var(--wx-chooser-drop-background);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :host([busy]) .button {
    cursor: progress;
  }
  .hint,
  .status {
    color: var(--wx-chooser-muted);
    font-size: 0.875em;
  }
  .status:empty,
  .error:empty {
    display: none;
  }
  .error {
    flex-basis: 100%;
    color: var(--wx-chooser-danger);
    font-size: 0.875em;
  }
  .error::before {
    content: '\\26a0\\fe0e\\a0' / '';
  }
  progress {
    width: 7.5em;
    accent-color: var(--wx-chooser-accent);
  }
  @media (prefers-reduced-motion: reduce) {
    .base { transition: none; }
  }
  @media (forced-colors: active) {
    .button {
      border: 2px solid ButtonText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
    .button:focus-visible,
    :host(:focus-visible) {
      outline-color: Highlight;
    }
    .base.dragging {
      border-color: Highlight;
    }
  }
`;

export const imageChooserStyles = [inlineColorScheme, triggerButtonStyles, ownStyles];
