import { loadViewerPartsWhenIdle } from '../../src/viewer/viewer-parts.js';
import { WxImagePreview } from './image-preview.js';

WxImagePreview.define('wx-image-preview');
// The viewer is on the page: what its first opening needs loads while the page idles, so that
// opening paints without waiting on chunks one after another (src/viewer/viewer-parts.ts).
loadViewerPartsWhenIdle();

declare global {
  interface HTMLElementTagNameMap {
    'wx-image-preview': WxImagePreview;
  }
}

export { WxImagePreview };
