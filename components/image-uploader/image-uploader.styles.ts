import { css } from 'lit';
import { visuallyHiddenStyles } from '../base/full-screen.styles.js';
import { forcedColorsControls, inlineColorScheme } from '../base/theme.styles.js';

// Colours as the chooser's: WeChat green darkened to 5.4:1 on white; light green on a dark page.
const ownStyles = css`
  :host {
    display: block;
    --wx-uploader-tile: 88px;
    --wx-uploader-accent: light-dark(#067a3d, #3ddc84);
    --wx-uploader-danger: light-dark(#c62828, #ff8a80);
    --wx-uploader-radius: 8px;
    --_surface: light-dark(#f2f2f2, #2a2a2a);
    --_text: light-dark(#1a1a1a, #f2f2f2);
    --_muted: light-dark(#5c5c5c, #b0b0b0);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, var(--wx-uploader-tile));
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item,
  .add-tile {
    position: relative;
    width: var(--wx-uploader-tile);
    height: var(--wx-uploader-tile);
  }
  .item.dragged {
    opacity: 0.4;
  }
  .item.drop-target {
    outline: 3px dashed var(--wx-uploader-accent);
    outline-offset: 2px;
    border-radius: var(--wx-uploader-radius);
  }
  button {
    font: inherit;
    color: inherit;
  }
  button:focus-visible {
    outline: 3px solid var(--wx-uploader-accent);
    outline-offset: 2px;
  }
  .thumbnail,
  .add {
    appearance: none;
    display: block;
    width: 100%;
    height: 100%;
    padding: 0;
    border: 0;
    border-radius: var(--wx-uploader-radius);
    background: var(--_surface);
    overflow: hidden;
    cursor: pointer;
    touch-action: none;
  }
  .thumbnail canvas,
  .placeholder {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .item.failed .thumbnail canvas {
    opacity: 0.45;
  }
  .add {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 2px;
    border: 2px dashed var(--_muted);
    color: var(--_muted);
    touch-action: manipulation;
  }
  .add:disabled,
  .add[aria-disabled='true'],
  .thumbnail:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .plus {
    font-size: 28px;
    line-height: 1;
  }
  .add-label {
    font-size: 12px;
  }
  .delete {
    position: absolute;
    top: 0;
    inset-inline-end: 0;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 0;
    border-start-end-radius: var(--wx-uploader-radius);
    border-end-start-radius: var(--wx-uploader-radius);
    background: rgb(0 0 0 / 0.7);
    color: #fff;
    font-size: 18px;
    line-height: 1;
    cursor: pointer;
  }
  .progress {
    position: absolute;
    inset: auto 6px 6px 6px;
    height: 6px;
    border-radius: 3px;
    background: linear-gradient(to right, var(--wx-uploader-accent) var(--progress), rgb(255 255 255 / 0.8) var(--progress));
    box-shadow: 0 0 0 1px rgb(0 0 0 / 0.35);
    pointer-events: none;
  }
  .reason {
    position: absolute;
    inset: auto 0 26px 0;
    padding: 0 4px;
    color: var(--wx-uploader-danger);
    background: light-dark(rgb(255 255 255 / 0.9), rgb(0 0 0 / 0.75));
    font-size: 11px;
    line-height: 1.3;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    pointer-events: none;
  }
  .retry {
    position: absolute;
    inset: auto 4px 4px 4px;
    min-height: 22px;
    padding: 0 4px;
    border: 0;
    border-radius: 4px;
    background: var(--wx-uploader-danger);
    color: light-dark(#fff, #0b0b0b);
    font-size: 12px;
    cursor: pointer;
  }
  .done-mark {
    position: absolute;
    inset: auto auto 4px 4px;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: var(--wx-uploader-accent);
    color: light-dark(#fff, #0b0b0b);
    font-size: 12px;
    line-height: 18px;
    text-align: center;
    pointer-events: none;
  }
  .help {
    margin: 6px 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .error {
    margin: 6px 0 0;
    color: var(--wx-uploader-danger);
    font-size: 0.875em;
  }
  .error:empty {
    display: none;
  }
  .error::before {
    content: '\\26a0\\fe0e\\a0' / '';
  }
  @media (forced-colors: active) {
    .thumbnail,
    .add,
    .delete,
    .retry {
      border: 2px solid ButtonText;
    }
    .progress {
      forced-color-adjust: none;
      background: linear-gradient(to right, Highlight var(--progress), Canvas var(--progress));
      box-shadow: 0 0 0 1px CanvasText;
    }
    .reason,
    .error {
      color: CanvasText;
    }
    .item.drop-target {
      outline-color: Highlight;
    }
    .done-mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

export const imageUploaderStyles = [inlineColorScheme, forcedColorsControls, ownStyles, visuallyHiddenStyles];
