import { getConfig, localeInUse } from './config.js';
import type { LocaleName, UploaderStrings } from './i18n.js';

export type { UploaderStrings } from './i18n.js';

/**
 * The strings of `<wx-image-uploader>`, en and zh-CN: a module of their own beside i18n.ts, so
 * that only the uploader's entry carries them (in i18n.ts they went into the chunk every entry
 * loads up front: +0.5 KB gzip on each). `configure({ strings })` overrides them like the others.
 */
export const UPLOADER_LOCALES: Record<LocaleName, UploaderStrings> = {
  en: {
    uploaderLabel: 'Photos',
    uploaderAdd: 'Add photo',
    uploaderHelp: 'Enter opens a photo; Alt with an arrow key moves it; Delete removes it.',
    uploaderItem: 'Photo {index} of {count}, {state}',
    uploaderDelete: 'Delete photo {index}',
    uploaderRetry: 'Retry',
    uploaderProgress: 'Upload of photo {index}',
    uploaderWaiting: 'waiting',
    uploaderUploading: 'uploading',
    uploaderDone: 'uploaded',
    uploaderFailed: 'failed: {reason}',
    uploaderStatus: 'the server answered {status}',
    uploaderMoved: 'Moved to position {index} of {count}',
    uploaderDeleted: 'Photo deleted, {count} left',
    uploaderTooLarge: '{count} photo(s) over {size} not added.',
    uploaderRequired: 'Please add a photo.',
    uploaderPending: 'Please wait until every photo is uploaded.',
    uploaderHasFailed: 'A photo failed to upload: retry or delete it.',
  },
  'zh-CN': {
    uploaderLabel: '图片',
    uploaderAdd: '添加图片',
    uploaderHelp: '回车键查看图片；Alt 加方向键移动图片；Delete 键删除图片。',
    uploaderItem: '第 {index} 张，共 {count} 张，{state}',
    uploaderDelete: '删除第 {index} 张',
    uploaderRetry: '重试',
    uploaderProgress: '第 {index} 张的上传进度',
    uploaderWaiting: '等待上传',
    uploaderUploading: '上传中',
    uploaderDone: '已上传',
    uploaderFailed: '上传失败：{reason}',
    uploaderStatus: '服务器返回 {status}',
    uploaderMoved: '已移到第 {index} 位，共 {count} 张',
    uploaderDeleted: '已删除，剩余 {count} 张',
    uploaderTooLarge: '{count} 张图片超过 {size}，未添加。',
    uploaderRequired: '请添加图片。',
    uploaderPending: '请等待所有图片上传完成。',
    uploaderHasFailed: '有图片上传失败：请重试或删除。',
  },
};

/** The uploader's strings of the locale in use with the configured overrides. */
export function uploaderStrings(): UploaderStrings {
  const table = UPLOADER_LOCALES[localeInUse()];
  const overrides = getConfig().strings;
  return overrides ? { ...table, ...overrides } : table;
}
