import { ApiError, defineApi } from '../contract/index.js';
import { classifySource, loadSource } from '../files/resolve.js';
import { createTempPath } from '../files/temp-store.js';
import { ByteSource, readHeader } from '../image/header/index.js';
import { readOrientation, type Orientation } from '../image/orientation.js';
import { infoType, sniffFormat, SNIFF_BYTES, type InfoType } from '../image/sniff.js';

export type { Orientation } from '../image/orientation.js';
export type { InfoType } from '../image/sniff.js';

export interface GetImageInfoOptions {
  /**
   * The image: a temp path (or any `blob:` URL of the page), a relative path, a same-origin URL,
   * a `data:` URL, or an online URL whose host is in `configure({ downloadDomains })`.
   */
  src: string;
}

export interface GetImageInfoSuccess {
  /** Stored width in px, before the EXIF orientation is applied. */
  width: number;
  /** Stored height in px, before the EXIF orientation is applied. */
  height: number;
  /**
   * Where the image can be used from now on: the same temp path, the resolved URL of a relative
   * or same-origin path, or a new temp path for an online or `data:` image.
   */
  path: string;
  /** From the EXIF Orientation tag; `up` when there is none. */
  orientation: Orientation;
  /** From the file's bytes, never its name. */
  type: InfoType;
}

/** The format and header of an image, from one source so the first bytes are read once. */
async function inspect(blob: Blob) {
  const bytes = new ByteSource(blob);
  const format = sniffFormat(await bytes.read(0, SNIFF_BYTES));
  return { format, header: format && (await readHeader(bytes, format)) };
}

/**
 * `wx.getImageInfo`: the stored size, EXIF orientation and type of an image, read from its
 * header bytes (never decoded), so a 16-megapixel photo costs about what a thumbnail does.
 */
export const getImageInfo = defineApi<GetImageInfoOptions, GetImageInfoSuccess>({
  name: 'getImageInfo',
  schema: { src: { type: 'String', required: true } },
  async run({ src }) {
    if (!src) throw new ApiError('invalid url');
    const source = classifySource(src);
    // Checked before loading: the API never makes a request for a scheme it does not accept.
    if (source.kind === 'unsupported') throw new ApiError('invalid url');
    const blob = await loadSource(source);
    const { format, header } = await inspect(blob).catch((error: unknown) => {
      // A File removed or changed on disk since it was picked can no longer be read.
      throw error instanceof DOMException ? new ApiError('file not found') : error;
    });
    if (!format || !header) throw new ApiError('invalid image');
    const orientation = await readOrientation(header.exif);
    // A downloaded or decoded image gets a temp path, as the Mini App runtime downloads it;
    // a local one keeps its path, so nothing is copied.
    const path = source.kind === 'temp' || source.kind === 'blob' || source.kind === 'same-origin' ? source.url : createTempPath(blob);
    return { width: header.width, height: header.height, path, orientation, type: infoType(format) };
  },
});
