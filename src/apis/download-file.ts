import { ApiError, defineTaskApi, TRANSFER_SCHEMA, type TransferTask } from '../contract/index.js';
import type { DownloadProgress } from '../files/download-file.js';

export type { DownloadProgress } from '../files/download-file.js';

export interface DownloadFileOptions {
  /** An http(s) URL: this page's origin, or a host in `configure({ downloadDomains })`. */
  url: string;
  /** Request headers (Referer and the other headers the browser owns are left to it). */
  header?: Record<string, unknown>;
  /** ms; 60000 (WeChat's default) when not given. */
  timeout?: number;
  /**
   * A user file path to store the file at: a web page has no user file system, so it is refused
   * with a clear reason rather than silently ignored.
   */
  filePath?: string;
}

export interface DownloadFileSuccess {
  /** A temp path ending in what the bytes are (`.jpg`…), usable as `<img src>` and by every API of the kit; release it when done. */
  tempFilePath: string;
  /** Any HTTP status, as in WeChat: a 404 is a success with statusCode 404 (and the body as its temp file). */
  statusCode: number;
}

/** `wx.downloadFile`'s task: progress as `{ progress, totalBytesWritten, totalBytesExpectedToWrite }`. */
export type DownloadTask = TransferTask<DownloadProgress>;

/** WeChat's default `networkTimeout.downloadFile`. */
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * `wx.downloadFile`: downloads a URL into a temp path and hands back a `DownloadTask` at once.
 * Mini App code saves an online image with it (`downloadFile` → `saveImageToPhotosAlbum`).
 *
 * Order of checks: parameters, `filePath` (not supported), the URL (`invalid url`,
 * `url not in domain list`); then the request fails with `network error`, `timeout` or `abort`.
 * Each call downloads anew, with its own temp path.
 */
export const downloadFile = /* @__PURE__ */ defineTaskApi<DownloadFileOptions, DownloadFileSuccess, DownloadProgress>({
  name: 'downloadFile',
  schema: {
    ...TRANSFER_SCHEMA,
    filePath: { type: 'String' },
  },
  async run(options, control) {
    if (options.filePath !== undefined) throw new ApiError('filePath is not supported on the web: use tempFilePath');
    // The work loads with the first download: a page that never downloads pays for the contract only.
    const { downloadUrl } = await import('../files/download-file.js');
    return downloadUrl({ ...options, timeout: options.timeout ?? DEFAULT_DOWNLOAD_TIMEOUT_MS }, control);
  },
});
