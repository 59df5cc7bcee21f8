import { ui } from '../ui/overlays.js';
import { previewImageIn } from '../viewer/preview-request.js';

export { REFERRER_POLICIES, type PreviewReferrerPolicy } from '../viewer/preview-sources.js';
export type { PreviewImageOptions, PreviewImageSuccess } from '../viewer/preview-options.js';

/**
 * `wx.previewImage`: a full-screen viewer of `urls`, starting at `current`. Succeeds once the
 * viewer is open and the first image is on screen (or its error tile); images that fail show an
 * error tile, not a fail. Calling it again while open shows the new list in the same viewer.
 * (Its options and checks: src/viewer/preview-request.ts, shared with `<wx-image-preview>`.)
 */
export const previewImage = previewImageIn(() => ui.viewer());
