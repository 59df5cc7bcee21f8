import { withExifOrientation } from './exif-segment.js';
import { uprightBitmap, uprightSize, type PictureSize } from './upright.js';

/** The part of WebCodecs' ImageDecoder used here (not in every TypeScript DOM lib yet). */
interface DecodedFrame {
  /** The size it is drawn at (after any rotation it reports). */
  displayWidth: number;
  displayHeight: number;
  /** Where the browser reports the EXIF orientation instead of applying it (Chromium): clockwise degrees, then a mirror. */
  rotation?: number;
  flip?: boolean;
  close(): void;
}
interface ImageDecoderLike {
  decode(): Promise<{ image: DecodedFrame }>;
  close(): void;
}
interface ImageDecoderClass {
  new (init: { data: ReadableStream<Uint8Array> | Uint8Array; type: string; desiredWidth?: number; desiredHeight?: number }): ImageDecoderLike;
  isTypeSupported(type: string): Promise<boolean>;
}

/** The EXIF Orientation a frame's rotation and flip stand for (how Chromium reports 1…8). */
const ORIENTATION_OF_FRAME: Record<string, number> = {
  '0': 1,
  '0 flip': 2,
  '180': 3,
  '180 flip': 4,
  '90 flip': 5,
  '90': 6,
  '270 flip': 7,
  '270': 8,
};

/** How far (as a ratio) a decoded picture's aspect may be from the photo's, from rounding. */
const ASPECT_TOLERANCE = 0.02;

let jpegSupport: Promise<boolean> | undefined;

/** Whether ImageDecoder takes JPEG: asked once (each ask is a round trip to the browser). */
function jpegSupported(Decoder: ImageDecoderClass): Promise<boolean> {
  jpegSupport ??= Decoder.isTypeSupported('image/jpeg').catch(() => false);
  return jpegSupport;
}

/** Whether this browser's decoded frames say how the picture is to be turned (WebCodecs' rotation and flip). */
function framesReportOrientation(): boolean {
  const prototype = (globalThis as { VideoFrame?: { prototype: object } }).VideoFrame?.prototype;
  return !!prototype && 'rotation' in prototype && 'flip' in prototype;
}

/**
 * A JPEG bigger than `scale` times itself decodes scaled while decoding (JPEG DCT scaling, 1/2 …
 * 1/8, off the main thread) through WebCodecs' ImageDecoder, and comes out upright: the engines
 * differ, so what each one did is established rather than assumed. Chromium hands over the
 * stored picture, sized by area, with the orientation as the frame's rotation and flip (which
 * drawing it applies); Firefox 153 turns the pixels itself and fills exactly the size
 * asked for. Undefined where there is no ImageDecoder (WebKit) or the result could not be made
 * certainly upright and of the photo's shape.
 */
export async function decodeScaledUpright(
  blob: Blob,
  stored: PictureSize,
  orientation: number,
  scale: number,
  signal?: AbortSignal,
): Promise<ImageBitmap | undefined> {
  const Decoder = (globalThis as { ImageDecoder?: ImageDecoderClass }).ImageDecoder;
  if (!Decoder || !(await jpegSupported(Decoder)) || signal?.aborted) return undefined;
  const reported = framesReportOrientation();
  // Without a frame's word for it, a probe tells whether this engine turns the pixels itself.
  const engineTurns = reported || orientation === 1 ? undefined : await decoderTurnsPictures(Decoder);
  if (!reported && orientation !== 1 && engineTurns === undefined) return undefined;
  // The size asked for, in the orientation the engine hands the picture over in, so that an
  // engine filling exactly that size (Firefox) keeps the photo's aspect.
  const handed = engineTurns ? uprightSize(stored, orientation) : stored;
  const decoder = new Decoder({
    data: blob.stream(),
    type: 'image/jpeg',
    desiredWidth: Math.max(1, Math.round(handed.width * scale)),
    desiredHeight: Math.max(1, Math.round(handed.height * scale)),
  });
  try {
    const { image } = await decoder.decode();
    try {
      if (signal?.aborted) return undefined;
      // The orientation the engine applies when the frame is drawn: the frame's own rotation and
      // flip where it has them, else what the probe found.
      const applied = reported ? ORIENTATION_OF_FRAME[`${image.rotation}${image.flip ? ' flip' : ''}`] : engineTurns ? orientation : 1;
      // What is left to do: nothing, or all of it (an engine that read another orientation: give up).
      const remaining = applied === orientation ? 1 : applied === 1 ? orientation : undefined;
      if (!remaining) return undefined;
      // What the engine gave must have the shape of the stored picture turned as it turned it.
      const given = { width: image.displayWidth, height: image.displayHeight };
      const handedOver = uprightSize(stored, applied);
      const aspect = given.width / given.height / (handedOver.width / handedOver.height);
      if (Math.abs(aspect - 1) > ASPECT_TOLERANCE) return undefined;
      // Drawn into a canvas of our own even when nothing is left to turn: a bitmap made from a
      // Chromium frame keeps the rotation aside, and a bitmaprenderer canvas shows it unturned.
      return uprightBitmap(image as unknown as CanvasImageSource, given, remaining);
    } finally {
      image.close();
    }
  } finally {
    decoder.close();
  }
}

