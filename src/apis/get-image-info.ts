import { ApiError, defineApi } from '../contract/index.js';
import { openSourceBytes, resolveSource, type SourceRules } from '../files/source.js';
import type { UrlBytes } from '../files/url-bytes.js';
import { ByteSource, readHeader } from '../image/header/index.js';
import { readOrientation, type Orientation } from '../image/orientation.js';
import { FORMAT_FILE, infoType, sniffFormat, SNIFF_BYTES, type InfoType } from '../image/sniff.js';

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

/** What getImageInfo reads: every kind of source but other schemes. */
const INFO_SOURCES: SourceRules = { kinds: ['temp', 'blob', 'data', 'same-origin', 'online', 'cloud'], refused: 'invalid url' };

/** The format and header of an image, from one reader so the first bytes are read once. */
async function inspect(bytes: ByteSource | UrlBytes) {
  const format = sniffFormat(await bytes.read(0, SNIFF_BYTES));
  // SVG is parsed as text from a Blob: a streamed source hands it over whole.
  const reader = format === 'svg' && !(bytes instanceof ByteSource) ? new ByteSource(await bytes.whole()) : bytes;
  return { format, header: format && (await readHeader(reader, format)) };
}

/** The header of what `src` points at (resolved and read as little as its kind allows), and its answer's path. */
async function readSource(src: string) {
  const opened = await openSourceBytes(await resolveSource(src, INFO_SOURCES));
  try {
    return { info: await inspect(opened.bytes), path: opened.path };
  } finally {
    opened.close();
  }
}

/**
 * `wx.getImageInfo`: the stored size, EXIF orientation and type of an image, read from its
 * header bytes (never decoded), so a 16-megapixel photo costs about what a thumbnail does.
 */
export const getImageInfo = defineApi<GetImageInfoOptions, GetImageInfoSuccess>({
  name: 'getImageInfo',
  schema: { src: { type: 'String', required: true } },
  async run({ src }) {
    if (!src) throw new ApiError(INFO_SOURCES.refused);
    // The kind is checked before loading: the API never makes a request for a scheme it does not accept.
    const { info, path } = await readSource(src).catch((error: unknown) => {
      // A File removed or changed on disk since it was picked can no longer be read.
      throw error instanceof DOMException && error.name !== 'AbortError' ? new ApiError('file not found') : error;
    });
    const { format, header } = info;
    if (!format || !header) throw new ApiError('invalid image');
    const orientation = await readOrientation(header.exif);
    // A temp path only for an image that answered: a failure leaves no temp file behind.
    return { width: header.width, height: header.height, path: path(FORMAT_FILE[format].ext), orientation, type: infoType(format) };
  },
});
