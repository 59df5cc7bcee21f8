import { type ByteReader, copyBytes, ifd0Extent, NEXT_READ, type HeaderInfo } from './bytes.js';

/** Start-of-frame markers: baseline, extended, progressive, lossless, arithmetic (not DHT/JPG/DAC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * JPEG: walks the marker segments from SOI to the first SOF. Each segment is skipped by its
 * length, so the SOF of the thumbnail inside APP1 is never mistaken for the image's. A big APP1
 * (or many APPn) only moves the next read further into the file.
 */
export async function readJpeg(source: ByteReader): Promise<HeaderInfo | null> {
  let exif: Uint8Array | undefined;
  let at = 2;
  for (;;) {
    const head = await source.view(at, 4);
    if (!head || head.getUint8(0) !== 0xff) return null;
    const marker = head.getUint8(1);
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // EOI or scan data before any frame header
    const length = head.getUint16(2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      const frame = await source.view(at + 4, 5);
      if (!frame) return null;
      const height = frame.getUint16(1);
      const width = frame.getUint16(3);
      // Height 0 means "defined by DNL later"; such files are vanishingly rare and not decodable by browsers.
      return width && height ? { width, height, exif } : null;
    }
    if (marker === 0xe1 && !exif && length > 16) {
      // `Exif\0\0` then the TIFF block; XMP also lives in APP1 under another name. Only the
      // TIFF header and IFD0 are kept: the rest (EXIF IFD, maker notes, thumbnail) is not needed.
      const available = Math.min(length - 2, NEXT_READ);
      let segment = await source.view(at + 4, available);
      if (segment && segment.getUint32(0) === 0x45786966 && segment.getUint16(4) === 0) {
        let extent = ifd0Extent(segment, 6);
        if (!extent || 6 + extent > available) {
          segment = await source.view(at + 4, length - 2);
          extent = segment ? Math.min(ifd0Extent(segment, 6) || Infinity, length - 8) : 0;
        }
        if (segment && extent > 0) exif = copyBytes(segment, 6, Math.min(extent, segment.byteLength - 6));
      }
    }
    at += 2 + length;
  }
}
