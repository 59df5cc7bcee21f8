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
