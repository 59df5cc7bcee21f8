import { css } from 'lit';
import { inlineColorScheme } from '../base/theme.styles.js';

const ownStyles = css`
  :host {
    display: inline-block;
    --wx-info-background: light-dark(#fff, #1f1f1f);
    --wx-info-color: light-dark(#111, #f2f2f2);
    --wx-info-muted: light-dark(#6b6b6b, #ababab);
    --wx-info-border: 1px solid light-dark(#e5e5e5, #3a3a3a);
    --wx-info-radius: 8px;
    --wx-info-thumbnail-size: 96px;
    --wx-info-danger: light-dark(#c62828, #ff8a80);
    font: 14px/1.4 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif;
  }
  :host([headless]),
  :host([hidden]) {
    display: none;
  }
  .card {
    box-sizing: border-box;
    display: flex;
    gap: 12px;
    align-items: center;
    margin: 0;
    padding: 8px;
    border: var(--wx-info-border);
    border-radius: var(--wx-info-radius);
    background: var(--wx-info-background);
    color: var(--wx-info-color);
  }
  .thumbnail {
    flex: none;
    width: var(--wx-info-thumbnail-size);
    height: var(--wx-info-thumbnail-size);
    object-fit: contain;
    border-radius: calc(var(--wx-info-radius) / 2);
    background: repeating-conic-gradient(light-dark(#eee, #2a2a2a) 0 25%, light-dark(#fff, #333) 0 50%) 0 0 / 16px 16px;
  }
  dl {
    display: grid;
    gap: 2px;
    margin: 0;
  }
  dl > div {
    display: flex;
    gap: 8px;
  }
  dt {
    min-width: 6em;
    color: var(--wx-info-muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .message {
    margin: 0;
  }
  .failed {
    color: var(--wx-info-danger);
  }
  /* A mark as well as a colour says it failed. */
  .failed .message::before {
    content: '\\26a0\\fe0e\\a0' / '';
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
  }
`;

export const imageInfoStyles = [inlineColorScheme, ownStyles];
