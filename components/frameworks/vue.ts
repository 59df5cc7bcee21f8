// `wx-image-kit/vue` (types only): declares the kit's tags for Vue templates, so that vue-tsc
// checks their props and event handlers: `@success="(e) => e.detail.tempFilePaths"` type-checks,
// a handler for another event type does not. Load it once, e.g. in `src/env.d.ts`:
//   /// <reference types="wx-image-kit/vue" />
// Vue must still be told that wx-* tags are custom elements: see the README's "Vue 3".
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ImageChooserEventMap, MediaChooserEventMap, WxImageChooser } from '../image-chooser/image-chooser.js';
import type { WxMediaChooser } from '../media-chooser/media-chooser.js';
import type { ImagePreviewEventMap, WxImagePreview } from '../image-preview/image-preview.js';
import type { ImageInfoEventMap, WxImageInfo } from '../image-info/image-info.js';
import type { ImageCropperEventMap, WxImageCropper } from '../image-cropper/image-cropper.js';
import type { ImageUploaderEventMap, WxImageUploader } from '../image-uploader/image-uploader.js';

/** An element's events in the shape Vue reads from `$emit`: one `(event) => void` per name. */
type VueEmit<Events> = EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;

/**
 * A custom element as Vue's template type-checking sees a component: its props from `$props`
 * (the element's public properties, kebab-case in templates, plus every HTML attribute), its
 * events from `$emit`. This is the shape Vue's guide gives for typing custom elements.
 */
export type VueCustomElement<Element extends HTMLElement, Events, Props extends keyof Element> = new () => Element & {
  /** @deprecated For template type-checking only. */
  $props: HTMLAttributes & Partial<Pick<Element, Props>> & PublicProps;
  /** @deprecated For template type-checking only. */
  $emit: VueEmit<Events>;
};

declare module 'vue' {
  interface GlobalComponents {
    'wx-image-chooser': VueCustomElement<
      WxImageChooser,
      ImageChooserEventMap,
      'count' | 'sizeType' | 'sourceType' | 'name' | 'required' | 'disabled'
    >;
    'wx-media-chooser': VueCustomElement<
      WxMediaChooser,
      MediaChooserEventMap,
      'count' | 'mediaType' | 'sizeType' | 'sourceType' | 'maxDuration' | 'camera' | 'name' | 'required' | 'disabled'
    >;
    'wx-image-preview': VueCustomElement<
      WxImagePreview,
      ImagePreviewEventMap,
      'urls' | 'sources' | 'current' | 'open' | 'showmenu' | 'referrerPolicy'
    >;
    'wx-image-info': VueCustomElement<WxImageInfo, ImageInfoEventMap, 'src' | 'headless' | 'alt'>;
    'wx-image-cropper': VueCustomElement<WxImageCropper, ImageCropperEventMap, 'src' | 'cropScale' | 'disabled'>;
    'wx-image-uploader': VueCustomElement<
      WxImageUploader,
      ImageUploaderEventMap,
      | 'count' | 'sizeType' | 'sourceType' | 'cropScale' | 'maxSize' | 'uploadUrl' | 'uploadName' | 'uploadTimeout'
      | 'uploadHeader' | 'uploadFormData' | 'responseValue' | 'value' | 'name' | 'required' | 'disabled'
    >;
  }
}
