// `wx-image-kit/react-jsx` (types only): declares the kit's raw tags in React 19's JSX, so that
// `<wx-image-chooser onsuccess={(e) => e.detail.tempFilePaths}>` type-checks with `detail` typed
// and a handler for another event type does not. React 19 sets the tags' properties and listens
// to `on<event>` props itself (the event name is what follows `on`, as written: `onsuccess` hears
// `success`). Load it once, e.g. in `src/env.d.ts` or `src/vite-env.d.ts`:
//   /// <reference types="wx-image-kit/react-jsx" />
// React 18 wires neither: there, use the wrappers of `wx-image-kit/react`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ImageChooserEventMap, MediaChooserEventMap, WxImageChooser } from '../image-chooser/image-chooser.js';
import type { WxMediaChooser } from '../media-chooser/media-chooser.js';
import type { ImagePreviewEventMap, WxImagePreview } from '../image-preview/image-preview.js';
import type { ImageInfoEventMap, WxImageInfo } from '../image-info/image-info.js';
import type { ImageCropperEventMap, WxImageCropper } from '../image-cropper/image-cropper.js';
import type { ImageUploaderEventMap, WxImageUploader } from '../image-uploader/image-uploader.js';

/** One `on<event>` prop per event of the element, lower-case as the event is named. */
type ReactEventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

/**
 * A custom element as React 19's JSX sees it: every HTML attribute and `ref`, the element's public
 * properties (React 19 sets them as properties: `urls={['a.jpg']}` passes an array), its events.
 * Kebab-case attributes (`size-type="original"`) are accepted as written.
 */
export type ReactCustomElement<Element extends HTMLElement, Events, Props extends keyof Element> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  `on${string & keyof Events}` | Props
> &
  Partial<Pick<Element, Props>> &
  ReactEventProps<Events>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'wx-image-chooser': ReactCustomElement<
        WxImageChooser,
        ImageChooserEventMap,
        'count' | 'sizeType' | 'sourceType' | 'name' | 'required' | 'disabled'
      >;
      'wx-media-chooser': ReactCustomElement<
        WxMediaChooser,
        MediaChooserEventMap,
        'count' | 'mediaType' | 'sizeType' | 'sourceType' | 'maxDuration' | 'camera' | 'name' | 'required' | 'disabled'
      >;
      'wx-image-preview': ReactCustomElement<
        WxImagePreview,
        ImagePreviewEventMap,
        'urls' | 'sources' | 'current' | 'open' | 'showmenu' | 'referrerPolicy'
      >;
      'wx-image-info': ReactCustomElement<WxImageInfo, ImageInfoEventMap, 'src' | 'headless' | 'alt'>;
      'wx-image-cropper': ReactCustomElement<WxImageCropper, ImageCropperEventMap, 'src' | 'cropScale' | 'disabled'>;
      'wx-image-uploader': ReactCustomElement<
        WxImageUploader,
        ImageUploaderEventMap,
        | 'count' | 'sizeType' | 'sourceType' | 'cropScale' | 'maxSize' | 'uploadUrl' | 'uploadName' | 'uploadTimeout'
        | 'uploadHeader' | 'uploadFormData' | 'responseValue' | 'name' | 'required' | 'disabled' | 'value'
      >;
    }
  }
}
