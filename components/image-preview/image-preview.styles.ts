import { css } from 'lit';
import { fullScreenDialogStyles } from '../base/full-screen.styles.js';
import { forcedColorsControls } from '../base/theme.styles.js';
import { videoSlideStyles } from './video-slide.styles.js';

// .backdrop: the black behind the images fades while the image is dragged down to close.
// .slide img / canvas: fitted into the screen; the zoom geometry computes the same fitted size.
// button:disabled: what cannot act is faded and out of the tab order (disabled), never a faint trap for focus.
const ownStyles = css`
  :host {
    --wx-preview-background: #000;
    --wx-preview-color: #fff;
    --wx-preview-control-background: rgb(0 0 0 / 0.55);
    --wx-preview-focus: #07c160;
    --wx-preview-gap: 16px;
  }
  dialog {
    background: transparent;
    color: var(--wx-preview-color);
  }
  dialog::backdrop {
    background: transparent;
  }
  .backdrop {
    position: absolute;
    inset: 0;
    background: var(--wx-preview-background);
    opacity: var(--wx-preview-fade, 1);
  }
  dialog[open] {
    animation: fade-in 0.18s ease-out;
  }
  @keyframes fade-in {
    from { opacity: 0; }
  }
  .stage {
    position: absolute;
    inset: 0;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    cursor: zoom-in;
  }
  .stage.zoomed {
    cursor: grab;
  }
  .track {
    position: absolute;
    inset: 0;
    will-change: transform;
  }
  .slide {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    overflow: hidden;
  }
  .slide img,
  .slide canvas {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: contain;
    transform-origin: 50% 50%;
    -webkit-user-drag: none;
    user-select: none;
    pointer-events: none;
  }
  .spinner {
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: 3px solid rgb(255 255 255 / 0.25);
    border-top-color: var(--wx-preview-color);
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to { transform: rotate(1turn); }
  }
  .error {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 12px;
    max-width: min(80%, 360px);
    padding: 24px;
    border-radius: 12px;
    background: rgb(255 255 255 / 0.08);
    text-align: center;
    color: #ddd;
  }
  .error svg {
    width: 48px;
    height: 48px;
    opacity: 0.8;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .error p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .toolbar {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    display: flex;
    align-items: center;
    gap: 4px;
    padding: max(8px, env(safe-area-inset-top)) max(8px, env(safe-area-inset-right)) 8px max(8px, env(safe-area-inset-left));
    background: linear-gradient(rgb(0 0 0 / 0.5), transparent);
    pointer-events: none;
  }
  .toolbar > * {
    pointer-events: auto;
  }
  .counter {
    flex: 1;
    margin: 0 8px;
    font-variant-numeric: tabular-nums;
    text-shadow: 0 1px 2px rgb(0 0 0 / 0.8);
  }
  button {
    appearance: none;
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: var(--wx-preview-control-background);
    color: inherit;
    cursor: pointer;
  }
  button svg {
    width: 24px;
    height: 24px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  button.more svg {
    stroke-width: 3.5;
  }
  button:disabled {
    opacity: 0.35;
    cursor: default;
  }
  button:focus-visible {
    outline: 3px solid var(--wx-preview-focus);
    outline-offset: 2px;
  }
  .nav {
    position: absolute;
    top: 50%;
    translate: 0 -50%;
  }
  .prev {
    left: max(8px, env(safe-area-inset-left));
  }
  .next {
    right: max(8px, env(safe-area-inset-right));
  }
  .toast {
    position: absolute;
    left: 50%;
    bottom: max(24px, env(safe-area-inset-bottom));
    translate: -50% 0;
    max-width: calc(100% - 32px);
    margin: 0;
    padding: 10px 16px;
    border-radius: 8px;
    background: rgb(40 40 40 / 0.94);
    color: #fff;
    text-align: center;
    pointer-events: none;
  }
  .toast:empty {
    display: none;
  }
  @media (forced-colors: active) {
    .backdrop { background: Canvas; }
    .error, .toast { border: 2px solid CanvasText; }
    .spinner { border-color: GrayText; border-top-color: CanvasText; }
  }
  @media (prefers-reduced-motion: reduce) {
    dialog[open] { animation: none; }
    .spinner { animation-duration: 3s; }
    .track, .slide img { transition: none !important; }
  }
`;

export const imagePreviewStyles = [fullScreenDialogStyles, ownStyles, videoSlideStyles, forcedColorsControls];
