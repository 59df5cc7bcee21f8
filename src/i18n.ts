/** Every string the kit shows a person. A locale is a full table; overrides may be partial. */
export interface Strings {
  cancel: string;
  ok: string;
  close: string;
  /** The accessible name of an action sheet given neither a heading nor a label. */
  actions: string;
  // chooseImage
  chooseImageTitle: string;
  takePhoto: string;
  chooseFromAlbum: string;
  original: string;
  /** `{count}` is replaced with the limit. */
  countLimit: string;
  compressing: string;
  cameraTitle: string;
  shutter: string;
  switchCamera: string;
  defaultChooseLabel: string;
  dropHint: string;
  /** `{count}` is replaced with how many images the chooser holds. */
  chosenCount: string;
  /** The constraint-validation message of a required chooser with nothing chosen. */
  chooseRequired: string;
  /** The chooser's failure lines, by chooseImage's fail reason. */
  chooseFailedType: string;
  chooseFailedNoCamera: string;
  chooseFailedCameraDenied: string;
  chooseFailedCameraUnavailable: string;
  /** Any other failure; `{reason}` is chooseImage's fail reason. */
  chooseFailed: string;
  // chooseMedia
  chooseMediaTitle: string;
  /** The action sheet's camera item when videos may be shot (WeChat's 拍摄). */
  shootMedia: string;
  /** `{count}` is replaced with the limit. */
  mediaCountLimit: string;
  /** The camera sheet's record button, idle and while recording. */
  recordVideo: string;
  stopRecording: string;
  /** Shown while recording; `{elapsed}` and `{max}` are m:ss. */
  recordingElapsed: string;
  /** Announced once when recording starts; `{max}` is m:ss. */
  recordingStarted: string;
  /** The chooser's failure lines for chooseMedia's `invalid file type` and `record failed`. */
  chooseFailedMediaType: string;
  chooseFailedRecord: string;
  defaultChooseMediaLabel: string;
  dropMediaHint: string;
  /** Said when the chooser is asked again while a choice is still running. */
  chooseBusy: string;
  /** The chooser's progress line; `{percent}` is replaced (in steps of 25). */
  compressingPercent: string;
  // previewImage
  previewLabel: string;
  /** The viewer's name when its list holds a video (previewMedia). */
  mediaPreviewLabel: string;
  previous: string;
  next: string;
  zoomIn: string;
  zoomOut: string;
  saveImage: string;
  share: string;
  loading: string;
  imageLoadError: string;
  cloudNoResolver: string;
  /** `{index}` and `{total}` are replaced. */
  counter: string;
  /** The text alternative of a previewed image; `{index}` and `{total}` are replaced. */
  imageAlt: string;
  /** previewMedia: the text alternative of a video slide; `{index}` and `{total}` are replaced. */
  videoAlt: string;
  /** previewMedia: the tile of a video that cannot be loaded or played. */
  videoLoadError: string;
  /** The preview's button that opens its menu (Save Image, Share). */
  moreActions: string;
  /** Toasts after the viewer's Save Image. */
  saveDone: string;
  saveNotReadable: string;
  saveDenied: string;
  saveFailed: string;
  // saveImageToPhotosAlbum and authorization
  /** `{site}` is replaced with the page's host. */
  consentTitle: string;
  consentWritePhotosAlbum: string;
  allow: string;
  deny: string;
  settingsTitle: string;
  scopeWritePhotosAlbum: string;
  settingsEmpty: string;
  done: string;
  // getImageInfo element
  /** The stored size line, `width × height`. */
  size: string;
  orientation: string;
  type: string;
  // cropImage
  /** The cropper's accessible name. */
  cropTitle: string;
  /** How to use the cropper (its description, shown and read out). */
  cropHelp: string;
  /** The accessible name of the frame (the focusable area the keys act on). */
  cropFrame: string;
  /** Said when the zoom settles; `{percent}` is replaced. */
  cropZoom: string;
  confirm: string;
  /** The default trigger of `<wx-image-cropper>`. */
  cropChoose: string;
}

