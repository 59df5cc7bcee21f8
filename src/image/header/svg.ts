import { ByteSource, type HeaderInfo } from './bytes.js';

/** Above this, only the start of the document is read and checked. */
const WHOLE_DOCUMENT = 1 << 20;
const START = 64 * 1024;

/** CSS px per unit; `em`/`ex` against the 16px default font, as a browser sizes an SVG image. */
const UNITS: Record<string, number> = {
  '': 1, px: 1, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6, pt: 4 / 3, pc: 16, em: 16, rem: 16, ex: 8, ch: 8,
};

/** A length attribute in px; undefined when missing, a percentage, or not a length. */
function length(value: string | undefined): number | undefined {
  const match = /^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([a-z]*)\s*$/i.exec(value ?? '');
  const factor = match && UNITS[match[2].toLowerCase()];
  const px = factor ? Number(match[1]) * factor : NaN;
  return px > 0 ? px : undefined;
}

/** The attributes of the root `<svg …>` start tag, or null when the tag is not well-formed. */
function rootAttributes(text: string): Record<string, string> | null {
  const start = /<svg(?::svg)?((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*\/?>/i.exec(text);
  if (!start) return null;
  // The tag must be the first element: only a prolog (declaration, comments, doctype) before it.
  const before = text.slice(0, start.index).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  if (before.replace(/^\uFEFF/, '').trim()) return null;
  const attributes: Record<string, string> = {};
  for (const [, name, double, single] of start[1].matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[name.toLowerCase()] = double ?? single;
  }
  return attributes;
}

/** Whether the document is well-formed XML, where a parser is at hand; it never runs a script. */
function wellFormed(text: string): boolean {
  if (typeof DOMParser === 'undefined') return true;
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  return !doc.getElementsByTagName('parsererror').length && doc.documentElement.localName === 'svg';
}

/**
 * SVG: the root element's width and height in CSS px. A missing or percentage size is derived
 * from the other one and the viewBox aspect ratio; with neither, the viewBox size is used.
 * The document is parsed as text, never rendered, so its scripts never run.
 */
export async function readSvg(source: ByteSource): Promise<HeaderInfo | null> {
  const whole = source.size <= WHOLE_DOCUMENT;
  const text = await source.blob.slice(0, whole ? source.size : START).text();
  const attributes = rootAttributes(text);
  if (!attributes || (whole && !wellFormed(text))) return null;
  let width = length(attributes.width);
  let height = length(attributes.height);
  const box = (attributes.viewbox ?? '').trim().split(/[\s,]+/).map(Number);
  const ratio = box.length === 4 && box[2] > 0 && box[3] > 0 ? box[2] / box[3] : undefined;
  if (ratio) {
    if (width === undefined && height === undefined) [width, height] = [box[2], box[3]];
    else if (width === undefined) width = height! * ratio;
    else if (height === undefined) height = width / ratio;
  }
  // No size and no viewBox: a browser shows it at the default object size.
  width ??= 300;
  height ??= 150;
  return { width: Math.round(width), height: Math.round(height) };
}
