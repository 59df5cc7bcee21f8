import { getConfig } from '../config.js';
import { ApiError, defineTaskApi, type TransferTask } from '../contract/index.js';
import { safeBaseName, urlBaseName } from '../files/file-name.js';
import { asTextRecord } from '../files/http-headers.js';
import { loadSource, serverUrl, type LoadableSource } from '../files/resolve.js';
import { resolveSource, type SourceRules } from '../files/source.js';
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

/** What can be uploaded: files the page holds or reads from its own origin; never another site's URL. */
const UPLOAD_SOURCES: SourceRules = { kinds: ['temp', 'blob', 'same-origin'], refused: 'invalid file path' };

/**
 * The name the server sees, before the extension its bytes give: a picked file's own name, a
 * same-origin path's, else the temp path's id (as WeChat sends `tmp_….jpg`).
 */
function uploadBaseName(blob: Blob, source: LoadableSource): string {
  if (blob instanceof File && safeBaseName(blob.name)) return safeBaseName(blob.name);
  if (source.kind === 'same-origin' && urlBaseName(source.url)) return urlBaseName(source.url);
  const id = source.url.replace(/#.*$/, '').split('/').pop() ?? '';
  return `tmp_${id.replace(/[^a-z0-9]/gi, '') || Date.now()}`;
}

/**
 * `wx.uploadFile`: sends a file as `multipart/form-data` (its exact bytes, its type, a name that
 * ends with what it is) with `formData`, and hands back an `UploadTask` at once.
 *
 * Order of checks: parameters, the URL (`invalid url`, `url not in domain list`), the kind of
 * path (`invalid file path`), the file (`file not found` once released); then the request fails
 * with `network error`, `timeout` or `abort`. Any HTTP status is a success.
 */
export const uploadFile = defineTaskApi<UploadFileOptions, UploadFileSuccess, UploadProgress>({
  name: 'uploadFile',
  schema: {
    url: { type: 'String', required: true },
    filePath: { type: 'String', required: true },
    name: { type: 'String', required: true, expect: (value: string) => (value ? undefined : 'non-empty String') },
    header: { type: 'Object' },
    formData: { type: 'Object' },
    timeout: { type: 'Number', expect: (value: number) => (value > 0 && Number.isFinite(value) ? undefined : 'a positive Number') },
  },
  async run(options, control) {
    const url = serverUrl(options.url, getConfig().uploadDomains);
    if (!options.filePath.trim()) throw new ApiError(UPLOAD_SOURCES.refused);
    const source = await resolveSource(options.filePath, UPLOAD_SOURCES);
    const blob = await loadSource(source, { signal: control.signal });
    const [{ sendMultipart }, { fileOfBytes }] = await Promise.all([import('../files/upload.js'), import('../files/file-extension.js')]);
    const file = await fileOfBytes(blob, uploadBaseName(blob, source));
    return sendMultipart({
      url,
      file,
      name: options.name,
      header: asTextRecord(options.header),
      formData: asTextRecord(options.formData),
      timeout: options.timeout ?? DEFAULT_UPLOAD_TIMEOUT_MS,
      signal: control.signal,
      onProgress: control.progress,
      onHeaders: control.headers,
    });
  },
});
