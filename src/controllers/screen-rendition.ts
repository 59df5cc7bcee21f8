import { ByteSource, readHeader } from '../image/header/index.js';
import { SNIFF_BYTES, sniffFormat } from '../image/sniff.js';
import type { Size } from './zoom-pan.js';

/** The part of WebCodecs' ImageDecoder used here (not in every TypeScript DOM lib yet). */
interface DecodedFrame {
  close(): void;
}
interface ImageDecoderLike {
  decode(): Promise<{ image: DecodedFrame }>;
  close(): void;
}
interface ImageDecoderClass {
  new (init: { data: ReadableStream<Uint8Array>; type: string; desiredWidth?: number; desiredHeight?: number }): ImageDecoderLike;
  isTypeSupported(type: string): Promise<boolean>;
}

/** Below this a photo decodes about as fast in full as scaled; no second decode is worth it. */
export const RENDITION_MIN_BYTES = 150_000;

/**
 * How many times larger than the screen (per side, in device pixels) a photo must be before a
 * rendition is decoded first. At 2 the JPEG decoder scales by 1/2 or less while decoding, which
 * measured about 3× faster than the full decode for an 1800×1200 photo on an 800×600 screen
 * (15–19 ms against 50–60 ms) and 5× for a 5184×3456 one; the full decode starts after it.
 */
export const RENDITION_MIN_DOWNSCALE = 2;

let jpegSupport: Promise<boolean> | undefined;

/** Whether ImageDecoder takes JPEG: asked once (each ask is a round trip to the browser). */
function jpegSupported(Decoder: ImageDecoderClass): Promise<boolean> {
  jpegSupport ??= Decoder.isTypeSupported('image/jpeg').catch(() => false);
  return jpegSupport;
}

/** The scale that fits `width`×`height` into the screen (either way round: EXIF may turn it). */
function fitScale(width: number, height: number, screen: Size): number {
  const fit = (w: number, h: number) => Math.min(screen.width / w, screen.height / h);
  return Math.max(fit(width, height), fit(height, width));
}

export async function decodeScreenRendition(blob: Blob, screen: Size, signal?: AbortSignal): Promise<ImageBitmap | undefined> {
  const Decoder = (globalThis as { ImageDecoder?: ImageDecoderClass }).ImageDecoder;
  if (!Decoder || blob.size < RENDITION_MIN_BYTES) return undefined;
  try {
    const supported = jpegSupported(Decoder);
    // One ByteSource: the sniff and the header come from the same read of the file's head.
    const bytes = new ByteSource(blob);
    if (sniffFormat(await bytes.read(0, SNIFF_BYTES)) !== 'jpeg') return undefined;
    const dpr = globalThis.devicePixelRatio || 1;
    const stored = await readHeader(bytes, 'jpeg');
    const device = { width: screen.width * dpr, height: screen.height * dpr };
    if (!stored || fitScale(stored.width, stored.height, device) > 1 / RENDITION_MIN_DOWNSCALE) return undefined;
    if (!(await supported) || signal?.aborted) return undefined;
    const decoder = new Decoder({
      data: blob.stream(),
      type: 'image/jpeg',
      desiredWidth: Math.round(screen.width * dpr),
      desiredHeight: Math.round(screen.height * dpr),
    });
    try {
      const { image } = await decoder.decode();
      try {
        if (signal?.aborted) return undefined;
        // createImageBitmap applies the frame's rotation and flip (EXIF orientation).
        return await createImageBitmap(image as unknown as ImageBitmapSource);
      } finally {
        image.close();
      }
    } finally {
      decoder.close();
    }
  } catch {
    return undefined;
  }
}
