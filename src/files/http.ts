import { ApiError } from '../contract/errors.js';
import { classifySource, isHostListed } from './resolve.js';

/**
 * Request headers the page may not set: the browser owns them and drops a forbidden one with a
 * console error. (Mini App docs: `header` cannot set Referer.)
 */
const BROWSER_OWNED_HEADER = /^(content-length|referer|host|cookie|connection|origin|keep-alive|te|trailer|transfer-encoding|upgrade|via)$/i;

/** The headers of `header` a page can send, without `except` (e.g. the multipart Content-Type the browser writes). */
export function settableHeaders(header: Record<string, string>, except?: RegExp): [string, string][] {
  return Object.entries(header).filter(([key]) => !BROWSER_OWNED_HEADER.test(key) && !except?.test(key));
}

/** Response headers as `{ name: value }`, names in lower case (what CORS lets the page read). */
export function parseResponseHeaders(raw: string): Record<string, string> {
  const header: Record<string, string> = {};
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) header[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return header;
}

/** Header and form values as text: strings as they are, anything else as JSON. */
export function asTextRecord(record: Record<string, unknown> | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(record ?? {})) {
    if (value !== undefined) text[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return text;
}

/**
 * The absolute URL of a server the kit sends to or downloads from (uploadFile, downloadFile):
 * http(s) only (`invalid url`), and this page's origin or a host of `domains`
 * (`url not in domain list`, before any request).
 */
export function serverUrl(url: string, domains: readonly string[]): string {
  const target = classifySource(url.trim());
  if (!url.trim() || (target.kind !== 'same-origin' && target.kind !== 'online')) throw new ApiError('invalid url');
  if (target.kind === 'online' && !isHostListed(target.url, domains)) throw new ApiError('url not in domain list');
  return target.url;
}
