import { ApiError } from '../contract/errors.js';
import { loadPart } from '../contract/lazy.js';
import { ByteSource, readHeader } from '../image/header/index.js';
import { FORMAT_FILE, sniffFormat, SNIFF_BYTES, type ImageFormat } from '../image/sniff.js';
import { imageFileName } from './file-name.js';
import { classifySource, decodeDataUrl, isDownloadAllowed, resolveCloudFileID, type LoadableSource, type SourceKind } from './resolve.js';
import { createTempPath, getTempFile } from './temp-store.js';
import type { UrlBytes } from './url-bytes.js';

/**
 * The one source pipeline: resolve (`resolveSource`) → load (`loadSource` whole, or
 * `openSourceBytes` for a header) → sniff → name (`imageFile`). Each API says once, as data,
 * which kinds of source it reads (its `SourceRules`).
 */
export interface SourceRules {
  /** The kinds read; `cloud` means a cloud:// ID is resolved (once) to one of the others. */
  kinds: readonly SourceKind[];
  /** The fail reason for any other kind, given before anything is requested. */
  refused: string;
}

/**
 * The kinds whose bytes the page holds or reads from its own origin without a download: what the
 * viewer fetches itself (for a quick rendition) rather than leaving to an `<img>`.
 */
export const PAGE_READABLE_KINDS: readonly SourceKind[] = ['temp', 'blob', 'data', 'same-origin'];

/** Classifies `src`, resolves a cloud:// ID through the configured resolver, and refuses kinds the rules do not list. */
export async function resolveSource(src: string, rules: SourceRules): Promise<LoadableSource> {
  let source = classifySource(src);
  if (source.kind === 'cloud' && rules.kinds.includes('cloud')) source = classifySource(await resolveCloudFileID(source.url));
  // A cloud ID resolves to a URL, never to another cloud ID.
  if (source.kind === 'cloud' || source.kind === 'unsupported' || !rules.kinds.includes(source.kind)) throw new ApiError(rules.refused);
  return source;
}

/** A source's bytes for reading a header, and the path an answer gives for it. */
export interface SourceBytes {
  bytes: ByteSource | UrlBytes;
  /**
   * The path to hand back: the source's own, or a temp path made on the first call, ending with
   * `extension` (the format its bytes showed).
   */
  path: (extension: string) => string;
  close: () => void;
}

/**
 * Opens a source for header reads, reading as little as the kind allows: temp paths and data:
 * URLs in memory; blob: and same-origin URLs by range request or a stream cancelled once the
 * header is read (their path is the URL itself); online URLs downloaded whole, once per URL, as
 * the Mini App runtime does, so the path is a temp file the page may draw without tainting a canvas.
 */
export async function openSourceBytes(source: LoadableSource): Promise<SourceBytes> {
  const inMemory = (blob: Blob, path: SourceBytes['path']): SourceBytes => ({ bytes: new ByteSource(blob), path, close: () => undefined });
  switch (source.kind) {
    case 'temp': {
      const blob = getTempFile(source.url);
      if (!blob) throw new ApiError('file not found');
      return inMemory(blob, () => source.url);
    }
    case 'blob':
    case 'same-origin': {
      // The ranged reader loads with the first URL read this way (temp paths need none of it).
      const { openUrlBytes } = await loadPart('the URL reader', () => import('./url-bytes.js'));
      const bytes = await openUrlBytes(source.url);
      return { bytes, path: () => source.url, close: () => bytes.close() };
    }
    case 'data': {
      const blob = decodeDataUrl(source.url);
      return inMemory(blob, (extension) => createTempPath(blob, extension));
    }
    case 'online': {
      if (!isDownloadAllowed(source.url)) throw new ApiError('url not in domain list');
      const { downloadOnline, keepDownload } = await loadPart('the downloader', () => import('./download.js'));
      const blob = await downloadOnline(source.url);
      return inMemory(blob, (extension) => keepDownload(source.url, blob, extension));
    }
  }
}

/**
 * The Blob as an image File named `base` with the extension and type its bytes show: sniffed,
 * of a format in `formats` (any when absent), with a header that reads as a sane size within
 * getImageInfo's budgets. Null when its bytes are no such image.
 */
export async function imageFile(blob: Blob, base: string, formats?: readonly ImageFormat[]): Promise<File | null> {
  const bytes = new ByteSource(blob);
  const format = sniffFormat(await bytes.read(0, SNIFF_BYTES));
  if (!format || (formats && !formats.includes(format)) || !(await readHeader(bytes, format))) return null;
  return new File([blob], imageFileName(base, format), { type: FORMAT_FILE[format].mime });
}

/** Whether the system share sheet takes this file (Web Share Level 2; phones); a browser that throws here cannot. */
export function canShareFile(file: File = new File([new Uint8Array(1)], 'image.png', { type: 'image/png' })): boolean {
  try {
    return typeof navigator.canShare === 'function' && typeof navigator.share === 'function' && navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}
