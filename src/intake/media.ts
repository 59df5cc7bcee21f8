import { strings } from '../config.js';
import { unlessPartMissing } from '../contract/lazy.js';
import { ApiError } from '../contract/errors.js';
import { extensionOfBytes } from '../files/file-extension.js';
import { createTempPath } from '../files/temp-store.js';
import { format } from '../i18n.js';
import { readHeader } from '../image/header/index.js';
import { readOrientationValue } from '../image/orientation.js';
import { readHead, sniffFormat } from '../image/sniff.js';
import { uprightSize } from '../image/upright.js';
import { ui } from '../ui/overlays.js';
import { prepareImages, type IntakeOptions, type PreparedImage, type SniffedImage } from './intake.js';
import { readVideoInfo } from './video-info.js';

export type MediaKind = 'image' | 'video';

/** One chosen file as chooseMedia reports it. */
export interface ChosenMedia {
  /** Temp path ending in the file's real extension (`#.jpg`, `#.mp4`, `#.webm`…). */
  tempFilePath: string;
  /** Bytes the temp path holds. */
  size: number;
  /** Seconds (videos); 0 for images and for videos this browser cannot read. */
  duration: number;
  /** Pixels, upright (images and videos); 0 when unreadable. */
  height: number;
  width: number;
  /** A JPEG of the video's first frame; '' for images and for videos without a decodable frame. */
  thumbTempFilePath: string;
  fileType: MediaKind;
}

export interface MediaIntakeResult {
  tempFiles: ChosenMedia[];
  /** `image` or `video` when all are of one kind, `mix` when both are there. */
  type: MediaKind | 'mix';
}

export interface MediaIntakeOptions extends IntakeOptions {
  /** The kinds the call allows (mediaType). */
  kinds: readonly MediaKind[];
}

/** Containers the kit takes as video by their first bytes (src/files/file-extension.ts sniffs them). */
const VIDEO_EXTENSIONS = new Set(['mp4', 'mov', 'webm', '3gp']);

type Sorted = { kind: 'image'; image: SniffedImage } | { kind: 'video'; file: File; ext: string };

/** What a file is by its first bytes: an image format, a video container, or nothing known (null). */
async function sort(file: File): Promise<Sorted | null> {
  const head = await readHead(file).catch(() => null);
  if (!head) return null;
  const imageFormat = sniffFormat(head);
  if (imageFormat) return { kind: 'image', image: { file, format: imageFormat } };
  const ext = extensionOfBytes(head);
  return ext && VIDEO_EXTENSIONS.has(ext) ? { kind: 'video', file, ext } : null;
}

/** The upright size of an image from its header (0×0 when the header says nothing). */
async function imageSize(blob: Blob, image: SniffedImage): Promise<{ width: number; height: number }> {
  const header = await readHeader(blob, image.format).catch(unlessPartMissing(() => null));
  if (!header) return { width: 0, height: 0 };
  const orientation = await readOrientationValue(header.exif);
  return uprightSize({ width: header.width, height: header.height }, orientation);
}

/**
 * chooseMedia's intake, the same path as chooseImage's (src/intake/intake.ts) with videos beside
 * the images:
 * 1. bytes, not names: images and video containers the call allows are kept, the rest dropped;
 *    none left → `invalid file type`;
 * 2. count: the first `count` files are kept, and the person is told when there were more;
 * 3. images are compressed as sizeType says (chooseImage's pool); videos are kept as they are
 *    (a browser re-encodes video only in real time, through MediaRecorder) and described:
 *    duration, size and a first-frame JPEG (src/intake/video-info.ts);
 * 4. temp paths, made only once every file is ready.
 */
export async function intakeMedia(files: readonly File[], options: MediaIntakeOptions): Promise<MediaIntakeResult> {
  const sorted = (await Promise.all(files.map(sort))).filter((s): s is Sorted => !!s && options.kinds.includes(s.kind));
  if (sorted.length === 0) throw new ApiError('invalid file type');
  if (sorted.length > options.count) {
    sorted.length = options.count;
    ui.notice(format(strings().mediaCountLimit, { count: options.count }));
  }

  const images = sorted.flatMap((s) => (s.kind === 'image' ? [s.image] : []));
  const prepared = await prepareImages(images, options);
  const imageSizes = await Promise.all(prepared.map((p, i) => imageSize(p.blob, images[i])));
  // One video element at a time: a page decoding twenty videos at once stalls on a phone.
  const videos: Array<Awaited<ReturnType<typeof readVideoInfo>>> = [];
  for (const s of sorted) if (s.kind === 'video') videos.push(await readVideoInfo(s.file));
  if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');

  let imageIndex = 0;
  let videoIndex = 0;
  const tempFiles = sorted.map((s): ChosenMedia => {
    if (s.kind === 'image') {
      const i = imageIndex++;
      return imageEntry(prepared[i], imageSizes[i]);
    }
    const info = videos[videoIndex++];
    return {
      tempFilePath: createTempPath(s.file, s.ext),
      size: s.file.size,
      duration: info.duration,
      height: info.height,
      width: info.width,
      thumbTempFilePath: info.thumbnail ? createTempPath(info.thumbnail, 'jpg') : '',
      fileType: 'video',
    };
  });
  const kinds = new Set(tempFiles.map((f) => f.fileType));
  return { tempFiles, type: kinds.size > 1 ? 'mix' : tempFiles[0].fileType };
}

function imageEntry({ blob, ext }: PreparedImage, size: { width: number; height: number }): ChosenMedia {
  return { tempFilePath: createTempPath(blob, ext), size: blob.size, duration: 0, ...size, thumbTempFilePath: '', fileType: 'image' };
}
