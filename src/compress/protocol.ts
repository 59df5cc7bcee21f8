/** Messages between the compression client and its worker. */

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
}

/** Asks the worker which URLs it has fetched (its own resource timings), to audit that nothing left the origin. */
export interface ResourcesRequest {
  type: 'resources';
  id: number;
}

export type WorkerRequest = CompressRequest | ResourcesRequest;

export type WorkerResponse =
  | { type: 'progress'; id: number; percent: number }
  | { type: 'done'; id: number; blob: Blob }
  | { type: 'error'; id: number; message: string }
  | { type: 'resources'; id: number; urls: string[] };
