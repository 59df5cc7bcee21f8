import { css } from 'lit';
import { visuallyHiddenStyles } from '../base/full-screen.styles.js';
import { modalStyles } from '../base/sheet.styles.js';

// .shutter (forced colours): the shutter is a ring, not a fill, when fills are dropped.
const ownStyles = css`
  :host {
    --wx-camera-background: #000;
    --wx-camera-color: #fff;
    --wx-camera-focus: #07c160;
  }
  dialog {
    width: min(100%, 720px);
    max-width: 100%;
    max-height: 100dvh;
    border-radius: 12px;
    background: var(--wx-camera-background);
    color: var(--wx-camera-color);
    overflow: hidden;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.7);
  }
  h2 {
    margin: 0;
    padding: 12px 16px;
    font-size: 16px;
    font-weight: 500;
    text-align: center;
  }
  video {
    display: block;
    width: 100%;
    max-height: calc(100dvh - 160px);
    object-fit: contain;
    background: #111;
  }
  video.mirrored {
    transform: scaleX(-1);
  }
  .controls {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    align-items: center;
    padding: 16px;
    gap: 16px;
  }
  button {
    appearance: none;
    border: 0;
    margin: 0;
    color: inherit;
    font: inherit;
    cursor: pointer;
    background: transparent;
  }
  button:focus-visible {
    outline: 3px solid var(--wx-camera-focus);
    outline-offset: 3px;
  }
  .cancel {
    justify-self: start;
    padding: 8px 12px;
    min-height: 44px;
  }
  .shutter {
    width: 68px;
    height: 68px;
    border-radius: 50%;
    background: #fff;
    box-shadow: 0 0 0 4px var(--wx-camera-background), 0 0 0 7px #fff;
  }
  .shutter:active {
    transform: scale(0.94);
  }
  .shutter:disabled {
    opacity: 0.5;
    cursor: progress;
  }
  .actions {
    display: flex;
    gap: 24px;
    align-items: center;
  }
  .timer {
    margin: 0;
    padding: 8px 16px 0;
    min-height: 1.4em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .record {
    width: 68px;
    height: 68px;
    border-radius: 50%;
    background: #fa5151;
    box-shadow: 0 0 0 4px var(--wx-camera-background), 0 0 0 7px #fff;
  }
  .record.recording {
    border-radius: 12px;
    transform: scale(0.7);
  }
  .record:disabled {
    opacity: 0.5;
    cursor: progress;
  }
  .switch {
    justify-self: end;
    width: 44px;
    height: 44px;
    border-radius: 50%;
    background: rgb(255 255 255 / 0.18);
  }
  @media (forced-colors: active) {
    .shutter {
      forced-color-adjust: none;
      background: Canvas;
      border: 4px solid ButtonText;
      box-shadow: 0 0 0 3px Canvas, 0 0 0 6px ButtonText;
    }
    .shutter:disabled {
      border-color: GrayText;
      box-shadow: 0 0 0 3px Canvas, 0 0 0 6px GrayText;
    }
    .shutter:focus-visible,
    .record:focus-visible {
      outline-color: Highlight;
    }
    .record {
      forced-color-adjust: none;
      background: ButtonText;
      box-shadow: 0 0 0 3px Canvas, 0 0 0 6px ButtonText;
    }
  }
  .switch svg {
    width: 24px;
    height: 24px;
    vertical-align: middle;
  }
`;

export const cameraSheetStyles = [modalStyles, ownStyles, visuallyHiddenStyles];
