/**
 * Temp files: a Blob behind a `blob:` URL, so a temp path works as `<img src>` directly, as the
 * Mini App docs promise. Every path made here is tracked until it is released, because a
 * `blob:` URL holds its Blob in memory until it is revoked.
 */
const files = new Map<string, Blob>();

/** Turns a Blob into a temp path (a `blob:` URL of this page). */
export function createTempPath(blob: Blob): string {
  const path = URL.createObjectURL(blob);
  files.set(path, blob);
  return path;
}

/** The Blob behind a temp path made here, or undefined when it is unknown or released. */
export function getTempFile(path: string): Blob | undefined {
  return files.get(path);
}

/** Whether a temp path made here is still live. */
export function isTempPath(path: string): boolean {
  return files.has(path);
}

/** Releases one temp path: revokes the URL and drops the Blob. Returns whether it was live. */
export function releaseTempFile(path: string): boolean {
  if (!files.delete(path)) return false;
  URL.revokeObjectURL(path);
  return true;
}

/** Releases every temp path made here. Returns how many were released. */
export function releaseAllTempFiles(): number {
  const count = files.size;
  for (const path of files.keys()) URL.revokeObjectURL(path);
  files.clear();
  return count;
}

/** How many temp paths are live: a leak check for tests and long-running pages. */
export function tempFileCount(): number {
  return files.size;
}
