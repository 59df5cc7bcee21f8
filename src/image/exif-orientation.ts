// Loaded only when an image carries an EXIF block: exifr's TIFF parser, set to read one tag.
import { Options } from 'exifr/src/options.mjs';
import { TiffExif } from 'exifr/src/segment-parsers/tiff-exif.mjs';
import { BufferView } from 'exifr/src/util/BufferView.mjs';

const ORIENTATION = 0x0112;

const options = new Options({
  ifd0: [ORIENTATION],
  exif: false,
  gps: false,
  interop: false,
  ifd1: false,
  makerNote: false,
  userComment: false,
  translateKeys: false,
  translateValues: false,
  reviveValues: false,
  sanitize: false,
  mergeOutput: false,
  silentErrors: true,
});

/** The raw Orientation value of IFD0 in a TIFF block (from its byte-order mark on). */
export async function exifOrientation(tiff: Uint8Array): Promise<unknown> {
  const chunk = new BufferView(tiff);
  const output = await new TiffExif(chunk, options, chunk).parse();
  return output.ifd0?.[ORIENTATION];
}
