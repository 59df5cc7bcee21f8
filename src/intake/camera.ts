import type { WxCameraSheet } from '../../components/camera-sheet/camera-sheet.js';
import { openModal } from '../../components/base/open-modal.js';
import { ApiError } from '../contract/errors.js';

/**
 * Whether this browser's file picker can open the camera itself (`<input capture>`): phones and
 * tablets (Chrome for Android, Safari on iOS) expose the `capture` property; desktop browsers do
 * not, and get the kit's camera sheet instead.
 */
export function pickerCanCapture(): boolean {
  return 'capture' in HTMLInputElement.prototype;
}

/** The chooseImage fail reason for a getUserMedia error. */
export function cameraFailReason(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'auth deny';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no camera';
    default:
      return 'camera unavailable';
  }
}

/** Opens a video stream; the reason for failing is a chooseImage fail reason (ApiError). */
export async function openCameraStream(constraints: MediaTrackConstraints): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    // No API at all: an insecure (http:) page, or a browser without cameras.
    throw new ApiError('camera unavailable');
  }
  try {
    return await navigator.mediaDevices.getUserMedia({ video: constraints, audio: false });
  } catch (error) {
    throw new ApiError(cameraFailReason(error));
  }
}

export function stopStream(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

async function videoInputs(): Promise<MediaDeviceInfo[]> {
  try {
    return (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput' && d.deviceId);
  } catch {
    return [];
  }
}

export interface TakePhotoOptions {
  signal?: AbortSignal;
}

/**
 * The desktop camera: asks for the camera (rear one first where there is a choice), shows the
 * camera sheet (live preview, shutter, switch camera, cancel) and resolves with the still as a
 * JPEG File. Cancel rejects with an AbortError; no camera or no permission reject with ApiError
 * (`no camera`, `auth deny`, `camera unavailable`). The camera is released in every case.
 */
export async function takePhoto(options: TakePhotoOptions = {}): Promise<File> {
  let stream = await openCameraStream({ facingMode: { ideal: 'environment' } });
  // The sheet's code is only needed on desktops that take a photo: loaded then, not up front.
  await import('../../components/camera-sheet/define.js').catch((error) => {
    stopStream(stream);
    throw error;
  });
  const sheet = document.createElement('wx-camera-sheet') as WxCameraSheet;
  try {
    const devices = await videoInputs();
    sheet.stream = stream;
    sheet.canSwitch = devices.length > 1;
    sheet.addEventListener('switch', async () => {
      const current = stream.getVideoTracks()[0]?.getSettings().deviceId;
      // A camera that does not report its device id counts as the first one listed.
      const index = Math.max(0, devices.findIndex((d) => d.deviceId === current));
      const next = devices[(index + 1) % devices.length];
      stopStream(stream);
      try {
        stream = await openCameraStream({ deviceId: { exact: next.deviceId } });
        sheet.stream = stream;
      } catch {
        // The other camera is busy or gone: back to any camera.
        stream = await openCameraStream({}).catch(() => stream);
        sheet.stream = stream;
      }
    });
    const still = await openModal(sheet, { signal: options.signal });
    if (!still) throw new DOMException('The person closed the camera', 'AbortError');
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    return new File([still], `IMG_${stamp}.jpg`, { type: 'image/jpeg' });
  } finally {
    stopStream(stream);
  }
}
