import { strings } from '../config.js';
import { defineApi, loadPart, type Schema } from '../contract/index.js';
import { oneOf } from '../contract/schema.js';
import type { IntakeProgress } from '../intake/intake.js';
import type { ChosenMedia, MediaKind } from '../intake/media.js';
import {
  CAMERAS, clampCount, clampDuration, FILES_RULE, knownEntries, MAX_MEDIA_COUNT, MEDIA_TYPES, SIZE_TYPES, SOURCE_TYPES,
  type CameraFacing, type MediaType, type SizeType, type SourceType,
} from '../intake/options.js';
import { pickerCanCapture, pickFiles } from '../intake/picker.js';
import { chooseSource } from '../intake/source-choice.js';

export { MEDIA_TYPES, CAMERAS, MAX_MEDIA_COUNT, type MediaType, type CameraFacing } from '../intake/options.js';
export type { ChosenMedia, MediaKind } from '../intake/media.js';

export interface ChooseMediaOptions {
  /** At most this many files, 1..20 (0, negative or missing → 9, the default; above 20 → 20). */
  count?: number;
  /** `image`, `video`, or `mix` (both). Default `['image', 'video']`. */
  mediaType?: MediaType[];
  /** `album` (the file picker) and/or `camera`. Default both: an action sheet asks. */
  sourceType?: SourceType[];
  /** Seconds the camera records at most, 3..60 (default 10). Files from the album are not limited. */
  maxDuration?: number;
  /** `original` and/or `compressed`, for images (videos are returned as they are). Default both. */
  sizeType?: SizeType[];
  /** The camera to start with: `back` (default) or `front`. */
  camera?: CameraFacing;
  /** Kit extension (not in the Mini App): image compression progress in input bytes. */
  onProgress?: (progress: IntakeProgress) => void;
}

export interface ChooseMediaSuccess {
  /** One entry per chosen file: temp path, size, and for videos duration, size and a thumbnail. */
  tempFiles: ChosenMedia[];
  /** `image`, `video`, or `mix` when both kinds were chosen. */
  type: MediaKind | 'mix';
}

const schema: Schema = {
  count: { type: 'Number' },
  mediaType: { type: 'Array' },
  sourceType: { type: 'Array' },
  maxDuration: { type: 'Number' },
  sizeType: { type: 'Array' },
  camera: { type: 'String', expect: oneOf(CAMERAS) },
  onProgress: { type: 'Function' },
};

/**
 * The media intake (header readers for image sizes, the video reader) loads when files are in
 * hand: a page with a chooser pays for it only once someone chooses.
 */
const loadIntake = () => loadPart('the media intake', () => import('../intake/media.js'));

/** The kinds a mediaType list allows: `mix` (or nothing known) means both. */
function kindsOf(mediaType: unknown[] | undefined): MediaKind[] {
  const known = knownEntries(mediaType, MEDIA_TYPES);
  return known.includes('mix') || (known.includes('image') && known.includes('video')) ? ['image', 'video'] : [known[0] as MediaKind];
}

/** The picker's accept list for the kinds. */
function acceptOf(kinds: readonly MediaKind[]): string {
  return kinds.map((kind) => `${kind}/*`).join(',');
}

/**
 * `wx.chooseMedia`: photos and videos from the album or the camera as temp paths.
 * `{ count = 9 (≤ 20), mediaType = ['image','video'], sourceType = ['album','camera'],
 * maxDuration = 10 (3..60 s), sizeType = ['original','compressed'], camera = 'back' }` →
 * `{ tempFiles: [{ tempFilePath, size, duration, height, width, thumbTempFilePath, fileType }], type }`.
 * Images take chooseImage's path (bytes check, count, compression); videos are described from
 * their own metadata (src/intake/video-info.ts). The camera opens for video where the picker can
 * capture (phones); on desktops the camera sheet shoots and records, stopping at maxDuration.
 * Fail texts: `cancel`, `invalid file type`, `no camera`, `auth deny`, `camera unavailable`,
 * `record failed` (the engine's recorder gave no bytes).
 */
export const chooseMedia = defineApi<ChooseMediaOptions, ChooseMediaSuccess>({
  name: 'chooseMedia',
  schema,
  async run(options) {
    const count = clampCount(options.count, MAX_MEDIA_COUNT);
    const kinds = kindsOf(options.mediaType);
    const sizes = knownEntries(options.sizeType, SIZE_TYPES);
    const sources = knownEntries(options.sourceType, SOURCE_TYPES);
    const facing = options.camera === 'front' ? 'user' : 'environment';
    const text = strings();
    const { source, original } = await chooseSource({
      sources,
      sizes,
      label: text.chooseMediaTitle,
      cameraLabel: kinds.includes('video') ? text.shootMedia : text.takePhoto,
      offersOriginal: kinds.includes('image'),
    });
    let files: File[];
    if (source === 'album') files = await pickFiles({ multiple: count > 1, accept: acceptOf(kinds) });
    // Phones: the system camera, for photos or videos as accept says; its own limits apply there.
    else if (pickerCanCapture()) files = await pickFiles({ multiple: false, capture: facing, accept: acceptOf(kinds) });
    else {
      // The desktop camera sheet's code loads when a person first picks the camera.
      const { useCamera } = await loadPart('the camera', () => import('../intake/camera.js'));
      const shot = await useCamera({ photo: kinds.includes('image'), video: kinds.includes('video'), maxDuration: clampDuration(options.maxDuration), facing });
      files = [shot];
    }
    const keepOriginal = original ?? (sizes.length === 1 && sizes[0] === 'original');
    const { intakeMedia } = await loadIntake();
    return intakeMedia(files, { count, kinds, compress: !keepOriginal, onProgress: options.onProgress });
  },
});

export interface ChooseMediaFromFilesOptions extends ChooseMediaOptions {
  /** Files the person dropped or pasted. */
  files: File[];
}

/**
 * chooseMedia's intake for files already in hand (dropped onto or pasted into the chooser):
 * the same checks, count, compression and temp paths, the same `chooseMedia:` results.
 */
export const chooseMediaFromFiles = defineApi<ChooseMediaFromFilesOptions, ChooseMediaSuccess>({
  name: 'chooseMedia',
  schema: {
    ...schema,
    files: FILES_RULE,
  },
  async run(options) {
    const sizes = knownEntries(options.sizeType, SIZE_TYPES);
    const { intakeMedia } = await loadIntake();
    return intakeMedia(options.files, {
      count: clampCount(options.count, MAX_MEDIA_COUNT),
      kinds: kindsOf(options.mediaType),
      compress: !(sizes.length === 1 && sizes[0] === 'original'),
      onProgress: options.onProgress,
    });
  },
});
