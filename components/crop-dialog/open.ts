import './define.js';
import type { CropperRequest } from '../../src/ui/ports.js';
import type { Region } from '../../src/viewer/crop-frame.js';
import { openModal } from '../base/open-modal.js';

/**
 * The core's cropper port (src/ui/ports.ts): shows the cropper over the page and removes it
 * afterwards; resolves with the framed region, null when cancelled or aborted.
 */
export async function openCropDialog({ url, width, height, aspect, preview, onLoaded, signal }: CropperRequest): Promise<Region | null> {
  const dialog = Object.assign(document.createElement('wx-crop-dialog'), { src: url, imageWidth: width, imageHeight: height, aspect, preview });
  if (onLoaded) void dialog.loaded.then(onLoaded);
  return openModal(dialog, { signal });
}
