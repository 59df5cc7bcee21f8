import { MAX_SVG_LENGTH_CHARS, SVG_ROOT_CHARS, SVG_WHOLE_DOCUMENT_BYTES } from '../budgets.js';
import { closesRoot, svgRoot } from '../svg-tokens.js';
import { type ByteReader, type HeaderInfo } from './bytes.js';

/** CSS px per unit; `em`/`ex` against the 16px default font, as a browser sizes an SVG image. */
const UNITS: Record<string, number> = {
  '': 1, px: 1, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6, pt: 4 / 3, pc: 16, em: 16, rem: 16, ex: 8, ch: 8,
};

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function skipDigits(text: string, at: number): number {
  while (isDigit(text[at])) at++;
  return at;
}

/**
 * A length attribute in px: undefined when missing, a percentage, negative or not a length (a
 * browser then sizes the image as if it were missing); NaN when it is a number no image can be
 * (too many characters, or past the largest double). Read character by character: one pass.
 */
function length(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text.length > MAX_SVG_LENGTH_CHARS) return NaN;
  let at = text[0] === '+' ? 1 : 0;
  const digitsStart = at;
  at = skipDigits(text, at);
  let digits = at - digitsStart;
  if (text[at] === '.') {
    const fraction = at + 1;
    at = skipDigits(text, fraction);
    digits += at - fraction;
  }
  if (!digits) return undefined;
  if ((text[at] === 'e' || text[at] === 'E') && (isDigit(text[at + 1]) || ((text[at + 1] === '+' || text[at + 1] === '-') && isDigit(text[at + 2])))) {
    at = skipDigits(text, at + 2);
  }
  const factor = UNITS[text.slice(at).trimStart().toLowerCase()];
  if (factor === undefined) return undefined;
  const px = Number(text.slice(0, at)) * factor;
  return Number.isFinite(px) ? px : NaN;
}

/**
 * SVG: the root element's width and height in CSS px. A missing or percentage size is derived
 * from the other one and the viewBox aspect ratio; with neither, the viewBox size is used.
 * The document is read as text by a linear tokenizer (svg-tokens.ts), never rendered, so its
 * scripts never run; one of up to SVG_WHOLE_DOCUMENT_BYTES must also close its root.
 */
export async function readSvg(source: ByteReader): Promise<HeaderInfo | null> {
  const whole = source.size <= SVG_WHOLE_DOCUMENT_BYTES;
  const text = new TextDecoder().decode(await source.read(0, whole ? source.size : SVG_ROOT_CHARS));
  const root = svgRoot(text.length > SVG_ROOT_CHARS ? text.slice(0, SVG_ROOT_CHARS) : text);
  if (!root || (whole && !closesRoot(text, root))) return null;
  let width = length(root.attributes.get('width'));
  let height = length(root.attributes.get('height'));
  // A size written as a number no image can have, or one that rounds to nothing, is no size.
  if (Number.isNaN(width) || Number.isNaN(height) || width === 0 || height === 0) return null;
  const box = (root.attributes.get('viewbox') ?? '').trim().split(/[\s,]+/).map(Number);
  const ratio = box.length === 4 && box[2] > 0 && box[3] > 0 ? box[2] / box[3] : undefined;
  if (ratio) {
    if (width === undefined && height === undefined) [width, height] = [box[2], box[3]];
    else if (width === undefined) width = height! * ratio;
    else if (height === undefined) height = width / ratio;
  }
  // No size and no viewBox: a browser shows it at the default object size.
  width ??= 300;
  height ??= 150;
  // Rounded half up, as Chromium and Firefox give an SVG image's naturalWidth (10.5 → 11;
  // WebKit floors). A size that rounds to 0, or past 2^31−1, is refused by readHeader.
  return { width: Math.round(width), height: Math.round(height) };
}
