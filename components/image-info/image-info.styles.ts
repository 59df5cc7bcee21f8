import { css } from 'lit';

export const imageInfoStyles = css`
  :host {
    display: inline-block;
    --wx-info-background: #fff;
    --wx-info-color: #111;
    --wx-info-muted: #6b6b6b;
    --wx-info-border: 1px solid #e5e5e5;
    --wx-info-radius: 8px;
    --wx-info-thumbnail-size: 96px;
    --wx-info-danger: #c62828;
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
    background: repeating-conic-gradient(#eee 0 25%, #fff 0 50%) 0 0 / 16px 16px;
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
`;
