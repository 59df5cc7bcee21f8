import { defineApi, loadPart, type Schema } from '../contract/index.js';
import type { ApiFunction, ApiResult } from '../contract/types.js';
import { ui } from '../ui/overlays.js';
import { REFERRER_POLICY_RULE, type PreviewReferrerPolicy, type PreviewViewer, type SlideKind } from './preview-image.js';

/** The kinds of resource previewMedia shows (`sources[].type`); the first is the default. (chooseMedia has its own `mediaType` list.) */
export const PREVIEW_MEDIA_TYPES = ['image', 'video'] as const satisfies readonly SlideKind[];
export type PreviewMediaType = (typeof PREVIEW_MEDIA_TYPES)[number];

/** One resource of `sources` (the Mini App typings' `MediaSource`; renamed here, as the DOM has a MediaSource of its own). */
export interface PreviewMediaSource {
  /** The image or video: a temp path, a relative / same-origin URL, a data: URL, an online URL or a cloud:// ID. */
  url: string;
  /** `image` (default) or `video`. */
  type?: PreviewMediaType;
  /** A video's cover image, shown until it plays (same kinds of URL as `url`). Ignored for images. */
  poster?: string;
}

export interface PreviewMediaOptions {
  /** The images and videos, in order. */
  sources: PreviewMediaSource[];
  /** The index of the resource shown first. Default 0; an index out of range shows the first. */
  current?: number;
  /** Long press / right click on an image opens Save Image and Share. Default true. */
  showmenu?: boolean;
  /**
   * Sent with every image request of the viewer (and poster requests the page can read itself).
   * Default `no-referrer`. A `<video>` has no referrer policy of its own: a video from another
   * site is requested under the page's policy.
   */
  referrerPolicy?: PreviewReferrerPolicy;
}

export interface PreviewMediaSuccess {}

const schema: Schema = {
  sources: {
    type: 'Array',
    required: true,
    expect: (sources: unknown[]) => (sources.length > 0 ? undefined : 'non-empty Array'),
  },
  current: { type: 'Number' },
  showmenu: { type: 'Boolean' },
  referrerPolicy: REFERRER_POLICY_RULE,
};

/** `previewMedia` shown by a given viewer (the shared one for `wx`, an element for its own use). */
export function previewMediaIn(viewer: () => PreviewViewer | Promise<PreviewViewer>): ApiFunction<PreviewMediaOptions, PreviewMediaSuccess & ApiResult> {
  return defineApi<PreviewMediaOptions, PreviewMediaSuccess>({
    name: 'previewMedia',
    schema,
    async run(options) {
      // The entries' checks load with the first call (parameter errors included): the kit's first load stays small.
      const { toMediaRequest } = await loadPart('the media list reader', () => import('./preview-media-request.js'));
      const request = toMediaRequest(options);
      await (await viewer()).present(request);
      return {};
    },
  });
}

/**
 * `wx.previewMedia`: the previewImage viewer showing images and videos in one list, starting at
 * `current`. A video slide is a native `<video controls>` (its poster first, nothing but its
 * metadata loaded until it is played), paused when another slide is shown or the viewer closes.
 * Succeeds once the viewer is open and the first slide is on screen (an image decoded, a video's
 * metadata loaded, or the error tile); a resource that fails shows the error tile, not a fail.
 */
export const previewMedia = previewMediaIn(() => ui.viewer());
