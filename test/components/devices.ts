/**
 * Makes `navigator.mediaDevices.enumerateDevices()` list devices of these kinds (a desktop with a
 * webcam: `['videoinput']`; without: `[]`) until the returned function is called. Headless
 * browsers list none, so a test that means "a device with a camera" says so.
 */
export function listDevices(kinds: MediaDeviceKind[]): () => void {
  const devices = kinds.map((kind, i) => ({ kind, deviceId: `device-${i}`, groupId: 'group', label: '', toJSON: () => ({}) }) as MediaDeviceInfo);
  return stubMediaDevices({ enumerateDevices: async () => devices });
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
  // The stubs live on the JS wrapper of navigator.mediaDevices. WebKit may collect a wrapper that
  // nothing in script holds and make a new one, without them (measured: the chooser's keyboard
  // tests saw no stub, now and then, in runs of several files). The restore function holds it.
  const media = navigator.mediaDevices;
  for (const [key, value] of Object.entries(stubs)) {
    Object.defineProperty(media, key, { value, configurable: true, writable: true });
  }
  return () => {
    for (const key of Object.keys(stubs)) delete (media as unknown as Record<string, unknown>)[key];
  };
}
