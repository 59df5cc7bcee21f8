// The package's source entry: the wx object, configure, every API function by name, the element
// classes and the public types. Importing it defines the five public tags; the kit's inner
// dialogs (action sheet, camera, consent, settings, cropper) and the compression worker load when first
// needed.
import '../components/image-chooser/define.js';
import '../components/image-preview/define.js';
import '../components/image-info/define.js';
import '../components/image-cropper/define.js';
import '../components/media-chooser/define.js';

// Everything of the element-free entry (getImageInfo, configure, the temp-file store, the contract types)…
export * from './api.js';
// …and the rest.
export { wx, type Wx } from './wx.js';
export type { CompressionOptions, SettingsStorage } from './config.js';
export type { Strings, LocaleName } from './i18n.js';
// compressImage needs no element, but is here rather than in ./api.js: its lazy compression chunk
// shares modules with getImageInfo, which would split them out of that entry's budget.
export {
  compressImage,
  type CompressImageOptions,
  type CompressImageSuccess,
} from './apis/compress-image.js';
export { cropImage, CROP_SCALES, type CropImageOptions, type CropImageSuccess, type CropScale } from './apis/crop-image.js';
export { showActionSheet, type ShowActionSheetOptions, type ShowActionSheetSuccess } from './apis/show-action-sheet.js';
export {
  chooseImage,
  SIZE_TYPES,
  SOURCE_TYPES,
  MAX_COUNT,
  type ChooseImageOptions,
  type ChooseImageSuccess,
  type ChooseImageProgress,
  type ChosenImage,
  type SizeType,
  type SourceType,
} from './apis/choose-image.js';
export {
  chooseMedia,
  MEDIA_TYPES,
  CAMERAS,
  MAX_MEDIA_COUNT,
  type ChooseMediaOptions,
  type ChooseMediaSuccess,
  type ChosenMedia,
  type MediaKind,
  type MediaType,
  type CameraFacing,
} from './apis/choose-media.js';
export {
  saveImageToPhotosAlbum,
  type SaveImageToPhotosAlbumOptions,
  type SaveImageToPhotosAlbumSuccess,
} from './apis/save-image-to-photos-album.js';
export { authorize, getSetting, openSetting, type AuthorizeOptions, type AuthSettingResult } from './apis/authorize.js';
export { SCOPES, type Scope, type AuthSetting } from './auth/scopes.js';
export {
  previewImage,
  REFERRER_POLICIES,
  type PreviewImageOptions,
  type PreviewImageSuccess,
  type PreviewReferrerPolicy,
} from './apis/preview-image.js';
export {
  previewMedia,
  PREVIEW_MEDIA_TYPES,
  type PreviewMediaSource,
  type PreviewMediaType,
  type PreviewMediaOptions,
  type PreviewMediaSuccess,
} from './apis/preview-media.js';
export { WxElement, type ContractEventMap } from '../components/base/wx-element.js';
export { WxImagePreview, type ImagePreviewEventMap } from '../components/image-preview/image-preview.js';
export { WxActionSheet, type ActionSheetItem, type ActionSheetEventMap } from '../components/action-sheet/action-sheet.js';
export {
  WxImageChooser,
  type ImageChooserEventMap,
  type MediaChooserEventMap,
  type ChooseImageResult,
  type ChooseMediaResult,
} from '../components/image-chooser/image-chooser.js';
export { WxMediaChooser } from '../components/media-chooser/media-chooser.js';
// The inner dialogs are loaded lazily; their types are public for theming and tests.
export type { WxCameraSheet, CameraSheetEventMap } from '../components/camera-sheet/camera-sheet.js';
export type { WxConsentDialog, ConsentDecision, ConsentDialogEventMap } from '../components/consent-dialog/consent-dialog.js';
export type { WxSettingsSheet, SettingsSheetEventMap } from '../components/settings-sheet/settings-sheet.js';
export { WxImageInfo, type ImageInfoResult, type ImageInfoEventMap } from '../components/image-info/image-info.js';
export { WxImageCropper, type ImageCropperEventMap, type CropImageResult } from '../components/image-cropper/image-cropper.js';
export type { WxCropDialog, CropDialogEventMap } from '../components/crop-dialog/crop-dialog.js';
