// The compression worker. It runs browser-image-compression from our own bundle, in-process
// (`useWebWorker: false`): inside a worker the library compresses directly and never builds its
// own worker from the CDN `libURL`, so nothing is fetched and a strict CSP is fine.
import imageCompression from 'browser-image-compression';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

// On Safari the library skips createImageBitmap and decodes through `new Image`, which workers
// do not have; the client then compresses on the main thread instead.
const browser = (imageCompression as unknown as { getBrowserName(): string }).getBrowserName();
const NEEDS_DOM = typeof Image === 'undefined' && (browser === 'IOS' || browser === 'DESKTOP_SAFARI');

/** The worker's global scope, typed by hand: the project compiles against the DOM lib, not WebWorker. */
const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};
const post = (message: WorkerResponse) => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'resources') {
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    post({ type: 'resources', id: request.id, urls });
    return;
  }
  const { id, file, maxEdge, quality, mime } = request;
  if (NEEDS_DOM) {
    post({ type: 'error', id, message: 'no DOM-free decode path in this browser' });
    return;
  }
  imageCompression(file, {
    useWebWorker: false,
    maxWidthOrHeight: maxEdge,
    initialQuality: quality,
    fileType: mime,
    onProgress: (percent) => post({ type: 'progress', id, percent }),
  }).then(
    (blob) => post({ type: 'done', id, blob }),
    (error: unknown) => post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) }),
  );
});
