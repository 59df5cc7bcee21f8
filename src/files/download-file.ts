import { ApiError } from '../contract/errors.js';
import { fetchResponse } from './download.js';
import { getConfig } from '../config.js';
import type { TaskControl } from '../contract/task.js';
import { asTextRecord, serverUrl, settableHeaders } from './http.js';
import { createTempFile } from './temp-store.js';

/**
 * The network side of `downloadFile`: one GET through the kit's `fetchResponse`, its body read
 * as a stream so progress can be told, kept as a temp path whatever the status (as in WeChat).
 */
export interface FileDownload {
  url: string;
  header: Record<string, string>;
  /** ms; 0 for none. */
  timeout: number;
  signal: AbortSignal;
  onProgress: (progress: DownloadProgress) => void;
  onHeaders: (header: Record<string, string>) => void;
}

export interface DownloadProgress {
  /** Percent received, 0..100 (0 until the end when the server gives no length). */
  progress: number;
  totalBytesWritten: number;
  totalBytesExpectedToWrite: number;
}

/** The signal of the caller, or of the timeout, whichever aborts first; the timeout as `timeout`. */
function withTimeout(signal: AbortSignal, timeout: number): { signal: AbortSignal; clear: () => void } {
  if (!timeout) return { signal, clear: () => undefined };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ApiError('timeout')), timeout);
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    clear: () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    },
  };
}

/** Reads the body, telling progress per chunk; a connection lost halfway is `network error`. */
async function readBody(response: Response, onProgress: FileDownload['onProgress'], signal: AbortSignal): Promise<Blob> {
  const expected = Number(response.headers.get('content-length')) || 0;
  const type = response.headers.get('content-type')?.split(';')[0].trim() ?? '';
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let written = 0;
  const tell = () => {
    const total = Math.max(expected, written);
    onProgress({ progress: total ? Math.floor((written / total) * 100) : 0, totalBytesWritten: written, totalBytesExpectedToWrite: expected });
  };
  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        written += value.byteLength;
        if (written < expected) tell();
      }
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw error instanceof ApiError ? error : new ApiError('network error');
    }
  }
  // A body shorter than its Content-Length was cut: WebKit ends such a stream as if it were whole.
  if (written < expected) throw new ApiError('network error');
  onProgress({ progress: 100, totalBytesWritten: written, totalBytesExpectedToWrite: expected || written });
  return new Blob(chunks, { type });
}

/** Downloads `url` into a temp path named by its bytes (`.jpg`, `.png`…); any HTTP status is an answer. */
export async function downloadToTempFile(download: FileDownload): Promise<{ tempFilePath: string; statusCode: number }> {
  const { signal, clear } = withTimeout(download.signal, download.timeout);
  const headers = new Headers(settableHeaders(download.header));
  try {
    const response = await fetchResponse(download.url, { headers, signal }).catch((error: unknown) => {
      throw signal.aborted ? signal.reason : error;
    });
    const header: Record<string, string> = {};
    response.headers.forEach((value, key) => (header[key] = value));
    download.onHeaders(header);
    const blob = await readBody(response, download.onProgress, signal);
    return { tempFilePath: await createTempFile(blob), statusCode: response.status };
  } finally {
    clear();
  }
}

/** `downloadFile`'s checked options. */
export interface DownloadRequest {
  url: string;
  header?: Record<string, unknown>;
  timeout: number;
}

/** `downloadFile`'s work, loaded with its first call: the URL (`invalid url`, `url not in domain list`), then the request. */
export function downloadUrl(request: DownloadRequest, control: TaskControl<DownloadProgress>): Promise<{ tempFilePath: string; statusCode: number }> {
  return downloadToTempFile({
    url: serverUrl(request.url, getConfig().downloadDomains),
    header: asTextRecord(request.header),
    timeout: request.timeout,
    signal: control.signal,
    onProgress: control.progress,
    onHeaders: control.headers,
  });
}
