import { css } from 'lit';

/** `.visually-hidden`: read out but not shown (live regions, error texts). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * A modal `<dialog>` that fills the screen (the viewer, the cropper): no box of the host's own,
 * dark in either scheme as photo tools are (the native parts, focus and scrollbars, match), no
 * browser border, margin or size limits, and no scroll chaining to the page behind; and
 * `.visually-hidden`.
 */
export const fullScreenDialogStyles = css`
  :host {
    display: contents;
    color-scheme: dark;
  }
  dialog {
    box-sizing: border-box;
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    overscroll-behavior: contain;
    font: 16px/1.4 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif;
  }
  ${visuallyHiddenStyles}
`;
