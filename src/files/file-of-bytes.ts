import { FORMAT_FILE } from '../image/sniff.js';
import { extensionOfBlob, OTHER_MIME_EXTENSIONS } from './file-extension.js';

// Loaded with the first upload only (the temp store, which the page loads up front, needs none of it).

/** The MIME type of an extension the kit names files with (`jpg` → `image/jpeg`), or undefined. */
export function typeOfExtension(ext: string): string | undefined {
  const image = Object.values(FORMAT_FILE).find((entry) => entry.ext === ext)?.mime;
  return image ?? Object.entries(OTHER_MIME_EXTENSIONS).find(([, known]) => known === ext)?.[0];
}

/**
 * The Blob as a File called `<base>.<what its bytes are>` (`photo.jpg`, `VID_….mp4`), typed by
 * its own type, else by that extension: what a server sees of an uploaded temp file.
 */
export async function fileOfBytes(blob: Blob, base: string): Promise<File> {
  const ext = await extensionOfBlob(blob);
  const type = blob.type || typeOfExtension(ext) || 'application/octet-stream';
  return new File([blob], `${base}.${ext}`, { type });
}
