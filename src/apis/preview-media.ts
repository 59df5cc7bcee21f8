import { ui } from '../ui/overlays.js';
import { previewMediaIn } from '../viewer/preview-request.js';

export {
  PREVIEW_MEDIA_TYPES,
  type PreviewMediaOptions,
  type PreviewMediaSource,
  type PreviewMediaSuccess,
  type PreviewMediaType,
} from '../viewer/preview-options.js';

/**
 * `wx.previewMedia`: the previewImage viewer showing images and videos in one list, starting at
 * `current`. A video slide is a native `<video controls>` (its poster first, nothing but its
 * metadata loaded until it is played), paused when another slide is shown or the viewer closes.
 * Succeeds once the viewer is open and the first slide is on screen (an image decoded, a video's
 * metadata loaded, or the error tile); a resource that fails shows the error tile, not a fail.
 * (Its options and checks: src/viewer/preview-request.ts, shared with `<wx-image-preview>`.)
 */
export const previewMedia = previewMediaIn(() => ui.viewer());
