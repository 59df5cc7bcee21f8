/**
 * Random access to a Blob's bytes through small slices, so a header is read without loading the
 * file: the first window covers most headers; a read outside it slices the Blob again there.
 */
export const WINDOW = 64 * 1024;

export class ByteSource {
  private start = 0;
  private bytes = new Uint8Array(0);

  constructor(readonly blob: Blob) {}

  get size(): number {
    return this.blob.size;
  }

  /**
   * The bytes `[offset, offset + length)`, or fewer when the file ends first. Reads at least
   * `WINDOW` bytes per slice so that walking a run of small boxes or segments costs one read.
   */
  async read(offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(offset + length, this.blob.size);
    if (offset < this.start || end > this.start + this.bytes.length) {
      // A remainder shorter than two windows is read with this slice rather than by another.
      const sliceEnd = this.blob.size - offset <= 2 * WINDOW ? this.blob.size : Math.max(end, offset + WINDOW);
      this.start = offset;
      this.bytes = new Uint8Array(await this.blob.slice(offset, sliceEnd).arrayBuffer());
    }
    return this.bytes.subarray(offset - this.start, end - this.start);
  }

  /** Exactly `length` bytes at `offset`, or null when the file is shorter. */
  async view(offset: number, length: number): Promise<DataView | null> {
    if (offset < 0 || offset + length > this.blob.size) return null;
    const bytes = await this.read(offset, length);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

export function ascii(view: DataView, offset: number, length = 4): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(view.getUint8(offset + i));
  return text;
}

/** A copy of `view`'s bytes (an EXIF block outlives the window it was read from). */
export function copyBytes(view: DataView, offset: number, length: number): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset + offset, length).slice();
}

/** What a format reader finds in a header. */
export interface HeaderInfo {
  /** Stored pixel size, before any orientation is applied. */
  width: number;
  height: number;
  /** The EXIF TIFF block (from the byte-order mark on), when the file carries one. */
  exif?: Uint8Array;
}
