import { getConfig } from '../config.js';
import { readHeader } from '../image/header/index.js';
import { FORMAT_FILE, type ImageFormat } from '../image/sniff.js';
import type { CompressRequest, WorkerRequest, WorkerResponse } from './protocol.js';

export interface CompressOptions {
  /** Longest edge of the output, px; `getConfig().compression.maxEdge` when not given. */
  maxEdge?: number;
  /** Encoder quality, 0..1; `getConfig().compression.quality` when not given. */
  quality?: number;
  /** Called with the fraction done, 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Formats kept as they are even when compression is asked for: GIF (compressing would keep one
 * frame of an animation) and SVG (a vector image; rasterising it is not compression).
 */
const KEEP_AS_IS: readonly ImageFormat[] = ['gif', 'svg'];

/**
 * Above this many stored pixels an image is returned untouched: decoding it takes 4 bytes a
 * pixel (a 20000×20000 decompression bomb would need 1.6 GB). 100 MP covers every phone photo
 * in its default mode.
 */
export const MAX_DECODE_PIXELS = 100_000_000;

/** The output type per input format: the three formats canvases encode keep theirs; others become JPEG. */
function outputMime(format: ImageFormat): string {
  return format === 'png' || format === 'webp' ? FORMAT_FILE[format].mime : 'image/jpeg';
}

/** Idle time after which the worker is ended to give its memory back; the next call starts a new one. */
const IDLE_MS = 30_000;

let worker: Worker | undefined;
/** Set when this browser cannot compress in a worker (script failed, or no DOM-free decode path). */
let workerUnusable = false;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const pending = new Map<number, { resolve: (r: WorkerResponse) => void; progress?: (percent: number) => void }>();

function failAllPending(message: string): void {
  for (const [id, job] of pending) job.resolve({ type: 'error', id, message });
  pending.clear();
}

function getWorker(): Worker {
  clearTimeout(idleTimer);
  if (worker) return worker;
  // Our own module worker, bundled with the library: no CDN, works offline and under a strict CSP.
  worker = new Worker(new URL('./compress.worker.ts', import.meta.url), { type: 'module', name: 'wx-image-kit compress' });
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') {
      job.progress?.(message.percent);
      return;
    }
    pending.delete(message.id);
    job.resolve(message);
    if (pending.size === 0) idleTimer = setTimeout(endWorker, IDLE_MS);
  });
  worker.addEventListener('error', (event) => {
    // The script itself failed (blocked, or module workers unsupported): use the main thread.
    event.preventDefault();
    workerUnusable = true;
    endWorker();
  });
  return worker;
}

/** Ends the compression worker now (it restarts on demand). */
export function endWorker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = undefined;
  failAllPending('worker ended');
}

function ask(request: Omit<WorkerRequest, 'id'>, progress?: (percent: number) => void): Promise<WorkerResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve, progress });
    const message = { ...request, id } as WorkerRequest;
    getWorker().postMessage(message);
  });
}

/** Where the worker fetched from (its resource timings), for audits: an empty list when it never ran. */
export async function workerResourceURLs(): Promise<string[]> {
  if (!worker) return [];
  const reply = await ask({ type: 'resources' });
  return reply.type === 'resources' ? reply.urls : [];
}

/** Messages of failures that mean "this worker cannot decode here" rather than "this file is bad". */
const NO_WORKER_DECODE = /decode path|is not defined|can't find variable|document|OffscreenCanvas|createImageBitmap/i;

async function compressInWorker(request: Omit<CompressRequest, 'id' | 'type'>, progress?: (p: number) => void): Promise<Blob> {
  const reply = await ask({ type: 'compress', ...request }, progress);
  if (reply.type === 'done') return reply.blob;
  const message = reply.type === 'error' ? reply.message : 'unexpected reply';
  if (NO_WORKER_DECODE.test(message)) workerUnusable = true;
  throw new Error(message);
}

/** The library's own in-page mode, for browsers whose workers cannot decode images (Safari's build of the library). */
async function compressOnMainThread(request: Omit<CompressRequest, 'id' | 'type'>, progress?: (p: number) => void): Promise<Blob> {
  const { default: imageCompression } = await import('browser-image-compression');
  return imageCompression(request.file, {
    useWebWorker: false,
    maxWidthOrHeight: request.maxEdge,
    initialQuality: request.quality,
    fileType: request.mime,
    onProgress: progress,
  });
}

function abortError(): DOMException {
  return new DOMException('The compression was aborted', 'AbortError');
}

/**
 * Compresses one image (already known to be `format` from its bytes): longest edge at most
 * `maxEdge`, encoded at `quality`, upright (EXIF orientation applied, EXIF dropped). Runs in our
 * own module worker so the page stays responsive. The original comes back untouched when
 * compressing cannot help: GIF and SVG, images the browser cannot decode (HEIC in Chromium, a
 * truncated file), images whose header cannot be read, images over MAX_DECODE_PIXELS, and results not smaller than an original that
 * already fits `maxEdge`.
 */
export async function compressImage(file: File, format: ImageFormat, options: CompressOptions = {}): Promise<Blob> {
  const { compression } = getConfig();
  const maxEdge = options.maxEdge ?? compression.maxEdge;
  const quality = options.quality ?? compression.quality;
  const report = (percent: number) => options.onProgress?.(Math.min(1, Math.max(0, percent / 100)));
  if (options.signal?.aborted) throw abortError();
  if (KEEP_AS_IS.includes(format)) {
    report(100);
    return file;
  }
  // The header read has the budgets of every header read (budgets.ts); a file whose header is
  // unreadable, impossible or too costly to read is not handed to a decoder at all.
  const header = await readHeader(file, format).catch(() => null);
  if (!header || header.width * header.height > MAX_DECODE_PIXELS) {
    report(100);
    return file;
  }
  // The library checks the File's type; a dropped file may have none, so name it from its bytes.
  const mime = FORMAT_FILE[format].mime;
  const input = file.type === mime ? file : new File([file], file.name || `image.${FORMAT_FILE[format].ext}`, { type: mime, lastModified: file.lastModified });
  const request = { file: input, maxEdge, quality, mime: outputMime(format) };
  let output: Blob;
  try {
    if (workerUnusable) output = await compressOnMainThread(request, report);
    else {
      try {
        output = await compressInWorker(request, report);
      } catch (error) {
        if (!workerUnusable) throw error;
        output = await compressOnMainThread(request, report);
      }
    }
  } catch {
    // Not decodable here: the original is still the person's image.
    if (options.signal?.aborted) throw abortError();
    report(100);
    return file;
  }
  if (options.signal?.aborted) throw abortError();
  const fits = header !== null && Math.max(header.width, header.height) <= maxEdge;
  report(100);
  return fits && output.size >= file.size ? file : output;
}
