import { css } from 'lit';
import { fullScreenDialogStyles } from '../base/full-screen.styles.js';
import { forcedColorsControls } from '../base/theme.styles.js';

// .frame: the hole in the shade (its huge shadow dims
// everything outside it); it takes no pointer, so a drag anywhere moves the picture.
// .status (visually hidden): read out, not shown (the zoom is visible in the picture itself).
const ownStyles = css`
  :host {
    --wx-crop-background: #000;
    --wx-crop-color: #fff;
    --wx-crop-shade: rgb(0 0 0 / 0.6);
    --wx-crop-focus: #07c160;
    /* White text on it reads at 5:1. */
    --wx-crop-confirm-background: #05813f;
  }
  dialog {
    background: var(--wx-crop-background);
    color: var(--wx-crop-color);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: var(--wx-crop-background);
  }
  .stage {
    position: relative;
    flex: 1;
    min-height: 0;
    overflow: hidden;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    cursor: grab;
  }
  .image {
    position: absolute;
    left: 50%;
    top: 50%;
    max-width: none;
    transform-origin: center;
    pointer-events: none;
  }
  .image.pending {
    visibility: hidden;
  }
  .frame {
    position: absolute;
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    box-shadow: 0 0 0 100vmax var(--wx-crop-shade);
    outline: 1px solid rgb(255 255 255 / 0.9);
    pointer-events: none;
  }
  .frame:focus-visible {
    outline: 3px solid var(--wx-crop-focus);
  }
  .help {
    margin: 0;
    padding: 8px 16px 0;
    font-size: 13px;
    text-align: center;
    opacity: 0.85;
  }
  .actions {
    display: flex;
    justify-content: space-between;
    gap: 16px;
    padding: 12px 16px max(12px, env(safe-area-inset-bottom));
  }
  button {
    min-width: 88px;
    min-height: 44px;
    padding: 0 16px;
    border: 0;
    border-radius: 6px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button.confirm {
    background: var(--wx-crop-confirm-background);
    color: #fff;
    font-weight: 600;
  }
  button:focus-visible {
    outline: 3px solid var(--wx-crop-focus);
    outline-offset: 2px;
  }
  button.confirm:focus-visible {
    outline-color: #fff;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: fade-in 0.18s ease-out;
    }
  }
  @keyframes fade-in {
    from { opacity: 0; }
  }
`;

export const cropDialogStyles = [fullScreenDialogStyles, ownStyles, forcedColorsControls];