let turnsProbe: Promise<boolean | undefined> | undefined;

/**
 * Whether this browser's ImageDecoder turns a JPEG upright by its EXIF Orientation itself (true),
 * leaves it as stored (false), or neither (undefined). Asked once, with a tiny JPEG made here.
 */
function decoderTurnsPictures(Decoder: ImageDecoderClass): Promise<boolean | undefined> {
  turnsProbe ??= probeTurning(Decoder).catch(() => undefined);
  return turnsProbe;
}

/** Four colours in the quadrants (top-left, top-right, bottom-left, bottom-right), far apart in RGB. */
const PROBE_COLOURS = [
  [255, 0, 0],
  [0, 255, 0],
  [0, 0, 255],
  [255, 255, 255],
];
/** Orientation 7 (rotate and mirror) moves every quadrant: applied, ignored and half-done all differ. */
const PROBE_ORIENTATION = 7;
/** Quadrants of whole 16×16 JPEG blocks, so each quadrant's middle keeps its colour through the encoder. */
const PROBE_SIZE = { width: 64, height: 32 };

async function probeTurning(Decoder: ImageDecoderClass): Promise<boolean | undefined> {
  const canvas = new OffscreenCanvas(PROBE_SIZE.width, PROBE_SIZE.height);
  const context = canvas.getContext('2d')!;
  PROBE_COLOURS.forEach(([r, g, b], i) => {
    context.fillStyle = `rgb(${r} ${g} ${b})`;
    context.fillRect((i % 2) * (PROBE_SIZE.width / 2), Math.floor(i / 2) * (PROBE_SIZE.height / 2), PROBE_SIZE.width / 2, PROBE_SIZE.height / 2);
  });
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 1 });
  if (jpeg.type !== 'image/jpeg') return undefined;
  const data = withExifOrientation(new Uint8Array(await jpeg.arrayBuffer()), PROBE_ORIENTATION);
  const decoder = new Decoder({ data, type: 'image/jpeg' });
  try {
    const { image } = await decoder.decode();
    let decoded: ImageBitmap;
    try {
      // Drawn as the rendition is drawn.
      decoded = uprightBitmap(image as unknown as CanvasImageSource, { width: image.displayWidth, height: image.displayHeight }, 1);
    } finally {
      image.close();
    }
    const seen = quadrantColours(decoded);
    decoded.close();
    const upright = uprightBitmap(canvas, PROBE_SIZE, PROBE_ORIENTATION);
    const turned = quadrantColours(upright);
    upright.close();
    if (seen === turned) return true;
    if (seen === quadrantColours(canvas)) return false;
    return undefined;
  } finally {
    decoder.close();
  }
}

/** The probe colour nearest each quadrant's middle, top-left to bottom-right, e.g. "0123". */
function quadrantColours(picture: ImageBitmap | OffscreenCanvas): string {
  const { width, height } = picture;
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.drawImage(picture, 0, 0);
  const pixels = context.getImageData(0, 0, width, height).data;
  return [
    [1, 1],
    [3, 1],
    [1, 3],
    [3, 3],
  ]
    .map(([x, y]) => {
      const at = (Math.floor((y * height) / 4) * width + Math.floor((x * width) / 4)) * 4;
      const distance = (colour: number[]) => colour.reduce((sum, value, c) => sum + (value - pixels[at + c]) ** 2, 0);
      return PROBE_COLOURS.reduce((best, colour, i) => (distance(colour) < distance(PROBE_COLOURS[best]) ? i : best), 0);
    })
    .join('');
}
