import { defineApi, type ParamRule, type Schema } from '../contract/index.js';
import { loadPart } from '../contract/lazy.js';
import { oneOf } from '../contract/schema.js';
import type { ApiFunction, ApiResult } from '../contract/types.js';
import type { PreviewRequest, PreviewViewer } from '../ui/ports.js';
import {
  currentIndex,
  type PreviewImageOptions,
  type PreviewImageSuccess,
  type PreviewMediaOptions,
  type PreviewMediaSuccess,
} from './preview-options.js';
import { REFERRER_POLICIES } from './preview-sources.js';
import { loadViewerParts } from './viewer-parts.js';

/**
 * previewImage and previewMedia up to the viewer: their checks and the request the
 * viewer gets. Both the API (`wx.previewImage`, shown in the shared viewer the port loads) and the
 * element (`<wx-image-preview>.show()`, shown in itself) call these with the viewer they show in,
 * so this module reaches neither the seam nor an element.
 */

/** The `referrerPolicy` option of previewImage and previewMedia. */
const REFERRER_POLICY_RULE: ParamRule = { type: 'String', expect: oneOf(REFERRER_POLICIES) };

const imageSchema: Schema = {
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

const mediaSchema: Schema = {
  sources: {
    type: 'Array',
    required: true,
    expect: (sources: unknown[]) => (sources.length > 0 ? undefined : 'non-empty Array'),
  },
  current: { type: 'Number' },
  showmenu: { type: 'Boolean' },
  referrerPolicy: REFERRER_POLICY_RULE,
};

function toImageRequest(options: PreviewImageOptions): PreviewRequest {
  return {
    urls: [...options.urls],
    index: currentIndex(options.urls, options.current),
    showmenu: options.showmenu ?? true,
    referrerPolicy: options.referrerPolicy ?? 'no-referrer',
    alts: options.urls.map((_, i) => options.alts?.[i] ?? ''),
  };
}

/** Where a request is shown: the shared viewer (`wx`) or an element showing itself. */
export type ViewerSupplier = () => PreviewViewer | Promise<PreviewViewer>;

/** `previewImage` shown by a given viewer: the element's `show()` uses this, `wx` the shared one. */
export function previewImageIn(viewer: ViewerSupplier): ApiFunction<PreviewImageOptions, PreviewImageSuccess & ApiResult> {
  return defineApi<PreviewImageOptions, PreviewImageSuccess>({
    name: 'previewImage',
    schema: imageSchema,
    async run(options) {
      // Everything the first paint needs starts loading now, side by side (see viewer-parts.ts).
      void loadViewerParts();
      const request = toImageRequest(options);
      await (await viewer()).present(request);
      return {};
    },
  });
}

/** `previewMedia` shown by a given viewer (the shared one for `wx`, an element for its own use). */
export function previewMediaIn(viewer: ViewerSupplier): ApiFunction<PreviewMediaOptions, PreviewMediaSuccess & ApiResult> {
  return defineApi<PreviewMediaOptions, PreviewMediaSuccess>({
    name: 'previewMedia',
    schema: mediaSchema,
    async run(options) {
      void loadViewerParts();
      // The entries' checks load with the first call (parameter errors included): the kit's first load stays small.
      const { toMediaRequest } = await loadPart('the media list reader', () => import('./preview-media-request.js'));
      const request = toMediaRequest(options);
      await (await viewer()).present(request);
      return {};
    },
  });
}