const en: Strings = {
  cancel: 'Cancel',
  ok: 'OK',
  close: 'Close',
  actions: 'Actions',
  chooseImageTitle: 'Choose an image',
  takePhoto: 'Take Photo',
  chooseFromAlbum: 'Choose from Album',
  original: 'Original',
  countLimit: 'You can choose up to {count} images',
  compressing: 'Compressing…',
  cameraTitle: 'Camera',
  shutter: 'Take photo',
  switchCamera: 'Switch camera',
  defaultChooseLabel: 'Choose images',
  dropHint: 'or drop images here',
  chosenCount: 'Chosen: {count}',
  chooseRequired: 'Please choose an image.',
  chooseFailedType: 'The chosen files are not images.',
  chooseFailedNoCamera: 'No camera was found.',
  chooseFailedCameraDenied: 'Camera access was denied.',
  chooseFailedCameraUnavailable: 'The camera is not available.',
  chooseFailed: 'Images could not be chosen ({reason}).',
  chooseMediaTitle: 'Choose photos or videos',
  shootMedia: 'Camera',
  mediaCountLimit: 'You can choose up to {count} files',
  recordVideo: 'Record video',
  stopRecording: 'Stop recording',
  recordingElapsed: 'Recording {elapsed} of {max}',
  recordingStarted: 'Recording, up to {max}',
  chooseFailedMediaType: 'The chosen files are not photos or videos.',
  chooseFailedRecord: 'The video could not be recorded.',
  defaultChooseMediaLabel: 'Choose photos or videos',
  dropMediaHint: 'or drop photos or videos here',
  chooseBusy: 'Please wait: the images are still being prepared.',
  compressingPercent: 'Compressing… {percent}%',
  previewLabel: 'Image viewer',
  mediaPreviewLabel: 'Photo and video viewer',
  previous: 'Previous',
  next: 'Next',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  saveImage: 'Save Image',
  share: 'Share',
  loading: 'Loading…',
  imageLoadError: 'This image could not be loaded',
  cloudNoResolver: 'No resolver for cloud file IDs: configure({ resolveCloudFileID })',
  counter: '{index} / {total}',
  imageAlt: 'Image {index} of {total}',
  videoAlt: 'Video {index} of {total}',
  videoLoadError: 'This video could not be played',
  moreActions: 'More actions',
  saveDone: 'Image saved',
  saveNotReadable: 'This image cannot be saved: its site does not allow it',
  saveDenied: 'Saving images is turned off for this site',
  saveFailed: 'The image could not be saved',
  consentTitle: '{site} asks for permission',
  consentWritePhotosAlbum: 'Save images to your device',
  allow: 'Allow',
  deny: 'Deny',
  settingsTitle: 'Settings',
  scopeWritePhotosAlbum: 'Save to album',
  settingsEmpty: 'This site has not asked for any permission yet',
  done: 'Done',
  size: 'Size',
  orientation: 'Orientation',
  type: 'Type',
  cropTitle: 'Crop image',
  cropHelp: 'Drag or use the arrow keys to move the image in the frame; pinch, scroll or press + and − to zoom. Enter confirms, Escape cancels.',
  cropFrame: 'Crop frame',
  cropZoom: 'Zoom {percent}%',
  confirm: 'Confirm',
  cropChoose: 'Crop image',
};

