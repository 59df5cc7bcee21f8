import './define.js';
import { openModal } from '../base/open-modal.js';
import type { CameraSession } from '../../src/ui/ports.js';

/**
 * The core's camera port (src/ui/ports.ts): shows the camera sheet over the page with the
 * session's stream, swaps the stream on "switch", and removes the sheet afterwards. Resolves
 * with the still or the recorded video, null when closed without one (Cancel, Esc, the signal, or no camera left).
 */
export async function openCameraSheet(session: CameraSession): Promise<Blob | null> {
  const sheet = Object.assign(document.createElement('wx-camera-sheet'), {
    stream: session.stream,
    canSwitch: session.canSwitch,
    photo: session.photo ?? true,
    video: session.video ?? false,
  });
  if (session.maxDuration) sheet.maxDuration = session.maxDuration;
  sheet.addEventListener('switch', async () => {
    const next = await session.switchCamera();
    if (next) sheet.stream = next;
    else sheet.cancel();
  });
  return openModal(sheet, { signal: session.signal });
}
