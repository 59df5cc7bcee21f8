import { css } from 'lit';

export const imageChooserStyles = css`
  :host {
    display: inline-block;
    /* WeChat green, darkened to a 5.4:1 contrast with white text. */
    --wx-chooser-accent: #067a3d;
    --wx-chooser-color: #fff;
    --wx-chooser-drop-background: rgb(7 193 96 / 0.08);
    --wx-chooser-radius: 8px;
    --wx-chooser-muted: #6b6b6b;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:focus-visible) {
    outline: 3px solid var(--wx-chooser-accent);
    outline-offset: 2px;
    border-radius: var(--wx-chooser-radius);
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    padding: 8px;
    border: 2px dashed transparent;
    border-radius: var(--wx-chooser-radius);
    transition: background-color 0.15s, border-color 0.15s;
  }
  .base.dragging {
    border-color: var(--wx-chooser-accent);
    background: var(--wx-chooser-drop-background);
  }
  .button {
    appearance: none;
    min-height: 44px;
    padding: 0 20px;
    border: 0;
    border-radius: var(--wx-chooser-radius);
    background: var(--wx-chooser-accent);
    color: var(--wx-chooser-color);
    font: inherit;
    font-weight: 500;
    cursor: pointer;
  }
  .button:focus-visible {
    outline: 3px solid var(--wx-chooser-accent);
    outline-offset: 2px;
  }
  .button:disabled {
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
  .status:empty {
    display: none;
  }
  progress {
    width: 120px;
    accent-color: var(--wx-chooser-accent);
  }
  @media (prefers-reduced-motion: reduce) {
    .base { transition: none; }
  }
`;
