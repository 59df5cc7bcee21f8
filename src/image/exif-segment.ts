/**
 * A JPEG with an EXIF Orientation: the bytes with an APP1 segment (`Exif\0\0`, a big-endian TIFF
 * header and an IFD0 holding only Orientation) put right after SOI, where the Exif standard has it.
 * For pictures the page makes itself (a canvas JPEG has no EXIF), e.g. to learn how this browser's
 * decoders treat the tag.
 */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new TypeError('not a JPEG (no SOI marker)');
  if (!Number.isInteger(orientation) || orientation < 1 || orientation > 8) throw new RangeError(`EXIF Orientation ${orientation} is not 1…8`);
  const segment = [
    ...[0xff, 0xe1, 0x00, 0x22], // APP1, 34 bytes long (the length counts itself)
    ...[0x45, 0x78, 0x69, 0x66, 0x00, 0x00], // "Exif\0\0"
    ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08], // "MM", 42, IFD0 at offset 8
    ...[0x00, 0x01], // one entry:
    ...[0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00], // Orientation, SHORT, 1 value
    ...[0x00, 0x00, 0x00, 0x00], // no IFD1
  ];
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}
