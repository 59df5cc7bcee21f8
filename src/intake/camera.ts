import { ApiError } from '../contract/errors.js';
import { extensionOfType } from '../files/file-extension.js';
import { cameraFileName } from '../files/file-name.js';
import { ui } from '../ui/overlays.js';

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

/**
 * Opens a video stream; the reason for failing is a chooseImage fail reason (ApiError). With
 * `audio` (a camera that may record) the microphone is asked for too, and left out when it is
 * refused or missing: a silent video is still the video the person shot.
 */
export async function openCameraStream(constraints: MediaTrackConstraints, audio = false): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    // No API at all: an insecure (http:) page, or a browser without cameras.
    throw new ApiError('camera unavailable');
  }
  if (audio) {
    try {
      return await navigator.mediaDevices.getUserMedia({ video: constraints, audio: true });
    } catch {
      // No microphone, or no permission for it: the camera alone below.
    }
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

export interface UseCameraOptions extends TakePhotoOptions {
  /** The shutter (a still) and/or the record button (a video). Default: a still only. */
  photo?: boolean;
  video?: boolean;
  /** Seconds after which recording stops by itself. */
  maxDuration?: number;
  /** The camera to start with: the rear one (default) or the selfie one. */
  facing?: 'environment' | 'user';
}

/** A photo from the desktop camera, as chooseImage takes it. */
export function takePhoto(options: TakePhotoOptions = {}): Promise<File> {
  return useCamera({ ...options, photo: true });
}

/**
 * The desktop camera: asks for the camera (rear one first where there is a choice, or as `facing`
 * says), shows the camera sheet (live preview, shutter and/or record button, switch camera,
 * cancel) and resolves with the still as a JPEG File or the recording as a video File. Cancel
 * rejects with an AbortError; no camera or no permission reject with ApiError (`no camera`,
 * `auth deny`, `camera unavailable`); a recording the engine gave no bytes for with `record
 * failed`. The camera (and microphone) are released in every case.
 */
export async function useCamera(options: UseCameraOptions = {}): Promise<File> {
  const video = options.video === true;
  let stream = await openCameraStream({ facingMode: { ideal: options.facing ?? 'environment' } }, video);
  /** Set when switching cameras left none open: the sheet closes and the call fails with it. */
  let lost: ApiError | undefined;
  try {
    const devices = await videoInputs();
    const switchCamera = async (): Promise<MediaStream | null> => {
      const current = stream.getVideoTracks()[0]?.getSettings().deviceId;
      // A camera that does not report its device id counts as the first one listed.
      const index = Math.max(0, devices.findIndex((d) => d.deviceId === current));
      const next = devices[(index + 1) % devices.length];
      // Stopped first: many devices cannot run two cameras at once.
      stopStream(stream);
      try {
        stream = await openCameraStream({ deviceId: { exact: next.deviceId } }, video);
      } catch {
        // The other camera is busy or gone: back to any camera. The stopped one is no fallback.
        try {
          stream = await openCameraStream({}, video);
        } catch (error) {
          // openCameraStream fails only with the chooseImage reason.
          lost = error as ApiError;
          return null;
        }
      }
      return stream;
    };
    // The sheet's code is only needed on desktops that take a photo: loaded then, not up front.
    const shot = await ui.camera({
      stream,
      canSwitch: devices.length > 1,
      switchCamera,
      signal: options.signal,
      photo: options.photo ?? !video,
      video,
      maxDuration: options.maxDuration,
    });
    if (lost) throw lost;
    if (!shot) throw new DOMException('The person closed the camera', 'AbortError');
    if (!shot.size) throw new ApiError('record failed');
    const ext = extensionOfType(shot.type) ?? 'jpg';
    return new File([shot], cameraFileName(new Date(), ext === 'jpg' ? 'IMG' : 'VID', ext), { type: shot.type || 'image/jpeg' });
  } finally {
    stopStream(stream);
  }
}
