import type { ChooseImageOptions } from '../../src/apis/choose-image.js';
import type { ChooseMediaOptions } from '../../src/apis/choose-media.js';
import type { IntakeProgress } from '../../src/intake/intake.js';
import { parseList, type CameraFacing, type MediaType, type SizeType, type SourceType } from '../../src/intake/options.js';

/** The chooser's option properties, as frameworks (Vue, React 19) set them: often the attribute's string or an array. */
export interface ChooserAttributes {
  count: number | string;
  sizeType: string | readonly SizeType[];
  sourceType: string | readonly SourceType[];
  mediaType: string | readonly MediaType[];
  maxDuration?: number | string | null;
  camera?: CameraFacing | '' | null;
}

/** Whether the chooser runs chooseMedia: a `media-type` is set. */
export function choosesMedia(attributes: ChooserAttributes): boolean {
  return parseList(attributes.mediaType).length > 0;
}

/** chooseImage's options from the attributes. */
export function imageOptions(attributes: ChooserAttributes, onProgress: (progress: IntakeProgress) => void): ChooseImageOptions {
  return {
    count: Number(attributes.count),
    sizeType: parseList(attributes.sizeType) as SizeType[],
    sourceType: parseList(attributes.sourceType) as SourceType[],
    onProgress,
  };
}

/** chooseMedia's options from the attributes; an unset max-duration or camera stays unset (the API's default). */
export function mediaOptions(attributes: ChooserAttributes, onProgress: (progress: IntakeProgress) => void): ChooseMediaOptions {
  const { maxDuration, camera } = attributes;
  return {
    ...imageOptions(attributes, onProgress),
    mediaType: parseList(attributes.mediaType) as MediaType[],
    maxDuration: maxDuration === undefined || maxDuration === null || maxDuration === '' ? undefined : Number(maxDuration),
    camera: camera || undefined,
  };
}
