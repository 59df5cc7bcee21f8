import { strings } from '../config.js';
import { ApiError } from '../contract/errors.js';
import { ui } from '../ui/overlays.js';
import { hasUserActivation } from './activation.js';
import type { SizeType, SourceType } from './options.js';

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

const SHEET_ORDER: readonly SourceType[] = ['camera', 'album'];

export interface SourceRequest {
  sources: SourceType[];
  sizes: SizeType[];
  /** The sheet's accessible name (chooseImage's or chooseMedia's title). */
  label: string;
  /** The camera item's label: Take Photo, or Camera where videos may be shot too. */
  cameraLabel: string;
  /** Whether the "Original" checkbox means anything (there are images to keep or compress). */
  offersOriginal?: boolean;
}

/**
 * Where the files come from (chooseImage and chooseMedia). Both sources → the action sheet (camera
 * / Choose from Album / Cancel), except on a device without a camera, where the album is all
 * there is. One source → straight there. Either shortcut needs the call's user activation:
 * without it the sheet is shown anyway, because a picker opens only inside a gesture and the
 * person's tap on the sheet supplies one (instead of a picker that silently never opens).
 */
export async function chooseSource(request: SourceRequest): Promise<{ source: SourceType; original?: boolean }> {
  const { sources, sizes } = request;
  if (sources.length === 1 && hasUserActivation()) return { source: sources[0] };
  // Activation is checked again after the device list: it is transient, and the picker needs it.
  if (sources.includes('album') && hasUserActivation() && !(await hasCamera()) && hasUserActivation()) return { source: 'album' };
  const text = strings();
  // Both size types: the person decides with the "Original" checkbox.
  const askOriginal = sizes.length === 2 && request.offersOriginal !== false;
  // The Mini App's order: the camera above Choose from Album.
  const offered = SHEET_ORDER.filter((source) => sources.includes(source));
  const answer = await ui.actionSheet({
    label: request.label,
    items: offered.map((source) => (source === 'camera' ? request.cameraLabel : text.chooseFromAlbum)),
    toggle: askOriginal ? text.original : undefined,
  });
  if (answer === null) throw new ApiError('cancel');
  return { source: offered[answer.index], original: askOriginal ? answer.toggled : undefined };
}
