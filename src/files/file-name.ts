import { FORMAT_FILE, type ImageFormat } from '../image/sniff.js';

/** Characters that no common file system takes in a name. */
const UNSAFE_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** A file name without its extension, made safe to save under (at most 120 characters). */
export function safeBaseName(name: string): string {
  return name.replace(/\.[a-z0-9]{1,5}$/i, '').replace(UNSAFE_CHARACTERS, '_').trim().slice(0, 120);
}

/** The safe base name of an http(s) URL's last path segment; '' for other URLs or none. */
export function urlBaseName(url: string): string {
  try {
    const { protocol, pathname } = new URL(url, document.baseURI);
    if (protocol !== 'http:' && protocol !== 'https:') return '';
    return safeBaseName(decodeURIComponent(pathname.split('/').pop() ?? ''));
  } catch {
    return '';
  }
}

/** `base` with the extension of the image format its bytes show. */
export function imageFileName(base: string, format: ImageFormat): string {
  return `${base}.${FORMAT_FILE[format].ext}`;
}

/** The extension of an image MIME type the kit knows (`image/jpeg` → `jpg`). */
export function extensionOfMime(type: string): string | undefined {
  return Object.values(FORMAT_FILE).find((entry) => entry.mime === type)?.ext;
}

/**
 * The name of bytes of MIME `type` that came from a file called `name` (a compressed output, a
 * temp file handed to a form): `name`'s base with `type`'s extension, `fallback` as the base when
 * `name` has none; `name` as it is when the kit does not know `type`.
 */
export function nameForType(name: string, type: string, fallback = 'image'): string {
  const ext = extensionOfMime(type);
  const base = name.replace(/\.[^./]*$/, '') || fallback;
  return ext ? `${base}.${ext}` : name || base;
}

/** The Blob as a File: itself when it is one, else named `fallback` with its type's extension. */
export function asNamedFile(blob: Blob, fallback: string): File {
  return blob instanceof File ? blob : new File([blob], nameForType('', blob.type, fallback), { type: blob.type });
}

/** The name of a photo taken with the camera sheet: `IMG_<UTC time>.jpg` (a video `VID_….webm`), as phones name theirs. */
export function cameraFileName(now = new Date(), prefix = 'IMG', ext = 'jpg'): string {
  return `${prefix}_${now.toISOString().replace(/\D/g, '').slice(0, 14)}.${ext}`;
}
