import { ApiError, defineApi } from '../contract/index.js';
import { downloadOnline, keepDownload } from '../files/download.js';
import { classifySource, decodeDataUrl, isDownloadAllowed, resolveCloudFileID, type Source } from '../files/resolve.js';
import { createTempPath, getTempFile } from '../files/temp-store.js';
import { openUrlBytes, type UrlBytes } from '../files/url-bytes.js';
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

/** The format and header of an image, from one reader so the first bytes are read once. */
async function inspect(bytes: ByteSource | UrlBytes) {
  const format = sniffFormat(await bytes.read(0, SNIFF_BYTES));
  // SVG is parsed as text from a Blob: a streamed source hands it over whole.
  const reader = format === 'svg' && !(bytes instanceof ByteSource) ? new ByteSource(await bytes.whole()) : bytes;
  return { format, header: format && (await readHeader(reader, format)) };
}

/** The header of what `source` points at, and the path the answer gives for it. */
async function readSource(source: Source): Promise<{ info: Awaited<ReturnType<typeof inspect>>; path: (extension: string) => string }> {
  switch (source.kind) {
    case 'temp': {
      const blob = getTempFile(source.url);
      if (!blob) throw new ApiError('file not found');
      return { info: await inspect(new ByteSource(blob)), path: () => source.url };
    }
    case 'blob':
    case 'same-origin': {
      // The answer's path is the URL itself, so only the header is read: a range request, or
      // the streamed reply cancelled once the reader has its answer.
      const bytes = await openUrlBytes(source.url);
      try {
        return { info: await inspect(bytes), path: () => source.url };
      } finally {
        bytes.close();
      }
    }
    case 'data': {
      const blob = decodeDataUrl(source.url);
      return { info: await inspect(new ByteSource(blob)), path: (extension) => createTempPath(blob, extension) };
    }
    case 'online': {
      // Downloaded whole, as the Mini App runtime does: the path is a temp file the page may draw
      // on a canvas without tainting it. Once per URL while that temp path lives.
      if (!isDownloadAllowed(source.url)) throw new ApiError('url not in domain list');
      const blob = await downloadOnline(source.url);
      return { info: await inspect(new ByteSource(blob)), path: (extension) => keepDownload(source.url, blob, extension) };
    }
    case 'cloud': {
      const resolved = classifySource(await resolveCloudFileID(source.url));
      if (resolved.kind === 'cloud' || resolved.kind === 'unsupported') throw new ApiError('invalid url');
      return readSource(resolved);
    }
    default:
      throw new ApiError('invalid url');
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
    if (!src) throw new ApiError('invalid url');
    const source = classifySource(src);
    // Checked before loading: the API never makes a request for a scheme it does not accept.
    if (source.kind === 'unsupported') throw new ApiError('invalid url');
    const { info, path } = await readSource(source).catch((error: unknown) => {
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
