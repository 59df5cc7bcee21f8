import { defineApi, typeName, type Schema } from '../contract/index.js';
import { parameterError } from '../contract/schema.js';
import type { ApiFunction, ApiResult } from '../contract/types.js';
import { ui } from '../ui/overlays.js';
import { currentIndex, REFERRER_POLICIES, type PreviewReferrerPolicy, type PreviewRequest, type PreviewViewer, type SlideKind } from './preview-image.js';

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
  referrerPolicy: {
    type: 'String',
    expect: (policy: string) => ((REFERRER_POLICIES as readonly string[]).includes(policy) ? undefined : REFERRER_POLICIES.map((p) => `"${p}"`).join(' or ')),
  },
};

/**
 * Checks each entry of `sources` (the schema checks the list), with the wording of the contract
 * and the entry's path: `parameter.sources[1].type should be "image" or "video" instead of "audio"`.
 */
function checkSources(sources: readonly unknown[]): PreviewMediaSource[] {
  return sources.map((entry, i) => {
    const at = `parameter.sources[${i}]`;
    if (typeName(entry) !== 'Object') throw parameterError(`${at} should be Object instead of ${typeName(entry)}`);
    const { url, type, poster } = entry as Record<string, unknown>;
    if (typeof url !== 'string') throw parameterError(`${at}.url should be String instead of ${typeName(url)}`);
    if (!url.trim()) throw parameterError(`${at}.url should be non-empty String instead of empty String`);
    if (type !== undefined && !(PREVIEW_MEDIA_TYPES as readonly unknown[]).includes(type)) {
      const actual = typeof type === 'string' ? JSON.stringify(type) : typeName(type);
      throw parameterError(`${at}.type should be ${PREVIEW_MEDIA_TYPES.map((t) => `"${t}"`).join(' or ')} instead of ${actual}`);
    }
    if (poster !== undefined && typeof poster !== 'string') throw parameterError(`${at}.poster should be String instead of ${typeName(poster)}`);
    return { url, type: (type as PreviewMediaType | undefined) ?? 'image', poster: poster as string | undefined };
  });
}

function toRequest(options: PreviewMediaOptions): PreviewRequest {
  const sources = checkSources(options.sources);
  const urls = sources.map((source) => source.url);
  const kinds = sources.map((source) => source.type ?? 'image');
  return {
    urls,
    // An index only (the Mini App's `current` is a number), in range, else the first.
    index: currentIndex(urls, options.current),
    showmenu: options.showmenu ?? true,
    referrerPolicy: options.referrerPolicy ?? 'no-referrer',
    alts: urls.map(() => ''),
    kinds,
    posters: sources.map((source, i) => (kinds[i] === 'video' ? (source.poster ?? '').trim() : '')),
  };
}

/** `previewMedia` shown by a given viewer (the shared one for `wx`, an element for its own use). */
export function previewMediaIn(viewer: () => PreviewViewer | Promise<PreviewViewer>): ApiFunction<PreviewMediaOptions, PreviewMediaSuccess & ApiResult> {
  return defineApi<PreviewMediaOptions, PreviewMediaSuccess>({
    name: 'previewMedia',
    schema,
    async run(options) {
      const request = toRequest(options);
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
