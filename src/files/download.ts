import { ApiError } from '../contract/errors.js';
import { createTempPath, getTempFile } from './temp-store.js';

export interface LoadOptions {
  signal?: AbortSignal;
  referrerPolicy?: ReferrerPolicy;
}

/**
 * A URL's response, whatever its status: the one place the kit's downloads meet the network, so
 * a failure to get an answer is the same reason everywhere (`network error`, or `file not found`
 * for a blob: URL that was revoked). An abort is rethrown as it is.
 */
export async function fetchResponse(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    if (init.signal?.aborted) throw init.signal.reason;
    throw new ApiError(url.startsWith('blob:') ? 'file not found' : 'network error');
  }
}

/** The whole body of a URL as a Blob; HTTP and network failures as the kit's fail reasons. */
export async function fetchBlob(url: string, options: LoadOptions = {}): Promise<Blob> {
  const response = await fetchResponse(url, { signal: options.signal, referrerPolicy: options.referrerPolicy });
  if (response.status === 404 || response.status === 410) throw new ApiError('file not found');
  if (!response.ok) throw new ApiError(`network error: HTTP ${response.status}`);
  return response.blob();
}

/**
 * One online URL's download: in flight (shared by every caller that asks meanwhile), then, once
 * some caller needs a temp path, kept as that temp path for as long as it is not released.
 */
interface Download {
  blob: Promise<Blob>;
  /** Set once a caller asked for a temp path; the entry lives while this path does. */
  path?: string;
  controller: AbortController;
  /** Callers still waiting for `blob`; when the last one gives up, the download is aborted. */
  waiters: number;
  settled: boolean;
}

const downloads = new Map<string, Download>();

function abortError(): DOMException {
  return new DOMException('The download was aborted', 'AbortError');
}

/** The live entry for a URL: a download in flight, or one whose temp path is not released. */
function liveDownload(url: string): Download | undefined {
  const entry = downloads.get(url);
  if (entry && entry.settled && !(entry.path && getTempFile(entry.path))) {
    downloads.delete(url);
    return undefined;
  }
  return entry;
}

function startDownload(url: string, options: LoadOptions): Download {
  const controller = new AbortController();
  const entry: Download = { controller, waiters: 0, settled: false, blob: fetchBlob(url, { ...options, signal: controller.signal }) };
  entry.blob.then(
    () => (entry.settled = true),
    () => {
      entry.settled = true;
      // A failed download is not remembered: the next call tries again.
      if (downloads.get(url) === entry) downloads.delete(url);
    },
  );
  downloads.set(url, entry);
  return entry;
}

/**
 * An online image's bytes, downloaded once: a live temp path of the same URL is reused, and
 * concurrent calls share one request. Nothing is kept after the download unless some caller
 * asked for a temp path (`downloadToTempPath`), because a kept Blob is memory no one can free.
 */
export function downloadOnline(url: string, options: LoadOptions = {}): Promise<Blob> {
  const entry = liveDownload(url) ?? startDownload(url, options);
  if (entry.settled && entry.path) return Promise.resolve(getTempFile(entry.path)!);
  if (options.signal?.aborted) return Promise.reject(abortError());
  entry.waiters++;
  return new Promise<Blob>((resolve, reject) => {
    const signal = options.signal;
    const onAbort = () => {
      entry.waiters--;
      if (entry.waiters === 0 && !entry.settled) {
        entry.controller.abort();
        if (downloads.get(url) === entry) downloads.delete(url);
      }
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.blob.then(
      (blob) => {
        signal?.removeEventListener('abort', onAbort);
        entry.waiters--;
        if (!entry.path && downloads.get(url) === entry && entry.waiters === 0) downloads.delete(url);
        resolve(blob);
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        entry.waiters--;
        reject(error);
      },
    );
  });
}

/**
 * The temp path of an online image's download, as the Mini App runtime downloads it: the same
 * live temp path for every call with the same URL until it is released; then the next call
 * downloads again. `blob` is what `downloadOnline(url)` gave, `extension` what its bytes are.
 */
export function keepDownload(url: string, blob: Blob, extension?: string): string {
  const entry = liveDownload(url);
  if (entry?.path) return entry.path;
  const path = createTempPath(blob, extension);
  downloads.set(url, { blob: Promise.resolve(blob), path, controller: new AbortController(), waiters: 0, settled: true });
  return path;
}
