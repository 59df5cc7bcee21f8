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
