// `wx-image-kit/react`: the elements as React components (@lit/react). Props are the
// elements' properties (`count`, `sizeType`, `urls`…); events are `on<Event>` props typed with
// their `detail`, e.g. `onSuccess={(e) => e.detail.tempFilePaths}`. Importing it defines the tags.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { WxImageChooser } from '../image-chooser/define.js';
import { WxImagePreview } from '../image-preview/define.js';
import { WxImageInfo } from '../image-info/define.js';
import { WxImageCropper } from '../image-cropper/define.js';
import { WxMediaChooser } from '../media-chooser/define.js';
import { WxImageUploader } from '../image-uploader/define.js';
import type { ImageChooserEventMap, MediaChooserEventMap } from '../image-chooser/image-chooser.js';
import type { ImagePreviewEventMap } from '../image-preview/image-preview.js';
import type { ImageInfoEventMap } from '../image-info/image-info.js';
import type { ImageCropperEventMap } from '../image-cropper/image-cropper.js';
import type { ImageUploaderEventMap } from '../image-uploader/image-uploader.js';

/** `{ onSuccess: 'success', … }` typed with each event's class, as @lit/react wants it. */
type ReactEvents<M> = { [K in keyof M & string as `on${Capitalize<K>}`]: EventName<M[K] & Event> };

function reactEvents<M>(names: ReadonlyArray<keyof M & string>): ReactEvents<M> {
  return Object.fromEntries(names.map((name) => [`on${name[0]!.toUpperCase()}${name.slice(1)}`, name])) as unknown as ReactEvents<M>;
}

/** `<wx-image-chooser>`: `onSuccess`, `onFail`, `onComplete`, `onProgress`, `onChange`. */
export const ImageChooser = createComponent({
  react: React,
  tagName: 'wx-image-chooser',
  elementClass: WxImageChooser,
  displayName: 'ImageChooser',
  events: reactEvents<ImageChooserEventMap>(['success', 'fail', 'complete', 'progress', 'change']),
});

/** `<wx-media-chooser>`: `onSuccess` (chooseMedia's `{ tempFiles, type }`), `onFail`, `onComplete`, `onProgress`, `onChange`. */
export const MediaChooser = createComponent({
  react: React,
  tagName: 'wx-media-chooser',
  elementClass: WxMediaChooser,
  displayName: 'MediaChooser',
  events: reactEvents<MediaChooserEventMap>(['success', 'fail', 'complete', 'progress', 'change']),
});

/** `<wx-image-preview>`: `onSuccess`, `onFail`, `onComplete`, `onChange`, `onClose`, `onSave`. */
export const ImagePreview = createComponent({
  react: React,
  tagName: 'wx-image-preview',
  elementClass: WxImagePreview,
  displayName: 'ImagePreview',
  events: reactEvents<ImagePreviewEventMap>(['success', 'fail', 'complete', 'change', 'close', 'save']),
});

/** `<wx-image-info>`: `onSuccess`, `onFail`, `onComplete`. */
export const ImageInfo = createComponent({
  react: React,
  tagName: 'wx-image-info',
  elementClass: WxImageInfo,
  displayName: 'ImageInfo',
  events: reactEvents<ImageInfoEventMap>(['success', 'fail', 'complete']),
});

/** `<wx-image-cropper>`: `onSuccess`, `onFail`, `onComplete`. */
export const ImageCropper = createComponent({
  react: React,
  tagName: 'wx-image-cropper',
  elementClass: WxImageCropper,
  displayName: 'ImageCropper',
  events: reactEvents<ImageCropperEventMap>(['success', 'fail', 'complete']),
});

/** `<wx-image-uploader>`: `onSuccess`, `onFail`, `onComplete` (per upload), `onUpload`, `onDelete` (cancelable), `onChange`. */
export const ImageUploader = createComponent({
  react: React,
  tagName: 'wx-image-uploader',
  elementClass: WxImageUploader,
  displayName: 'ImageUploader',
  events: reactEvents<ImageUploaderEventMap>(['success', 'fail', 'complete', 'upload', 'delete', 'change']),
});

export type { ChooseImageResult, ChooseMediaResult, ImageChooserEventMap, MediaChooserEventMap } from '../image-chooser/image-chooser.js';
export type { ImagePreviewEventMap } from '../image-preview/image-preview.js';
export type { ImageInfoResult, ImageInfoEventMap } from '../image-info/image-info.js';
export type { CropImageResult, ImageCropperEventMap } from '../image-cropper/image-cropper.js';
export type { ImageUploaderEventMap, UploaderItemDetail, UploaderUploadDetail } from '../image-uploader/image-uploader.js';
export { WxImageChooser, WxMediaChooser, WxImagePreview, WxImageInfo, WxImageCropper, WxImageUploader };
