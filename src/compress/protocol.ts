/** Messages between the compression pool and its workers. */

export interface CompressRequest {
  type: 'compress';
  id: number;
  file: File;
  /** Longest edge of the output, px. */
  maxEdge: number;
  /** Encoder quality, 0..1. */
  quality: number;
  /** MIME type of the output. */
  mime: string;
  /**
   * The output size before orientation (the stored size scaled to fit `maxEdge`) and the EXIF
   * orientation 1..8, when the client read them from the header; without them the worker
   * decodes at full size to learn the size.
   */
  target?: { width: number; height: number; orientation: number };
  /**
   * The output is exactly `target` at `quality` (compressImage): no re-encode at lower quality
   * when the output comes out larger than the input.
   */
  exact?: boolean;
}

/** Starts the worker's codecs (a tiny decode and encode) and checks how createImageBitmap orients. */
export interface WarmRequest {
  type: 'warm';
  id: number;
}

/** Asks the worker which URLs it has fetched (its own resource timings), to audit that nothing left the origin. */
export interface ResourcesRequest {
  type: 'resources';
  id: number;
}

export type WorkerRequest = CompressRequest | WarmRequest | ResourcesRequest;

export type WorkerResponse =
  | { type: 'progress'; id: number; percent: number }
  | { type: 'done'; id: number; blob: Blob }
  | { type: 'warm'; id: number }
  /** `part`: the worker's lazy part that did not load (the call then fails, see src/contract/lazy.ts). */
  | { type: 'error'; id: number; message: string; part?: string }
  | { type: 'resources'; id: number; urls: string[] };
