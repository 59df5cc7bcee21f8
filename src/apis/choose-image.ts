import { strings } from '../config.js';
import { defineApi, loadPart, type Schema } from '../contract/index.js';
import { intakeFiles, type ChosenImage, type IntakeProgress } from '../intake/intake.js';
import { clampCount, FILES_RULE, knownEntries, SIZE_TYPES, SOURCE_TYPES, type SizeType, type SourceType } from '../intake/options.js';
import { pickerCanCapture, pickFiles } from '../intake/picker.js';
import { chooseSource } from '../intake/source-choice.js';

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

/** The files of one source: the picker (album, or camera on phones) or the desktop camera sheet. */
function filesFrom(source: SourceType, count: number): Promise<File[]> {
  if (source === 'album') return pickFiles({ multiple: count > 1 });
  if (pickerCanCapture()) return pickFiles({ multiple: false, capture: 'environment' });
  // The desktop camera sheet's code loads when a person first picks the camera.
  return loadPart('the camera', () => import('../intake/camera.js')).then(({ takePhoto }) => takePhoto()).then((photo) => [photo]);
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
    const text = strings();
    const { source, original } = await chooseSource({ sources, sizes, label: text.chooseImageTitle, cameraLabel: text.takePhoto });
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
    files: FILES_RULE,
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
