import { ApiError, defineApi, loadPart, type Schema } from '../contract/index.js';
import { loadSource } from '../files/resolve.js';
import { resolveSource, type SourceRules } from '../files/source.js';
import { createTempFile } from '../files/temp-store.js';

export interface CompressImageOptions {
  /**
   * The image: a temp path (or any `blob:` URL of the page), a relative path, a same-origin URL,
   * a `data:` URL, or an online URL whose host is in `configure({ downloadDomains })`.
   */
  src: string;
  /** 0..100, lower is smaller and worse (JPEG and WebP output; PNG is lossless). Default 80. */
  quality?: number;
  /** Output width in px of the upright image; alone, the height follows the aspect ratio. */
  compressedWidth?: number;
  /** Output height in px of the upright image; alone, the width follows the aspect ratio. */
  compressedHeight?: number;
}

export interface CompressImageSuccess {
  /** A new temp path (ending in `.jpg`, `.png`…); release it with `releaseTempFile`. */
  tempFilePath: string;
}

/** WeChat's default quality. */
export const DEFAULT_QUALITY = 80;

const positive = (value: number) => (Number.isFinite(value) && value > 0 ? undefined : 'positive Number');

const schema: Schema = {
  src: { type: 'String', required: true },
  quality: { type: 'Number', expect: (value: number) => (value >= 0 && value <= 100 ? undefined : 'Number from 0 to 100') },
  compressedWidth: { type: 'Number', expect: positive },
  compressedHeight: { type: 'Number', expect: positive },
};

/**
 * `wx.compressImage`: the image at `src`, resized (one of width/height keeps the aspect ratio;
 * both set the size; none keeps it), upright, encoded at `quality`, as a new temp path. It runs
 * in chooseImage's compression pool (src/compress/). JPEG stays JPEG, PNG stays PNG, WebP stays
 * WebP, other formats become JPEG; GIF and SVG come back unchanged. Bytes that are not an image,
 * or that this browser cannot decode → `compressImage:fail invalid image`.
 */
/** What compressImage reads: what getImageInfo reads (the whole file, to decode it). */
const COMPRESS_SOURCES: SourceRules = { kinds: ['temp', 'blob', 'data', 'same-origin', 'online', 'cloud'], refused: 'invalid url' };

export const compressImage = /* @__PURE__ */ defineApi<CompressImageOptions, CompressImageSuccess>({
  name: 'compressImage',
  schema,
  async run({ src, quality = DEFAULT_QUALITY, compressedWidth, compressedHeight }) {
    if (!src) throw new ApiError(COMPRESS_SOURCES.refused);
    // The kind is checked before loading: the API never makes a request for a scheme it does not accept.
    const blob = await loadSource(await resolveSource(src, COMPRESS_SOURCES));
    // The compression client and its workers load on first use.
    const { compressToSize } = await loadPart('the compressor', () => import('../compress/exact.js'));
    const output = await compressToSize(blob, { width: compressedWidth, height: compressedHeight, quality: quality / 100 }).catch((error: unknown) => {
      // A File removed or changed on disk since it was picked can no longer be read.
      throw error instanceof DOMException && error.name !== 'AbortError' ? new ApiError('file not found') : error;
    });
    return { tempFilePath: await createTempFile(output) };
  },
});
