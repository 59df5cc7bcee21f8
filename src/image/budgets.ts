/**
 * How much work reading an image's bytes may cost: every parser of page-foreign image bytes
 * (the header readers, the SVG tokenizer, the EXIF read, the preview's progressive scan, the
 * compression path's and save's header checks) stops at these limits, so a crafted file costs a
 * small fixed amount of work and is answered `invalid image` at once. Each number is several
 * times what real files need; the comment says what real files need.
 */

/**
 * Header reads of one file (each segment, chunk, box, IFD or directory header looked at). A
 * JPEG's frame header follows at most a few dozen segments (APP0, EXIF, XMP and extended XMP,
 * ICC in up to a few dozen APP2 parts, Photoshop APP13, DQT, DHT) and fill bytes; a PNG has a
 * handful of chunks before IDAT, a WebP a handful before EXIF. Each is an await: 1024 of them
 * cost about 1 ms in Chromium and 6 ms in WebKit, so even 500 crafted files at once settle.
 */
export const MAX_HEADER_STEPS = 1024;

/**
 * Boxes and items walked inside a HEIF `meta` box already in memory (no await, about a
 * microsecond each): a 400-tile HEIC lists 400 items in each of iinf, iloc and ipma.
 */
export const MAX_META_WALK_STEPS = 8192;

/**
 * Header steps between yields to the page: a walk of buffered headers never waits for I/O, so
 * without yields all MAX_HEADER_STEPS would be one task (longer on a busy CPU). A real header
 * takes under 100 steps and never yields.
 */
export const STEPS_PER_TASK = 256;

/**
 * Round trips to the file's bytes (each Blob slice read, each ranged request). A header is read
 * in 1–3 of them; a JPEG whose ICC profile or extended XMP is split over many 64 KB segments
 * hops forward, and the source's read-ahead doubles on each hop (to 256 KB), so the 4 MB of
 * MAX_HEADER_BYTES are walked in about 20 reads. Each costs about 0.1–1 ms.
 */
export const MAX_HEADER_READS = 32;

/**
 * Bytes fetched for one header: the largest real reads are a HEIC `meta` box
 * (MAX_HEIF_META_BYTES) plus its Exif item, and a JPEG's hops over its APPn parts (EXIF 64 KB,
 * ICC profiles of up to 1–2 MB, extended XMP). Reading costs about 1 ms per MB.
 */
export const MAX_HEADER_BYTES = 4 << 20;

/**
 * A HEIF/AVIF `meta` box read whole: an iPhone HEIC's is 3–10 KB, a 100-tile panorama's about
 * 100 KB; 2 MB allows thousands of items (and its walk is bounded by MAX_HEADER_STEPS anyway).
 */
export const MAX_HEIF_META_BYTES = 2 << 20;

/**
 * An EXIF block read for its IFD0 (PNG eXIf, WebP EXIF, the HEIF Exif item): a camera's whole
 * EXIF with maker notes and thumbnail is 20–70 KB (a JPEG APP1 cannot exceed 64 KB).
 */
export const MAX_EXIF_BYTES = 1 << 20;

/** Entries of one TIFF IFD: a camera's IFD0 has 10–60; the field is 16-bit, this allows 4096. */
export const MAX_TIFF_ENTRIES = 4096;

/** Images in an ICO directory: real icons hold 1–10 sizes. */
export const MAX_ICO_ENTRIES = 256;

/**
 * SVG text read to find the root element: the prolog (XML declaration, comments, a doctype
 * with an internal subset of entity declarations) of real files is well under 4 KB; editors'
 * metadata comes after the root's start tag.
 */
export const SVG_ROOT_CHARS = 64 * 1024;

/**
 * An SVG document up to this size is checked whole (its root must be closed); a bigger one only
 * at its start. Real icons and drawings are 1–500 KB.
 */
export const SVG_WHOLE_DOCUMENT_BYTES = 1 << 20;

/** Characters of one SVG length attribute (`width="12.5mm"`): real ones have under 20. */
export const MAX_SVG_LENGTH_CHARS = 64;

/**
 * The one limit on a size `getImageInfo` answers, for every format: a positive integer that
 * fits a signed 32-bit int (what canvases, decoders and layout engines store). Real images are
 * under 2^16 in JPEG, WebP and GIF, and under 2^20 anywhere.
 */
export const MAX_IMAGE_EDGE = 2 ** 31 - 1;

/** Whether a width and height are a size an image can have. */
export function isSaneSize(width: number, height: number): boolean {
  return isSaneEdge(width) && isSaneEdge(height);
}

function isSaneEdge(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_IMAGE_EDGE;
}

/**
 * Pixels the preview's progressive first-scan decode takes on (its planes hold one number per
 * 8×8 block): a 200-megapixel photo is 3 M blocks. Past this the browser's decoder is the answer.
 */
export const MAX_DC_DECODE_PIXELS = 200e6;

/**
 * Bytes of a progressive JPEG read for its first scan (the scan must end inside them): the DC
 * scan of a 50-megapixel photo is about 1 MB, behind at most a few hundred KB of headers.
 */
export const MAX_DC_SOURCE_BYTES = 16 << 20;

/** Thrown by a ReadBudget past a limit; the readers' callers turn it into `invalid image`. */
export class BudgetExceeded extends Error {
  constructor(what: string) {
    super(`image read budget exceeded: ${what}`);
    this.name = 'BudgetExceeded';
  }
}

export interface ReadLimits {
  steps: number;
  reads: number;
  bytes: number;
}

export const HEADER_LIMITS: ReadLimits = { steps: MAX_HEADER_STEPS, reads: MAX_HEADER_READS, bytes: MAX_HEADER_BYTES };

/**
 * The work one file's read has done so far. Every byte source (a Blob's slices, a URL's ranges)
 * owns one and charges it: a step per header looked at, a read and its bytes per round trip.
 * Throws BudgetExceeded past a limit, so no reader needs its own counter.
 */
export class ReadBudget {
  private steps = 0;
  private reads = 0;
  private bytes = 0;

  constructor(private readonly limits: ReadLimits = HEADER_LIMITS) {}

  /**
   * One (or `count`) header looked at. True when STEPS_PER_TASK more steps have passed: an async
   * reader then lets the page run (yieldToPage) before going on.
   */
  step(count = 1): boolean {
    const before = this.steps;
    this.steps += count;
    if (this.steps > this.limits.steps) throw new BudgetExceeded('steps');
    return Math.floor(this.steps / STEPS_PER_TASK) > Math.floor(before / STEPS_PER_TASK);
  }

  /** One round trip for `bytes` bytes, charged before it is made. */
  fetch(bytes: number): void {
    this.reads += 1;
    this.bytes += bytes;
    if (this.reads > this.limits.reads) throw new BudgetExceeded('reads');
    if (this.bytes > this.limits.bytes) throw new BudgetExceeded('bytes');
  }
}

/** Lets the page paint and handle input before long work goes on: a task boundary, not a timer. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
