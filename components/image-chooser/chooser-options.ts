import type { ChooseImageOptions } from '../../src/apis/choose-image.js';
import type { ChooseMediaOptions } from '../../src/apis/choose-media.js';
import type { IntakeProgress } from '../../src/intake/intake.js';
import { parseList, type CameraFacing, type MediaType, type SizeType, type SourceType } from '../../src/intake/options.js';

/** The choosers' option properties, as frameworks (Vue, React 19) set them: often the attribute's string or an array. */
export interface ChooserAttributes {
  count: number | string;
  sizeType: string | readonly SizeType[];
  sourceType: string | readonly SourceType[];
}

/** `<wx-media-chooser>`'s, on top. */
export interface MediaChooserAttributes extends ChooserAttributes {
  mediaType: string | readonly MediaType[];
  maxDuration?: number | string | null;
  camera?: CameraFacing | '' | null;
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
export function mediaOptions(attributes: MediaChooserAttributes, onProgress: (progress: IntakeProgress) => void): ChooseMediaOptions {
  const { maxDuration, camera } = attributes;
  return {
    ...imageOptions(attributes, onProgress),
    mediaType: parseList(attributes.mediaType) as MediaType[],
    maxDuration: maxDuration === undefined || maxDuration === null || maxDuration === '' ? undefined : Number(maxDuration),
    camera: camera || undefined,
  };
}
