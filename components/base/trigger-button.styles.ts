import { css } from 'lit';

/**
 * The default trigger button of the chooser and the cropper, and the focus ring of the element
 * itself when it is the control (plain content inside it). Each element keeps its own public
 * custom properties (`--wx-chooser-*`, `--wx-cropper-*`) and maps them onto these private ones
 * on its host: `--_trigger-accent` (background and focus ring), `--_trigger-color` (text) and
 * `--_trigger-radius`.
 *
 * Sizes: the host's font size is 16px times `--wx-scale` (default 1), never the page's: rem
 * layouts (Taro, uni-app, flexible.js) set 20–50px on <html>, and an inherited size made the
 * button 2.5× too large there. Lengths inside are `em` of that size, so `--wx-scale` scales
 * the whole element on purpose.
 */
export const triggerButtonStyles = css`
  :host {
    font-size: calc(16px * var(--wx-scale, 1));
  }
  :host(:focus-visible) {
    outline: 3px solid var(--_trigger-accent);
    outline-offset: 2px;
    border-radius: var(--_trigger-radius);
  }
  .button {
    appearance: none;
    min-height: 2.75em;
    padding: 0 1.25em;
    border: 0;
    border-radius: var(--_trigger-radius);
    background: var(--_trigger-accent);
    color: var(--_trigger-color);
    font: inherit;
    font-weight: 500;
    line-height: 1.25;
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
