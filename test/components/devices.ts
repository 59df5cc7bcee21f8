/**
 * Makes `navigator.mediaDevices.enumerateDevices()` list devices of these kinds (a desktop with a
 * webcam: `['videoinput']`; without: `[]`) until the returned function is called. Headless
 * browsers list none, so a test that means "a device with a camera" says so.
 */
export function listDevices(kinds: MediaDeviceKind[]): () => void {
  const devices = kinds.map((kind, i) => ({ kind, deviceId: `device-${i}`, groupId: 'group', label: '', toJSON: () => ({}) }) as MediaDeviceInfo);
  Object.defineProperty(navigator.mediaDevices, 'enumerateDevices', { value: async () => devices, configurable: true, writable: true });
  return () => delete (navigator.mediaDevices as unknown as Record<string, unknown>).enumerateDevices;
}

/** A real MediaStream from a canvas that keeps painting, standing in for a webcam. */
export function fakeCamera(width: number, height: number, colour: string): { stream: MediaStream; stop: () => void } {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const paint = () => {
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, width, height);
  };
  paint();
  const timer = setInterval(paint, 30);
  const stream = canvas.captureStream(30);
  return { stream, stop: () => clearInterval(timer) };
}

export type GetUserMedia = MediaDevices['getUserMedia'];

/** Replaces navigator.mediaDevices methods for one test. */
export function stubMediaDevices(stubs: { getUserMedia?: GetUserMedia; enumerateDevices?: MediaDevices['enumerateDevices'] }): () => void {
  for (const [key, value] of Object.entries(stubs)) {
    Object.defineProperty(navigator.mediaDevices, key, { value, configurable: true, writable: true });
  }
  return () => {
    for (const key of Object.keys(stubs)) delete (navigator.mediaDevices as unknown as Record<string, unknown>)[key];
  };
}
