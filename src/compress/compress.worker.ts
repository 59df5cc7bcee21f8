// A compression worker of the pool (pool.ts): one photo at a time. The browser's own resize and
// encode (resize-encode.ts) where this worker has OffscreenCanvas and createImageBitmap; else
// browser-image-compression, loaded only then, run in-process (`useWebWorker: false`) so it
// never builds its own worker from the CDN `libURL`: nothing is fetched, a strict CSP is fine.
import { LazyPartError, loadPart } from '../contract/lazy.js';
import type { CompressRequest, WorkerRequest, WorkerResponse } from './protocol.js';
import { canResizeEncode, orientationSupport, resizeEncode } from './resize-encode.js';

/** The worker's global scope, typed by hand: the project compiles against the DOM lib, not WebWorker. */
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};
const post = (message: WorkerResponse) => scope.postMessage(message);
const native = canResizeEncode();

/** A few pixels decoded and encoded, so the first real photo finds the codecs loaded. */
async function warm(): Promise<void> {
  if (!native) return;
  await orientationSupport();
  const canvas = new OffscreenCanvas(16, 16);
  canvas.getContext('2d')!.fillRect(0, 0, 16, 16);
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  (await createImageBitmap(jpeg, { resizeWidth: 8, resizeHeight: 8 })).close();
}

async function withLibrary(request: CompressRequest): Promise<Blob> {
  // The same name as IN_PAGE_COMPRESSOR in ./index.ts (not imported: the worker stays small).
  const { default: imageCompression } = await loadPart('the image compression library', () => import('browser-image-compression'));
  // On Safari the library skips createImageBitmap and decodes through `new Image`, which workers
  // do not have; the client then compresses on the main thread instead.
  const browser = (imageCompression as unknown as { getBrowserName(): string }).getBrowserName();
  if (typeof Image === 'undefined' && (browser === 'IOS' || browser === 'DESKTOP_SAFARI')) throw new Error('no DOM-free decode path in this browser');
  return imageCompression(request.file, {
    useWebWorker: false,
    maxWidthOrHeight: request.maxEdge,
    initialQuality: request.quality,
    fileType: request.mime,
    onProgress: (percent) => post({ type: 'progress', id: request.id, percent }),
  });
}

async function compress(request: CompressRequest): Promise<Blob> {
  const { id, target } = request;
  if (!native || !target) return withLibrary(request);
  post({ type: 'progress', id, percent: 10 });
  return resizeEncode(request.file, {
    ...target,
    mime: request.mime,
    quality: request.quality,
    sourceBytes: request.exact ? undefined : request.file.size,
    onStep: (fraction) => post({ type: 'progress', id, percent: fraction * 100 }),
  });
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const { id } = request;
  const fail = (error: unknown) =>
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error), part: error instanceof LazyPartError ? error.part : undefined });
  if (request.type === 'resources') {
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    post({ type: 'resources', id, urls });
  } else if (request.type === 'warm') {
    warm().then(() => post({ type: 'warm', id }), fail);
  } else {
    compress(request).then((blob) => post({ type: 'done', id, blob }), fail);
  }
});
