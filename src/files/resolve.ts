import { getConfig } from '../config.js';
import { ApiError } from '../contract/errors.js';
import type { LoadOptions } from './download.js';
import { getTempFile } from './temp-store.js';

export type { LoadOptions } from './download.js';

/**
 * What a `src` / `filePath` / `urls[i]` string points at. Each API decides which kinds it accepts
 * (saveImageToPhotosAlbum refuses online and data: paths), then loads it with `loadSource`.
 */
export type SourceKind =
  | 'temp' // a temp path made by the kit's store
  | 'blob' // another blob: URL of this page
  | 'data' // a data: URL
  | 'cloud' // a cloud:// file ID, resolved through configure({ resolveCloudFileID })
  | 'same-origin' // a relative path or a URL of this page's origin
  | 'online' // an http(s) URL of another origin
  | 'unsupported'; // javascript:, file:, anything else

/** A classified src: `url` is the absolute URL (or the input itself for temp, data, cloud and unsupported). */
export type Source = { [K in SourceKind]: { kind: K; url: string } }[SourceKind];

/** A source that can be loaded as it is: cloud IDs are resolved first (`resolveSource`), unsupported ones refused. */
export type LoadableSource = Exclude<Source, { kind: 'cloud' | 'unsupported' }>;

export function classifySource(src: string): Source {
  if (getTempFile(src)) return { kind: 'temp', url: src };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  // Only this page's blob: URLs can be read; another origin's are refused like other schemes.
  if (scheme === 'blob') return { kind: src.startsWith(`blob:${location.origin}/`) ? 'blob' : 'unsupported', url: src };
  if (scheme === 'data') return { kind: 'data', url: src };
  if (scheme === 'cloud') return { kind: 'cloud', url: src };
  if (scheme && scheme !== 'http' && scheme !== 'https') return { kind: 'unsupported', url: src };
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return { kind: 'unsupported', url: src };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'unsupported', url: url.href };
  return { kind: url.origin === location.origin ? 'same-origin' : 'online', url: url.href };
}

/** Whether an online URL's host is in `configure({ downloadDomains })`. */
export function isDownloadAllowed(url: string): boolean {
  return isHostListed(url, getConfig().downloadDomains);
}

/** Whether an online URL's host is in `domains` (host names, origins or `*.` wildcard hosts). */
export function isHostListed(url: string, domains: readonly string[]): boolean {
  const { host, origin } = new URL(url);
  return domains.some((entry) => {
    const domain = entry.trim().toLowerCase().replace(/(?<!\/)\/+$/, '');
    if (domain.includes('://')) return domain === origin;
    if (domain.startsWith('*.')) return host.endsWith(domain.slice(1));
    return domain === host;
  });
}

/** Decodes a data: URL without a request (a strict CSP's connect-src would block fetch of it). */
export function decodeDataUrl(url: string): Blob {
  const comma = url.indexOf(',');
  if (comma < 0) throw new ApiError('invalid data url');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  const type = meta.split(';')[0] || 'text/plain';
  try {
    if (/;base64$/i.test(meta)) {
      const binary = atob(decodeURIComponent(body).replace(/\s+/g, ''));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return new Blob([bytes], { type });
    }
    return new Blob([decodeURIComponent(body)], { type });
  } catch {
    throw new ApiError('invalid data url');
  }
}

/** Resolves a cloud:// file ID to a URL through the configured resolver. */
export async function resolveCloudFileID(fileID: string): Promise<string> {
  const resolver = getConfig().resolveCloudFileID;
  if (!resolver) throw new ApiError('cloud file id needs configure({ resolveCloudFileID })');
  let url: unknown;
  try {
    url = await resolver(fileID);
  } catch (error) {
    throw new ApiError(`cloud file id not resolved: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof url !== 'string' || !url) throw new ApiError('cloud file id not resolved');
  return url;
}

/**
 * Loads what a source points at as a Blob: temp paths from the store, other blob: URLs and
 * same-origin paths by fetch, data: URLs by decoding, and online URLs only when their host is in
 * the download domain list — checked before any request — and once per URL while its temp path
 * lives (download.ts).
 */
export async function loadSource(source: LoadableSource, options: LoadOptions = {}): Promise<Blob> {
  switch (source.kind) {
    case 'temp': {
      const blob = getTempFile(source.url);
      if (!blob) throw new ApiError('file not found');
      return blob;
    }
    case 'data':
      return decodeDataUrl(source.url);
    case 'blob':
    case 'same-origin':
      // Fetching and downloading load on first use: temp paths and data: URLs need neither.
      return (await import('./download.js')).fetchBlob(source.url, options);
    case 'online':
      if (!isDownloadAllowed(source.url)) throw new ApiError('url not in domain list');
      return (await import('./download.js')).downloadOnline(source.url, options);
  }
}
