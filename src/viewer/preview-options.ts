import type { SlideKind } from '../ui/ports.js';
import type { PreviewReferrerPolicy } from './preview-sources.js';

/** The options of previewImage and previewMedia, and which slide `current` names. */

export interface PreviewImageOptions {
  /** The images: temp paths, relative / same-origin URLs, data: URLs, online URLs, cloud:// IDs. */
  urls: string[];
  /** The image shown first: one of `urls` or its index; anything else shows the first. */
  current?: string | number;
  /** Long press / right click opens Save Image and Share. Default true. */
  showmenu?: boolean;
  /** Sent with every image request of the viewer. Default `no-referrer`. */
  referrerPolicy?: PreviewReferrerPolicy;
  /**
   * Kit extension (not in the Mini App): a text alternative per image, in the order of `urls`.
   * Missing or empty entries fall back to "Image N of M".
   */
  alts?: string[];
}

export interface PreviewImageSuccess {}

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

/** The index `current` names: a url of the list, else an integer index in range, else 0. */
export function currentIndex(urls: readonly string[], current: string | number | undefined): number {
  if (typeof current === 'string') {
    const found = urls.indexOf(current);
    if (found >= 0) return found;
    if (/^\d+$/.test(current)) current = Number(current);
  }
  if (typeof current === 'number' && Number.isInteger(current) && current >= 0 && current < urls.length) return current;
  return 0;
}
