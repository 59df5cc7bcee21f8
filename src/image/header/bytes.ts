import { ReadBudget, yieldToPage } from '../budgets.js';

/**
 * Random access to a Blob's bytes through small slices, so a header is read without loading the
 * file. Every Blob read is a round trip to the browser's blob store (about a millisecond, more
 * for more bytes), so the first read takes enough to hold most headers whole and later reads
 * take a little more than asked, to cover the next few segment or box headers; a reader that
 * keeps hopping forward (a JPEG's many 64 KB APPn parts) gets twice as much each time, up to
 * MAX_READ_AHEAD, so it needs few round trips.
 */
export const FIRST_READ = 16 * 1024;
export const NEXT_READ = 4 * 1024;
export const MAX_READ_AHEAD = 256 * 1024;

/**
 * What the header readers read from: a file's size and its bytes by offset. A Blob is read
 * through ByteSource; src/files/url-bytes.ts (a URL read by ranges or a cancelled stream) implements the same three members and
 * charges its own ReadBudget the same way.
 */
export interface ByteReader {
  readonly size: number;
  /** The bytes `[offset, offset + length)`, or fewer when the file ends first. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Exactly `length` bytes at `offset`, or null when the file is shorter. */
  view(offset: number, length: number): Promise<DataView | null>;
}

export class ByteSource implements ByteReader {
  private start = 0;
  private bytes = new Uint8Array(0);
  private reads = 0;

  /** Every read charges a step, every slice a round trip: past a limit, BudgetExceeded. */
  constructor(
    readonly blob: Blob,
    readonly budget = new ReadBudget(),
  ) {}

  get size(): number {
    return this.blob.size;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    if (this.budget.step()) await yieldToPage();
    const end = Math.min(offset + length, this.blob.size);
    if (offset < this.start || end > this.start + this.bytes.length) {
      const ahead = this.reads ? Math.min(NEXT_READ * 2 ** (this.reads - 1), MAX_READ_AHEAD) : FIRST_READ;
      this.reads++;
      // A remainder shorter than two reads ahead is read with this slice rather than by another.
      const sliceEnd = this.blob.size - offset <= 2 * ahead ? this.blob.size : Math.max(end, offset + ahead);
      this.budget.fetch(sliceEnd - offset);
      this.start = offset;
      this.bytes = new Uint8Array(await this.blob.slice(offset, sliceEnd).arrayBuffer());
    }
    return this.bytes.subarray(offset - this.start, end - this.start);
  }

  async view(offset: number, length: number): Promise<DataView | null> {
    if (offset < 0 || length < 0 || offset + length > this.blob.size) return null;
    const bytes = await this.read(offset, length);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

export function ascii(view: DataView, offset: number, length = 4): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(view.getUint8(offset + i));
  return text;
}

/**
 * Whether the 4 bytes at `offset` are a chunk or box type: printable ASCII (PNG's: letters
 * only). Floods of zeros and random bytes fail here at their first header.
 */
export function isFourCC(view: DataView, offset: number, lettersOnly = false): boolean {
  for (let i = 0; i < 4; i++) {
    const c = view.getUint8(offset + i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (lettersOnly ? !letter : c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** A copy of `view`'s bytes (an EXIF block outlives the window it was read from). */
export function copyBytes(view: DataView, offset: number, length: number): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset + offset, length).slice();
}

/**
 * How much of a TIFF block holds its header and IFD0 (where Orientation is, inline), or 0 when
 * that is not inside `view` yet. Lets a reader copy a few hundred bytes of a 60 KB APP1.
 */
export function ifd0Extent(view: DataView, offset: number): number {
  if (view.byteLength < offset + 8) return 0;
  const le = view.getUint16(offset) === 0x4949;
  const ifd0 = view.getUint32(offset + 4, le);
  if (view.byteLength < offset + ifd0 + 2) return 0;
  return ifd0 + 2 + view.getUint16(offset + ifd0, le) * 12 + 4;
}

/** What a format reader finds in a header. */
export interface HeaderInfo {
  /** Stored pixel size, before any orientation is applied. */
  width: number;
  height: number;
  /** The EXIF TIFF block (from the byte-order mark on), when the file carries one. */
  exif?: Uint8Array;
}
