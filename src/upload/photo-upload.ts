import { chooseImageFromFiles } from '../apis/choose-image.js';
import { asNamedFile } from '../files/file-name.js';
import { getTempFile } from '../files/temp-store.js';
import { loadPart } from '../contract/lazy.js';

/** What `uploadFile` answers with (WeChat's contract): `data` is the response text. */
export interface UploadResult {
  errMsg: string;
  data?: string;
  statusCode?: number;
}

/** What one upload is: `uploadFile`'s options without callbacks. */
export interface UploadRequest {
  url: string;
  filePath: string;
  name: string;
  header?: Record<string, string>;
  formData?: Record<string, string>;
  timeout?: number;
}

/**
 * The most uploads one uploader runs at once (what browsers allow per host over HTTP/1.1 is 6;
 * WeChat allows 10 per Mini App): three keep a slow link busy without starving the page.
 */
export const UPLOAD_SLOTS = 3;

/**
 * The bytes a photo is sent as: the photo itself, or (`compress`) chooseImage's compression of
 * it, through the same intake as a drop on the chooser, as a new temp path. Kept by the caller,
 * so a retry sends these very bytes again without compressing twice.
 */
export async function bytesToSend(filePath: string, compress: boolean): Promise<string> {
  if (!compress) return filePath;
  const blob = getTempFile(filePath);
  if (!blob) throw new Error('file not found');
  const { tempFilePaths } = await chooseImageFromFiles({ files: [asNamedFile(blob, 'photo')], sizeType: ['compressed'], count: 1 });
  return tempFilePaths[0]!;
}

/** A 2xx answer: anything else (a 500, a 413) is a failed upload whose bytes did not land. */
export function landed(result: UploadResult): boolean {
  return typeof result.statusCode === 'number' && result.statusCode >= 200 && result.statusCode < 300;
}

/**
 * At most `limit` uploads at once, in the order they were asked for; the rest wait. Each runs
 * `wx.uploadFile` (loaded when the first photo is sent) and resolves with its success or fail
 * object, never rejects: what went wrong is in `errMsg` (`uploadFile:fail timeout`…).
 */
export class UploadSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit = UPLOAD_SLOTS) {}

  async send(request: UploadRequest, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<UploadResult> {
    await this.slot();
    try {
      if (signal?.aborted) return { errMsg: 'uploadFile:fail abort' };
      // A chunk that does not load fails this photo's upload by name (the photo stays, with Retry).
      const loaded = await loadPart('the uploader', () => import('../apis/upload-file.js')).catch((error: Error) => error);
      if (loaded instanceof Error) return { errMsg: `uploadFile:fail ${loaded.message}` };
      const { uploadFile } = loaded;
      onProgress(0);
      return await new Promise<UploadResult>((resolve) => {
        const task = uploadFile({ ...request, success: resolve, fail: resolve });
        task.onProgressUpdate(({ progress }) => onProgress(progress));
        signal?.addEventListener('abort', () => task.abort(), { once: true });
      });
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private slot(): Promise<void> {
    if (this.running < this.limit) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => (this.running++, resolve())));
  }
}
