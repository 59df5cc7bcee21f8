import { ApiError } from '../contract/errors.js';
import { ReadBudget, yieldToPage } from '../image/budgets.js';
import type { ByteReader } from '../image/header/bytes.js';

/**
 * The first range asked for: the whole header of nearly every photo (EXIF with its thumbnail,
 * ICC profile, tables and the frame header sit in the first tens of KB).
 */
export const FIRST_RANGE = 64 * 1024;
/**
 * A later range (a header that runs past the first, a PNG's trailing eXIf) takes at least this,
 * twice as much for each range after it (a JPEG hopping over many 64 KB APP2 parts of an ICC
 * profile), up to MAX_RANGE: each request costs a round trip.
 */
export const NEXT_RANGE = 32 * 1024;
export const MAX_RANGE = 1024 * 1024;
/**
 * At most this many bytes come from one URL for one header read, whatever the server sends: a
 * reply of unknown length, or a server that ignores ranges for a reader that wants the file's
 * tail, is read this far and then fails as a file too large to inspect.
 */
export const MAX_URL_BYTES = 64 * 1024 * 1024;

export interface UrlBytesOptions {
  signal?: AbortSignal;
  referrerPolicy?: ReferrerPolicy;
}

/** A ByteReader over a URL: ends its requests with `close()`; `received` counts body bytes. */
export interface UrlBytes extends ByteReader {
  readonly received: number;
  /** The whole file (for readers that parse text, such as SVG's). */
  whole(): Promise<Blob>;
  close(): void;
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

interface Span {
  start: number;
  bytes: Uint8Array;
}

/** A 200 reply read from its start as far as the reads need, kept so later reads reuse it. */
interface StreamedBody {
  reader: ReadableStreamDefaultReader<Uint8Array>;
  buffer: Uint8Array;
  length: number;
  done: boolean;
}

async function request(url: string, range: string | undefined, validator: string | undefined, options: UrlBytesOptions, controller: AbortController): Promise<Response> {
  const headers: Record<string, string> = {};
  if (range) headers.Range = range;
  if (range && validator) headers['If-Range'] = validator;
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, referrerPolicy: options.referrerPolicy, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(url.startsWith('blob:') ? 'file not found' : 'network error');
  }
  if (response.status === 404 || response.status === 410) throw new ApiError('file not found');
  if (!response.ok && response.status !== 416) throw new ApiError(`network error: HTTP ${response.status}`);
  return response;
}

/**
 * The `length` bytes of a range reply. Reading stops as soon as they are in, without waiting for
 * the stream to report its end (another round trip for a `blob:` URL); more is an error.
 */
async function readRangeBody(response: Response, length: number): Promise<Uint8Array> {
  const out = new Uint8Array(length);
  let received = 0;
  const reader = response.body!.getReader();
  while (received < length) {
    const { value, done } = await reader.read();
    if (done) break;
    if (received + value.length > length) {
      void reader.cancel();
      throw new ApiError('network error: range reply longer than asked');
    }
    out.set(value, received);
    received += value.length;
  }
  void reader.cancel().catch(() => undefined);
  if (received < length) throw new ApiError('network error: range reply shorter than asked');
  return out;
}

