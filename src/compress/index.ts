import { imageFileName } from '../files/file-name.js';
import { getConfig } from '../config.js';
import { LazyPartError, loadPart, unlessPartMissing } from '../contract/lazy.js';
import { readHeader, type HeaderInfo } from '../image/header/index.js';
import { readOrientationValue } from '../image/orientation.js';
import { MAX_DECODE_PIXELS, outputMime } from '../image/reencode.js';
import { FORMAT_FILE, type ImageFormat } from '../image/sniff.js';
import { askPool, runningWorkers } from './pool.js';
import type { CompressRequest } from './protocol.js';
import { canResizeEncode, resizeEncode } from './resize-encode.js';

export { endWorkers, POOL_SIZE, poolState, runningWorkers, warmPool } from './pool.js';

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
export const KEEP_AS_IS: readonly ImageFormat[] = ['gif', 'svg'];


/** Where the workers fetched from (their resource timings), for audits: an empty list when none ran. */
export async function workerResourceURLs(): Promise<string[]> {
  if (!runningWorkers()) return [];
  const reply = await askPool({ type: 'resources' });
  return reply.type === 'resources' ? reply.urls : [];
}

/** Set when this browser cannot compress in a worker (script failed, or no DOM-free decode path). */
let workerUnusable = false;

/** Messages of failures that mean "this worker cannot decode here" rather than "this file is bad". */
const NO_WORKER_DECODE = /decode path|is not defined|can't find variable|document|OffscreenCanvas|createImageBitmap|worker script failed/i;

async function compressInWorker(request: Omit<CompressRequest, 'id' | 'type'>, progress?: (p: number) => void, signal?: AbortSignal): Promise<Blob> {
  const reply = await askPool({ type: 'compress', ...request }, progress, signal);
  if (reply.type === 'done') return reply.blob;
  // The worker's own lazy part (browser-image-compression, where it has no native path) did not load.
  if (reply.type === 'error' && reply.part) throw new LazyPartError(reply.part, new Error(reply.message));
  const message = reply.type === 'error' ? reply.message : 'unexpected reply';
  if (NO_WORKER_DECODE.test(message)) workerUnusable = true;
  throw new Error(message);
}

/** The output size before orientation (stored size fit into `maxEdge`) and the EXIF orientation 1..8. */
async function targetOf(header: HeaderInfo, maxEdge: number): Promise<CompressRequest['target']> {
  const scale = Math.min(1, maxEdge / Math.max(header.width, header.height));
  const orientation = await readOrientationValue(header.exif);
  return { width: Math.max(1, Math.round(header.width * scale)), height: Math.max(1, Math.round(header.height * scale)), orientation };
}

/** The part name of browser-image-compression, in the page and in the worker. */
export const IN_PAGE_COMPRESSOR = 'the image compression library';

/**
 * In the page, for browsers whose workers cannot compress (the worker script blocked, or no
 * DOM-free decode path): the browser's own resize + encode where the page has it (its decode and
 * encode run off the main thread), else browser-image-compression's in-page mode.
 */
async function compressOnMainThread(request: Omit<CompressRequest, 'id' | 'type'>, progress?: (p: number) => void): Promise<Blob> {
  if (request.target && canResizeEncode()) {
    const sourceBytes = request.exact ? undefined : request.file.size;
    return resizeEncode(request.file, { ...request.target, mime: request.mime, quality: request.quality, sourceBytes });
  }
  const { default: imageCompression } = await loadPart(IN_PAGE_COMPRESSOR, () => import('browser-image-compression'));
  return imageCompression(request.file, {
    useWebWorker: false,
    maxWidthOrHeight: request.maxEdge,
    initialQuality: request.quality,
    fileType: request.mime,
    onProgress: progress,
  });
}

/**
 * Resizes and encodes one image as `request` says: in a worker of the pool, or in the page where
 * workers cannot (then for every later call too). Throws when the image cannot be decoded here.
 */
export async function encodeInPool(request: Omit<CompressRequest, 'id' | 'type'>, report?: (percent: number) => void, signal?: AbortSignal): Promise<Blob> {
  if (workerUnusable) return compressOnMainThread(request, report);
  try {
    return await compressInWorker(request, report, signal);
  } catch (error) {
    if (!workerUnusable) throw error;
    return compressOnMainThread(request, report);
  }
}

function abortError(): DOMException {
  return new DOMException('The compression was aborted', 'AbortError');
}

/**
 * Compresses one image (already known to be `format` from its bytes): longest edge at most
 * `maxEdge`, encoded at `quality`, upright (EXIF orientation applied, EXIF dropped). Runs in a
 * worker of the pool (pool.ts) so the page stays responsive, and several photos at once. The original comes back untouched when
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
  const header = await readHeader(file, format).catch(unlessPartMissing(() => null));
  if (!header || header.width * header.height > MAX_DECODE_PIXELS) {
    report(100);
    return file;
  }
  // The library checks the File's type; a dropped file may have none, so name it from its bytes.
  const mime = FORMAT_FILE[format].mime;
  const input = file.type === mime ? file : new File([file], file.name || imageFileName('image', format), { type: mime, lastModified: file.lastModified });
  const target = header ? await targetOf(header, maxEdge) : undefined;
  const request = { file: input, maxEdge, quality, mime: outputMime(format), target };
  let output: Blob;
  try {
    output = await encodeInPool(request, report, options.signal);
  } catch (error) {
    // Not decodable here: the original is still the person's image. A part of the kit that did
    // not load is no such case: the call fails.
    if (error instanceof LazyPartError) throw error;
    if (options.signal?.aborted) throw abortError();
    report(100);
    return file;
  }
  if (options.signal?.aborted) throw abortError();
  const fits = header !== null && Math.max(header.width, header.height) <= maxEdge;
  report(100);
  return fits && output.size >= file.size ? file : output;
}