const zhCN: Strings = {
  cancel: '取消',
  ok: '确定',
  close: '关闭',
  actions: '操作',
  chooseImageTitle: '选择图片',
  takePhoto: '拍照',
  chooseFromAlbum: '从手机相册选择',
  original: '原图',
  countLimit: '最多只能选择 {count} 张图片',
  compressing: '正在压缩…',
  cameraTitle: '相机',
  shutter: '拍照',
  switchCamera: '切换摄像头',
  defaultChooseLabel: '选择图片',
  dropHint: '或将图片拖到这里',
  chosenCount: '已选择 {count} 张',
  chooseRequired: '请选择图片。',
  chooseFailedType: '所选文件不是图片。',
  chooseFailedNoCamera: '未找到摄像头。',
  chooseFailedCameraDenied: '摄像头权限被拒绝。',
  chooseFailedCameraUnavailable: '摄像头不可用。',
  chooseFailed: '无法选择图片（{reason}）。',
  chooseMediaTitle: '选择图片或视频',
  shootMedia: '拍摄',
  mediaCountLimit: '最多只能选择 {count} 个文件',
  recordVideo: '录像',
  stopRecording: '停止录像',
  recordingElapsed: '正在录像 {elapsed} / {max}',
  recordingStarted: '开始录像，最长 {max}',
  chooseFailedMediaType: '所选文件不是图片或视频。',
  chooseFailedRecord: '视频录制失败。',
  defaultChooseMediaLabel: '选择图片或视频',
  dropMediaHint: '或将图片、视频拖到这里',
  chooseBusy: '请稍候，图片仍在处理中。',
  compressingPercent: '正在压缩… {percent}%',
  previewLabel: '图片预览',
  mediaPreviewLabel: '图片和视频预览',
  previous: '上一张',
  next: '下一张',
  zoomIn: '放大',
  zoomOut: '缩小',
  saveImage: '保存图片',
  share: '分享',
  loading: '加载中…',
  imageLoadError: '图片加载失败',
  cloudNoResolver: '未配置云文件 ID 解析：configure({ resolveCloudFileID })',
  counter: '{index} / {total}',
  imageAlt: '第 {index} 张，共 {total} 张',
  videoAlt: '视频，第 {index} 个，共 {total} 个',
  videoLoadError: '视频无法播放',
  moreActions: '更多操作',
  saveDone: '已保存图片',
  saveNotReadable: '无法保存此图片：图片所在网站不允许',
  saveDenied: '已关闭此网站保存图片的权限',
  saveFailed: '图片保存失败',
  consentTitle: '{site} 申请获得以下权限',
  consentWritePhotosAlbum: '保存图片到你的设备',
  allow: '允许',
  deny: '拒绝',
  settingsTitle: '设置',
  scopeWritePhotosAlbum: '保存到相册',
  settingsEmpty: '该网站暂未申请任何权限',
  done: '完成',
  size: '尺寸',
  orientation: '方向',
  type: '格式',
  cropTitle: '裁剪图片',
  cropHelp: '拖动或用方向键移动框内的图片；双指、滚轮或 + 和 − 键缩放。回车确定，Esc 取消。',
  cropFrame: '裁剪框',
  cropZoom: '缩放 {percent}%',
  confirm: '确定',
  cropChoose: '裁剪图片',
};

export const LOCALES = { en, 'zh-CN': zhCN } as const;
export type LocaleName = keyof typeof LOCALES;

/** `<wx-image-uploader>`'s strings; their en and zh-CN tables are in i18n-uploader.ts (only the uploader's entry loads them). */
export interface UploaderStrings {
  /** The grid's accessible name. */
  uploaderLabel: string;
  /** The add tile. */
  uploaderAdd: string;
  /** How to move and delete photos from the keyboard (the grid's description). */
  uploaderHelp: string;
  /** A thumbnail's name; `{index}`, `{count}` and `{state}` are replaced. */
  uploaderItem: string;
  uploaderDelete: string;
  uploaderRetry: string;
  /** A thumbnail's progress bar; `{index}` is replaced. */
  uploaderProgress: string;
  uploaderWaiting: string;
  uploaderUploading: string;
  uploaderDone: string;
  /** `{reason}` is why the upload failed. */
  uploaderFailed: string;
  /** A server status outside 2xx as a failure reason; `{status}` is replaced. */
  uploaderStatus: string;
  /** Said after a move; `{index}` and `{count}` are replaced. */
  uploaderMoved: string;
  /** Said after a delete; `{count}` is how many photos are left. */
  uploaderDeleted: string;
  /** Photos refused by max-size; `{count}` and `{size}` are replaced. */
  uploaderTooLarge: string;
  /** The validation messages: nothing added (required), uploads still running or failed. */
  uploaderRequired: string;
  uploaderPending: string;
  uploaderHasFailed: string;
}

/** Writing direction of each locale, for `dir` on the kit's overlays. */
export const LOCALE_DIRECTIONS: Record<LocaleName, 'ltr' | 'rtl'> = { en: 'ltr', 'zh-CN': 'ltr' };

/**
 * The kit's locale for a BCP 47 tag (`zh-CN`, `zh-Hans-CN`, `zh`, `en-GB`…), or undefined when the
 * kit has no strings for its language. Chinese of any script or region gets the Simplified table:
 * closer to a Chinese reader than English.
 */
export function matchLocale(tag: string | null | undefined): LocaleName | undefined {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/, 1)[0];
  if (language === 'zh') return 'zh-CN';
  if (language === 'en') return 'en';
  return undefined;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
