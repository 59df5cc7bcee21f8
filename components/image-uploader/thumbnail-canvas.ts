import { PREVIEW_SOURCES } from '../../src/viewer/preview-sources.js';
import { loadSource } from '../../src/files/resolve.js';
import { resolveSource } from '../../src/files/source.js';
import { getTempFile } from '../../src/files/temp-store.js';
import { decodeThumbnail } from '../../src/image/thumbnail.js';

/**
 * A canvas holding the photo at `path` (a temp path, or a URL the viewer could show) as a
 * thumbnail of at most `edge` device pixels a side; null when it cannot be read or decoded here.
 */
export async function thumbnailCanvas(path: string, edge: number): Promise<HTMLCanvasElement | null> {
  const blob = getTempFile(path) ?? (await resolveSource(path, PREVIEW_SOURCES).then(loadSource).catch(() => undefined));
  const thumbnail = blob ? await decodeThumbnail(blob, edge) : undefined;
  if (!thumbnail) return null;
  const canvas = document.createElement('canvas');
  canvas.width = thumbnail.bitmap.width;
  canvas.height = thumbnail.bitmap.height;
  canvas.getContext('2d')?.drawImage(thumbnail.bitmap, 0, 0);
  thumbnail.bitmap.close();
  return canvas;
}