/** The first and last byte and total length of a 206 reply, or null when it does not say them. */
function contentRange(response: Response): { first: number; last: number; total: number } | null {
  const match = CONTENT_RANGE.exec(response.headers.get('Content-Range') ?? '');
  if (!match) return null;
  const [first, last, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return first <= last && last < total ? { first, last, total } : null;
}

/** A reply whose bytes are not the file's own (compressed on the wire) cannot be cut into ranges. */
function encoded(response: Response): boolean {
  const encoding = response.headers.get('Content-Encoding');
  return !!encoding && encoding.toLowerCase() !== 'identity';
}

/**
 * Reads a URL's bytes as header readers ask for them: by HTTP ranges (`Range: bytes=a-b`,
 * answered 206) when the server takes them, else from the streamed 200 reply, read only as far
 * as needed and cancelled on `close()`. Later ranges carry `If-Range` so a file replaced between
 * two requests is never read half old, half new.
 */
class UrlByteReader implements UrlBytes {
  size = 0;
  received = 0;
  private ranges = 0;
  private spans: Span[] = [];
  private body?: StreamedBody;
  private validator?: string;
  private readonly controller = new AbortController();
  /**
   * The header readers' own budget (src/image/budgets.ts), as a Blob's ByteSource charges it: a
   * step per read, a round trip per ranged request. The streamed fallback is bounded by
   * MAX_URL_BYTES instead (a server without ranges sends the file from its start).
   */
  readonly readBudget = new ReadBudget();

  constructor(
    private readonly url: string,
    private readonly options: UrlBytesOptions,
  ) {}

  /** Asks for the first range; learns the size from Content-Range or Content-Length. */
  async open(): Promise<this> {
    const response = await request(this.url, `bytes=0-${FIRST_RANGE - 1}`, undefined, this.options, this.controller);
    // An empty file cannot satisfy any range.
    if (response.status === 416) return this;
    const range = response.status === 206 ? contentRange(response) : null;
    if (range && range.first === 0 && !encoded(response)) {
      // If-Range takes only a strong validator: a weak ETag would make every later range a 200.
      const etag = response.headers.get('ETag');
      this.validator = (etag && !etag.startsWith('W/') ? etag : response.headers.get('Last-Modified')) ?? undefined;
      this.size = range.total;
      this.addSpan(0, await readRangeBody(response, range.last + 1));
      return this;
    }
    if (response.status === 206) {
      // A range reply we cannot place: ask for the plain file instead.
      void response.body?.cancel();
      return this.openStream(await request(this.url, undefined, undefined, this.options, this.controller));
    }
    return this.openStream(response);
  }

  private async openStream(response: Response): Promise<this> {
    this.body = { reader: response.body!.getReader(), buffer: new Uint8Array(FIRST_RANGE), length: 0, done: false };
    const length = response.headers.get('Content-Length');
    if (length !== null && /^\d+$/.test(length) && !encoded(response)) this.size = Number(length);
    else {
      // No length up front (chunked or compressed): the size is only known at the end.
      await this.pull(MAX_URL_BYTES + 1);
      this.size = this.body.length;
    }
    return this;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    if (this.readBudget.step()) await yieldToPage();
    const end = Math.min(offset + length, this.size);
    if (end <= offset) return new Uint8Array(0);
    const span = this.spans.find((s) => s.start <= offset && end <= s.start + s.bytes.length);
    if (span) return span.bytes.subarray(offset - span.start, end - span.start);
    if (this.body) {
      await this.pull(end);
      if (this.body.length < end) throw new ApiError('network error: file shorter than its length');
      return this.body.buffer.subarray(offset, end);
    }
    const ahead = Math.min(NEXT_RANGE * 2 ** this.ranges++, MAX_RANGE);
    return this.readRange(offset, Math.min(this.size, Math.max(end, offset + ahead)), end);
  }

  async view(offset: number, length: number): Promise<DataView | null> {
    if (offset < 0 || offset + length > this.size) return null;
    const bytes = await this.read(offset, length);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async whole(): Promise<Blob> {
    const bytes = await this.read(0, this.size);
    return new Blob([bytes.slice()]);
  }

  close(): void {
    if (this.body && !this.body.done) void this.body.reader.cancel().catch(() => undefined);
    this.controller.abort();
  }

  private async readRange(from: number, to: number, needed: number): Promise<Uint8Array> {
    this.budget(to - from);
    this.readBudget.fetch(to - from);
    const response = await request(this.url, `bytes=${from}-${to - 1}`, this.validator, this.options, this.controller);
    const range = response.status === 206 ? contentRange(response) : null;
    if (range && range.first === from && range.total === this.size && !encoded(response)) {
      const bytes = await readRangeBody(response, range.last - range.first + 1);
      this.addSpan(from, bytes);
      return bytes.subarray(0, needed - from);
    }
    // A 200 now: the file changed (If-Range failed: another validator), or the server does not
    // take ranges (the first range may have come from the browser's cache of the whole file).
    const length = response.headers.get('Content-Length');
    const validators = [response.headers.get('ETag'), response.headers.get('Last-Modified')];
    const changed = (this.validator && !validators.includes(this.validator)) || (length !== null && Number(length) !== this.size);
    if (response.status !== 200 || changed) {
      void response.body?.cancel();
      throw new ApiError('network error: file changed while read');
    }
    // The whole file from its start: what was read before must be what it starts with.
    const before = this.spans;
    this.spans = [];
    this.body = { reader: response.body!.getReader(), buffer: new Uint8Array(FIRST_RANGE), length: 0, done: false };
    for (const span of before) {
      const now = await this.read(span.start, span.bytes.length);
      if (now.length !== span.bytes.length || now.some((byte, i) => byte !== span.bytes[i])) throw new ApiError('network error: file changed while read');
    }
    return this.read(from, needed - from);
  }

  /** Reads the streamed reply until it holds `end` bytes, it ends, or the byte budget is spent. */
  private async pull(end: number): Promise<void> {
    const body = this.body!;
    while (body.length < end && !body.done) {
      const { value, done } = await body.reader.read();
      if (done) {
        body.done = true;
        break;
      }
      this.budget(value.length);
      this.received += value.length;
      if (body.length + value.length > body.buffer.length) {
        const grown = new Uint8Array(Math.max(body.buffer.length * 2, body.length + value.length));
        grown.set(body.buffer.subarray(0, body.length));
        body.buffer = grown;
      }
      body.buffer.set(value, body.length);
      body.length += value.length;
    }
  }

  private addSpan(start: number, bytes: Uint8Array): void {
    this.received += bytes.length;
    this.spans.push({ start, bytes });
  }

  /** Fails the read (and ends its requests) when `bytes` more would pass MAX_URL_BYTES. */
  private budget(bytes: number): void {
    if (this.received + bytes > MAX_URL_BYTES) {
      this.close();
      throw new ApiError('invalid image');
    }
  }
}

/**
 * Opens a same-origin or `blob:` URL for header reading: one range request (or one streamed
 * reply) now, more only when a reader asks past what arrived. Close it when the header is read.
 */
export async function openUrlBytes(url: string, options: UrlBytesOptions = {}): Promise<UrlBytes> {
  const reader = new UrlByteReader(url, options);
  try {
    return await reader.open();
  } catch (error) {
    reader.close();
    throw error;
  }
}
