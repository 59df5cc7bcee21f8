import { strings } from '../config.js';
import { ApiError, defineApi, type Schema } from '../contract/index.js';
import { hasUserActivation } from '../intake/activation.js';
import { pickerCanCapture, takePhoto } from '../intake/camera.js';
import { intakeFiles, type ChosenImage, type IntakeProgress } from '../intake/intake.js';
import { clampCount, knownEntries, SIZE_TYPES, SOURCE_TYPES, type SizeType, type SourceType } from '../intake/options.js';
import { pickFiles } from '../intake/picker.js';
import { ui } from '../ui/overlays.js';

export { SIZE_TYPES, SOURCE_TYPES, MAX_COUNT, type SizeType, type SourceType } from '../intake/options.js';
export type { ChosenImage, IntakeProgress as ChooseImageProgress } from '../intake/intake.js';

export interface ChooseImageOptions {
  /** At most this many images, 1..9 (outside that range: see `clampCount`). Default 9. */
  count?: number;
  /** `original` keeps the files untouched, `compressed` compresses them. Default both: compressed unless the person ticks "Original". */
  sizeType?: SizeType[];
  /** `album` (the file picker) and/or `camera`. Default both: an action sheet asks. */
  sourceType?: SourceType[];
  /** Kit extension (not in the Mini App): compression progress in input bytes. */
  onProgress?: (progress: IntakeProgress) => void;
}

export interface ChooseImageSuccess {
  /** Temp paths (`blob:` URLs) of the chosen images; release them with `releaseTempFile`. */
  tempFilePaths: string[];
  /** Each temp path with the size in bytes of what it holds. */
  tempFiles: ChosenImage[];
}

const schema: Schema = {
  count: { type: 'Number' },
  sizeType: { type: 'Array' },
  sourceType: { type: 'Array' },
  onProgress: { type: 'Function' },
};

const SHEET_ORDER: readonly SourceType[] = ['camera', 'album'];

/**
 * Whether the device has a camera: false only when the browser lists its devices and none is a
 * camera (a desktop without one); true when it cannot tell (no mediaDevices, an error).
 */
async function hasCamera(): Promise<boolean> {
  try {
    const devices = await navigator.mediaDevices?.enumerateDevices?.();
    return devices ? devices.some((device) => device.kind === 'videoinput') : true;
  } catch {
    return true;
  }
}

/**
 * Where the images come from. Both sources → the action sheet (Take Photo / Choose from Album /
 * Cancel), except on a device without a camera, where the album is all there is. One source →
 * straight there. Either shortcut needs the call's user activation: without it the sheet is
 * shown anyway, because a picker opens only inside a gesture and the person's tap on the sheet
 * supplies one (instead of a picker that silently never opens).
 */
async function chooseSource(sources: SourceType[], sizes: SizeType[]): Promise<{ source: SourceType; original?: boolean }> {
  if (sources.length === 1 && hasUserActivation()) return { source: sources[0] };
  // Activation is checked again after the device list: it is transient, and the picker needs it.
  if (sources.includes('album') && hasUserActivation() && !(await hasCamera()) && hasUserActivation()) return { source: 'album' };
  const text = strings();
  // Both size types: the person decides with the "Original" checkbox.
  const askOriginal = sizes.length === 2;
  // The Mini App's order: Take Photo above Choose from Album.
  const offered = SHEET_ORDER.filter((source) => sources.includes(source));
  const answer = await ui.actionSheet({
    label: text.chooseImageTitle,
    items: offered.map((source) => (source === 'camera' ? text.takePhoto : text.chooseFromAlbum)),
    toggle: askOriginal ? text.original : undefined,
  });
  if (answer === null) throw new ApiError('cancel');
  return { source: offered[answer.index], original: askOriginal ? answer.toggled : undefined };
}

/** The files of one source: the picker (album, or camera on phones) or the desktop camera sheet. */
function filesFrom(source: SourceType, count: number): Promise<File[]> {
  if (source === 'album') return pickFiles({ multiple: count > 1 });
  if (pickerCanCapture()) return pickFiles({ multiple: false, capture: 'environment' });
  return takePhoto().then((photo) => [photo]);
}

/**
 * `wx.chooseImage`: images from the album or the camera as temp paths.
 * `{ count = 9, sizeType = ['original','compressed'], sourceType = ['album','camera'] }` →
 * `{ tempFilePaths, tempFiles: [{ path, size }] }`. Cancel anywhere → `chooseImage:fail cancel`;
 * no image among the chosen files → `chooseImage:fail invalid file type`; camera problems →
 * `chooseImage:fail no camera` / `auth deny` / `camera unavailable`.
 */
export const chooseImage = defineApi<ChooseImageOptions, ChooseImageSuccess>({
  name: 'chooseImage',
  schema,
  async run(options) {
    const count = clampCount(options.count);
    const sizes = knownEntries(options.sizeType, SIZE_TYPES);
    const sources = knownEntries(options.sourceType, SOURCE_TYPES);
    const { source, original } = await chooseSource(sources, sizes);
    const files = await filesFrom(source, count);
    const keepOriginal = original ?? (sizes.length === 1 && sizes[0] === 'original');
    return intakeFiles(files, { count, compress: !keepOriginal, onProgress: options.onProgress });
  },
});

export interface ChooseImageFromFilesOptions extends ChooseImageOptions {
  /** Files the person dropped or pasted. */
  files: File[];
}

/**
 * chooseImage's intake for files that are already in hand (dropped onto or pasted into
 * `<wx-image-chooser>`): the same checks, count, compression and temp paths, the same
 * `chooseImage:` results. Both size types → compressed (there is no toggle to tick).
 */
export const chooseImageFromFiles = defineApi<ChooseImageFromFilesOptions, ChooseImageSuccess>({
  name: 'chooseImage',
  schema: {
    ...schema,
    files: { type: 'Array', required: true, expect: (list: unknown[]) => (list.every((f) => f instanceof File) ? undefined : 'Array of Files') },
  },
  async run(options) {
    const sizes = knownEntries(options.sizeType, SIZE_TYPES);
    return intakeFiles(options.files, {
      count: clampCount(options.count),
      compress: !(sizes.length === 1 && sizes[0] === 'original'),
      onProgress: options.onProgress,
    });
  },
});
