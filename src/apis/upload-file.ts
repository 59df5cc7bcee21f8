import { defineTaskApi, TRANSFER_SCHEMA, type TransferTask } from '../contract/index.js';
import type { UploadProgress } from '../files/upload.js';

export type { UploadProgress } from '../files/upload.js';
export type { HeadersReceived } from '../contract/index.js';

export interface UploadFileOptions {
  /** The server's http(s) URL: this page's origin, or a host in `configure({ uploadDomains })`. */
  url: string;
  /** A temp path (from chooseImage, compressImage, downloadFile…), another blob: URL of this page, or a same-origin path. */
  filePath: string;
  /** The form field the file is sent in. */
  name: string;
  /** Request headers (Content-Type, Referer and the other headers the browser owns are left to it). */
  header?: Record<string, unknown>;
  /** More form fields, sent before the file. */
  formData?: Record<string, unknown>;
  /** ms; 60000 (WeChat's default) when not given. */
  timeout?: number;
}

export interface UploadFileSuccess {
  /** The response body as text. */
  data: string;
  /** Any HTTP status, as in WeChat: a 500 is a success with statusCode 500. */
  statusCode: number;
}

/** `wx.uploadFile`'s task: progress as `{ progress, totalBytesSent, totalBytesExpectedToSend }`. */
export type UploadTask = TransferTask<UploadProgress>;

/** WeChat's default `networkTimeout.uploadFile`. */
export const DEFAULT_UPLOAD_TIMEOUT_MS = 60_000;

/**
 * `wx.uploadFile`: sends a file as `multipart/form-data` (its exact bytes, its type, a name that
 * ends with what it is) with `formData`, and hands back an `UploadTask` at once.
 *
 * Order of checks: parameters, the URL (`invalid url`, `url not in domain list`), the kind of
 * path (`invalid file path`), the file (`file not found` once released); then the request fails
 * with `network error`, `timeout` or `abort`. Any HTTP status is a success.
 */
export const uploadFile = /* @__PURE__ */ defineTaskApi<UploadFileOptions, UploadFileSuccess, UploadProgress>({
  name: 'uploadFile',
  schema: {
    ...TRANSFER_SCHEMA,
    filePath: { type: 'String', required: true },
    name: { type: 'String', required: true, expect: (value: string) => (value ? undefined : 'non-empty String') },
    formData: { type: 'Object' },
  },
  async run(options, control) {
    // The work (and XMLHttpRequest's) loads with the first upload: a page that never uploads pays for the contract only.
    const { uploadPath } = await import('../files/upload.js');
    return uploadPath({ ...options, timeout: options.timeout ?? DEFAULT_UPLOAD_TIMEOUT_MS }, control);
  },
});
