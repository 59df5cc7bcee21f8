import { extensionOfBlob, extensionOfType, UNKNOWN_EXTENSION } from './file-extension.js';

/**
 * Temp files: a Blob behind a `blob:` URL, so a temp path works as `<img src>` directly, as the
 * Mini App docs promise. Every path made here is tracked until it is released, because a
 * `blob:` URL holds its Blob in memory until it is revoked.
 *
 * A temp path is the blob: URL with the file's extension as its fragment:
 * `blob:https://example.com/3f1c…#.jpg`. Ported code that reads the type with
 * `path.split('.').pop()` gets `jpg`, while every URL consumer ignores the fragment of a blob:
 * URL when it looks the Blob up (File API: the blob URL store is keyed without it), so the path
 * still works as <img>/<video> src, in fetch and in createImageBitmap after fetch. The store is
 * keyed by the URL without fragment too: the bare blob: URL is the same temp file.
 */
const files = new Map<string, Blob>();

/** The blob: URL of a temp path, without its `#.ext` fragment. */
function storeKey(path: string): string {
  const hash = path.indexOf('#');
  return hash < 0 ? path : path.slice(0, hash);
}

function pathOf(blob: Blob, extension: string): string {
  const url = URL.createObjectURL(blob);
  files.set(url, blob);
  return `${url}#.${extension}`;
}

/**
 * Turns a Blob into a temp path (a `blob:` URL of this page ending in `#.<extension>`). The
 * extension is the one given (the kit passes the format it sniffed), else the one of the Blob's
 * MIME type, else `bin`; `createTempFile` reads the bytes instead.
 */
export function createTempPath(blob: Blob, extension?: string): string {
  return pathOf(blob, extension ?? extensionOfType(blob.type) ?? UNKNOWN_EXTENSION);
}

/** Turns a Blob into a temp path whose extension is what its first bytes are (`jpg`, `png`, `mp4`…). */
export async function createTempFile(blob: Blob): Promise<string> {
  return pathOf(blob, await extensionOfBlob(blob));
}

/** The Blob behind a temp path made here (with or without its fragment), or undefined when it is unknown or released. */
export function getTempFile(path: string): Blob | undefined {
  return files.get(storeKey(path));
}

/** Whether a temp path made here is still live. */
export function isTempPath(path: string): boolean {
  return files.has(storeKey(path));
}

/** Releases one temp path: revokes the URL and drops the Blob. Returns whether it was live. */
export function releaseTempFile(path: string): boolean {
  const url = storeKey(path);
  if (!files.delete(url)) return false;
  URL.revokeObjectURL(url);
  return true;
}

/** Releases every temp path made here. Returns how many were released. */
export function releaseAllTempFiles(): number {
  const count = files.size;
  for (const url of files.keys()) URL.revokeObjectURL(url);
  files.clear();
  return count;
}

/** How many temp paths are live: a leak check for tests and long-running pages. */
export function tempFileCount(): number {
  return files.size;
}
