import { defineApi, type ParamRule, type Schema } from '../contract/index.js';
import { oneOf } from '../contract/schema.js';
import type { ApiFunction, ApiResult } from '../contract/types.js';
import type { SourceRules } from '../files/source.js';
import { ui } from '../ui/overlays.js';

/** What the viewer shows, and its Save Image and Share read: every kind of source but other schemes. */
export const PREVIEW_SOURCES: SourceRules = { kinds: ['temp', 'blob', 'data', 'same-origin', 'online', 'cloud'], refused: 'invalid url' };

/** The referrer policies an image request can carry. */
export const REFERRER_POLICIES = [
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
] as const;
export type PreviewReferrerPolicy = (typeof REFERRER_POLICIES)[number];

/** The `referrerPolicy` option of previewImage and previewMedia. */
export const REFERRER_POLICY_RULE: ParamRule = { type: 'String', expect: oneOf(REFERRER_POLICIES) };

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

/** What a slide of the viewer shows: an image (previewImage, and previewMedia's default) or a video. */
export type SlideKind = 'image' | 'video';

/** What the viewer needs once the options are checked. */
export interface PreviewRequest {
  urls: string[];
  index: number;
  showmenu: boolean;
  referrerPolicy: PreviewReferrerPolicy;
  /** One entry per url; '' where the caller gave none. */
  alts: string[];
  /** previewMedia: what each url is; absent, every slide is an image. */
  kinds?: SlideKind[];
  /** previewMedia: each video's poster ('' for none, and for images). */
  posters?: string[];
}

/** Anything that can show a preview: `<wx-image-preview>`. Resolves once the first image is on screen. */
export interface PreviewViewer {
  present(request: PreviewRequest): Promise<void>;
}

const schema: Schema = {
  urls: {
    type: 'Array',
    required: true,
    expect: (urls: unknown[]) =>
      urls.length > 0 && urls.every((url) => typeof url === 'string' && url !== '') ? undefined : 'non-empty Array of Strings',
  },
  current: { type: ['String', 'Number'] },
  alts: {
    type: 'Array',
    expect: (alts: unknown[]) => (alts.every((alt) => typeof alt === 'string') ? undefined : 'Array of Strings'),
  },
  showmenu: { type: 'Boolean' },
  referrerPolicy: REFERRER_POLICY_RULE,
};

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

function toRequest(options: PreviewImageOptions): PreviewRequest {
  return {
    urls: [...options.urls],
    index: currentIndex(options.urls, options.current),
    showmenu: options.showmenu ?? true,
    referrerPolicy: options.referrerPolicy ?? 'no-referrer',
    alts: options.urls.map((_, i) => options.alts?.[i] ?? ''),
  };
}

/** `previewImage` shown by a given viewer: the element's `show()` uses this, `wx` the shared one. */
export function previewImageIn(viewer: () => PreviewViewer | Promise<PreviewViewer>): ApiFunction<PreviewImageOptions, PreviewImageSuccess & ApiResult> {
  return defineApi<PreviewImageOptions, PreviewImageSuccess>({
    name: 'previewImage',
    schema,
    async run(options) {
      const request = toRequest(options);
      await (await viewer()).present(request);
      return {};
    },
  });
}

/**
 * `wx.previewImage`: a full-screen viewer of `urls`, starting at `current`. Succeeds once the
 * viewer is open and the first image is on screen (or its error tile); images that fail show an
 * error tile, not a fail. Calling it again while open shows the new list in the same viewer.
 */
export const previewImage = previewImageIn(() => ui.viewer());
