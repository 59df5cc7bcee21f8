import { strings } from '../config.js';
import { ApiError } from '../contract/errors.js';
import { loadPart } from '../contract/lazy.js';
import { extensionOfMime, nameForType } from '../files/file-name.js';
import { createTempPath } from '../files/temp-store.js';
import { format } from '../i18n.js';
import { FORMAT_FILE, sniffBlob, type ImageFormat } from '../image/sniff.js';
import { ui } from '../ui/overlays.js';

/** One chosen image: its temp path and the bytes that path holds. */
export interface ChosenImage {
  path: string;
  size: number;
}

export interface IntakeResult {
  tempFilePaths: string[];
  tempFiles: ChosenImage[];
}

/** Compression progress over all images of one call, in input bytes (like a ProgressEvent). */
export interface IntakeProgress {
  loaded: number;
  total: number;
}

export interface IntakeOptions {
  /** At most this many images are kept (already clamped to 1..9). */
  count: number;
  /** Compress (sizeType compressed) or keep the files untouched (original). */
  compress: boolean;
  onProgress?: (progress: IntakeProgress) => void;
  signal?: AbortSignal;
}

/**
 * The one path every chosen file takes, whatever it came from (picker, camera, drop, paste):
 * 1. bytes, not names: files whose first bytes are not an image are dropped; none left →
 *    `invalid file type`;
 * 2. count: the first `count` images are kept and the person is told "You can choose up to N
 *    images" when there were more;
 * 3. compression when asked for, every image at once in the pool's workers;
 * 4. temp paths, made only once every image is ready, so a failed or aborted call leaves none.
 */
export async function intakeFiles(files: readonly File[], options: IntakeOptions): Promise<IntakeResult> {
  const formats = await Promise.all(files.map((file) => sniffBlob(file).catch(() => null)));
  const images: SniffedImage[] = [];
  files.forEach((file, i) => {
    const imageFormat = formats[i];
    if (imageFormat) images.push({ file, format: imageFormat });
  });
  if (images.length === 0) throw new ApiError('invalid file type');
  if (images.length > options.count) {
    images.length = options.count;
    ui.notice(format(strings().countLimit, { count: options.count }));
  }

  const prepared = await prepareImages(images, options);
  const tempFilePaths = prepared.map(({ blob, ext }) => createTempPath(blob, ext));
  return {
    tempFilePaths,
    tempFiles: tempFilePaths.map((path, i) => ({ path, size: prepared[i].blob.size })),
  };
}

/** One image the intake keeps: its file and the format its bytes showed. */
export interface SniffedImage {
  file: File;
  format: ImageFormat;
}

/** What an image becomes: the bytes a temp path will hold and the extension it ends with. */
export interface PreparedImage {
  blob: Blob;
  /** Undefined: the temp path takes the extension of the Blob's type. */
  ext: string | undefined;
}

/**
 * Steps 3 and 4's input for chooseImage and chooseMedia alike: every image compressed at once in
 * the pool's workers when asked for (progress in input bytes over all of them), or kept as it is.
 */
export async function prepareImages(images: readonly SniffedImage[], options: Omit<IntakeOptions, 'count'>): Promise<PreparedImage[]> {
  const total = images.reduce((sum, image) => sum + image.file.size, 0);
  // Per image, the input bytes done so far: images compress at once, in the pool's workers.
  const loaded = images.map(() => 0);
  const report = (i: number, bytes: number) => {
    loaded[i] = bytes;
    options.onProgress?.({ loaded: Math.min(total, Math.round(loaded.reduce((a, b) => a + b, 0))), total });
  };
  // The compression client (and its workers) load only when a call compresses an image.
  const { compressImage } = options.compress && images.length ? await loadPart('the compressor', () => import('../compress/index.js')) : { compressImage: undefined };
  if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');
  const blobs = await Promise.all(
    images.map(async ({ file, format: imageFormat }, i) => {
      if (!compressImage) {
        report(i, file.size);
        return file;
      }
      const blob = await compressImage(file, imageFormat, {
        signal: options.signal,
        onProgress: (fraction) => report(i, fraction * file.size),
      });
      report(i, file.size);
      return blob === file ? file : renamed(blob, file.name);
    }),
  );
  // Named by what each holds: an original by the format its bytes showed, an output by its encoder's type.
  return blobs.map((blob, i) => ({ blob, ext: blob === images[i].file ? FORMAT_FILE[images[i].format].ext : extensionOfMime(blob.type) }));
}

/** A compressed output as a File named after its source, with the extension of what it now is. */
function renamed(blob: Blob, sourceName: string): File {
  return new File([blob], nameForType(sourceName, blob.type), { type: blob.type });
}
