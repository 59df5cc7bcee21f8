import { ApiError, defineApi, loadPart, type Schema } from '../contract/index.js';
import { oneOf } from '../contract/schema.js';
import { loadSource } from '../files/resolve.js';
import { resolveSource, type SourceRules } from '../files/source.js';
import { createTempFile } from '../files/temp-store.js';
import { ui } from '../ui/overlays.js';

/** The aspect ratios WeChat's cropper offers, width:height. */
export const CROP_SCALES = ['16:9', '9:16', '4:3', '3:4', '5:4', '4:5', '1:1'] as const;
export type CropScale = (typeof CROP_SCALES)[number];

export interface CropImageOptions {
  /**
   * The image: a temp path (or any `blob:` URL of the page), a relative path, a same-origin URL,
   * a `data:` URL, or an online URL whose host is in `configure({ downloadDomains })`.
   */
  src: string;
  /** The crop frame's aspect ratio, width:height. */
  cropScale: CropScale;
}

export interface CropImageSuccess {
  /** A new temp path (ending in `.jpg`, `.png`, `.webp`); release it with `releaseTempFile`. */
  tempFilePath: string;
}

/** Encoder quality of JPEG and WebP output: the canvas default, near the source. */
export const CROP_QUALITY = 0.92;

/** What cropImage reads: what compressImage reads (the whole file, to decode it). */
const CROP_SOURCES: SourceRules = { kinds: ['temp', 'blob', 'data', 'same-origin', 'online', 'cloud'], refused: 'invalid url' };

const schema: Schema = {
  src: { type: 'String', required: true },
  cropScale: {
    type: 'String',
    required: true,
    expect: oneOf(CROP_SCALES),
  },
};

/** `16:9` as a size. */
export function aspectOf(scale: CropScale): { width: number; height: number } {
  const [width, height] = scale.split(':').map(Number);
  return { width: width!, height: height! };
}

/**
 * `wx.cropImage`: shows the image under a fixed frame of `cropScale` in a full-screen cropper
 * (drag, pinch, wheel, keyboard) and gives the framed part, upright, at the image's own resolution,
 * as a new temp path. JPEG stays JPEG, PNG stays PNG and WebP stays WebP; other formats become
 * JPEG. Closing the cropper (Cancel, Esc) → `cropImage:fail cancel`; bytes this browser cannot
 * decode → `cropImage:fail invalid image`.
 */
export const cropImage = /* @__PURE__ */ defineApi<CropImageOptions, CropImageSuccess>({
  name: 'cropImage',
  schema,
  async run({ src, cropScale }) {
    if (!src) throw new ApiError(CROP_SOURCES.refused);
    // The kind is checked before loading: the API never makes a request for a scheme it does not accept.
    const source = await resolveSource(src, CROP_SOURCES);
    // The header reading, decoding and encoding load on first use, beside the file.
    const [blob, { readCropSource, decodeUpright, encodeRegion, regionOutputSize }, { decodeScreenRendition }] = await Promise.all([
      loadSource(source),
      loadPart('the crop encoder', () => import('../image/crop-encode.js')),
      loadPart('the screen rendition decoder', () => import('../image/screen-rendition.js')),
    ]);
    const { stored, upright: image, orientation, mime } = await readCropSource(blob);
    const aspect = aspectOf(cropScale);
    // A large photo shows a screen-sized rendition first, as in the viewer. The full decode for
    // the output waits for Confirm: beside the cropper's own it would slow the first paint, and
    // after a cancel it would be wasted.
    const preview = await decodeScreenRendition(blob, { width: innerWidth, height: innerHeight });
    const closing = new AbortController();
    const url = URL.createObjectURL(blob);
    let picture: ImageBitmap | undefined;
    try {
      // A picture the browser cannot show closes the cropper.
      const onLoaded = (loaded: boolean) => loaded || closing.abort();
      const region = await ui.cropper({ url, width: image.width, height: image.height, aspect, preview, onLoaded, signal: closing.signal });
      if (!region) throw new ApiError(closing.signal.aborted ? 'invalid image' : 'cancel');
      picture = await decodeUpright(blob, stored, orientation).catch(() => {
        throw new ApiError('invalid image');
      });
      const size = regionOutputSize(region, aspect, image);
      return { tempFilePath: await createTempFile(await encodeRegion(picture, { region, size, mime, quality: CROP_QUALITY })) };
    } finally {
      URL.revokeObjectURL(url);
      preview?.close();
      picture?.close();
    }
  },
});
