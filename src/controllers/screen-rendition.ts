import { readHeader } from '../image/header/index.js';
import { sniffBlob } from '../image/sniff.js';
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
 * How many times the screen's pixels a photo must have before a rendition is worth a second
 * decode running beside the full one (the scaled decode still reads every byte of the file).
 */
export const RENDITION_MIN_SCREENS = 6;

/**
 * A quick, screen-sized rendition of a large JPEG, decoded off the main thread by WebCodecs'
 * `ImageDecoder` with a desired size, which lets the JPEG decoder scale while decoding (1/2, 1/4,
 * 1/8) instead of decoding every pixel first: several times faster than the full decode of a
 * photo far larger than the screen. EXIF orientation is applied (the bitmap is upright).
 *
 * Resolves with undefined where it does not help: no ImageDecoder, not a JPEG, a small file, a
 * photo not many times larger than the screen, or any failure — the full decode is the answer then.
 */
export async function decodeScreenRendition(blob: Blob, screen: Size, signal?: AbortSignal): Promise<ImageBitmap | undefined> {
  const Decoder = (globalThis as { ImageDecoder?: ImageDecoderClass }).ImageDecoder;
  if (!Decoder || blob.size < RENDITION_MIN_BYTES) return undefined;
  try {
    if ((await sniffBlob(blob)) !== 'jpeg') return undefined;
    const dpr = globalThis.devicePixelRatio || 1;
    const stored = await readHeader(blob, 'jpeg');
    const screenPixels = screen.width * screen.height * dpr * dpr;
    if (!stored || stored.width * stored.height < RENDITION_MIN_SCREENS * screenPixels) return undefined;
    if (!(await Decoder.isTypeSupported('image/jpeg')) || signal?.aborted) return undefined;
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
