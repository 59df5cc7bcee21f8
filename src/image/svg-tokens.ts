/**
 * A small XML tokenizer for what the kit needs of an SVG: the prolog before the root element
 * (XML declaration, processing instructions, comments, a doctype with an internal subset), the
 * root's start tag and its attributes, and whether the root is closed at the end. Every step moves
 * forward by at least one character and finds ends with indexOf, so the work is linear in the
 * text it is given (callers give a bounded slice); no regular expression reads the text.
 * Attribute values may hold any character but their own quote, `>` and `<` included.
 */

const SPACE = new Set([' ', '\t', '\n', '\r']);

function skipSpace(text: string, at: number): number {
  while (at < text.length && SPACE.has(text[at])) at++;
  return at;
}

function startsWithIgnoringCase(text: string, word: string, at: number): boolean {
  return text.slice(at, at + word.length).toUpperCase() === word.toUpperCase();
}

/** The index just past `close` found from `from`, or -1. */
function past(text: string, close: string, from: number): number {
  const end = text.indexOf(close, from);
  return end < 0 ? -1 : end + close.length;
}

/** Past a doctype (`at` just after `<!DOCTYPE`): quoted ids, then an optional `[internal subset]`. */
function skipDoctype(text: string, at: number): number {
  let inSubset = false;
  while (at >= 0 && at < text.length) {
    const c = text[at];
    if (c === '"' || c === "'") at = past(text, c, at + 1);
    else if (inSubset && text.startsWith('<!--', at)) at = past(text, '-->', at + 4);
    else if (inSubset && text.startsWith('<?', at)) at = past(text, '?>', at + 2);
    else if (c === '[' && !inSubset) (inSubset = true), at++;
    else if (c === ']' && inSubset) (inSubset = false), at++;
    else if (c === '>' && !inSubset) return at + 1;
    else at++;
  }
  return -1;
}

/**
 * Past the whitespace, comments and processing instructions from `at` (and a doctype, where the
 * prolog allows one): the index of the next element's `<`, text.length at the end, or -1 when a
 * comment, instruction or doctype is not closed.
 */
export function skipMisc(text: string, at: number, allowDoctype: boolean): number {
  if (at === 0 && text.charCodeAt(0) === 0xfeff) at = 1;
  for (;;) {
    at = skipSpace(text, at);
    if (text.startsWith('<?', at)) at = past(text, '?>', at + 2);
    else if (text.startsWith('<!--', at)) at = past(text, '-->', at + 4);
    else if (allowDoctype && startsWithIgnoringCase(text, '<!DOCTYPE', at)) at = skipDoctype(text, at + 9);
    else return at;
    if (at < 0) return -1;
  }
}

export interface StartTag {
  name: string;
  /** Attribute names lower-cased (SVG's are case-sensitive, but `viewBox` is met as `viewbox` too). */
  attributes: Map<string, string>;
  /** Just past the tag's `>`. */
  end: number;
  selfClosing: boolean;
}

const NAME_END = new Set([' ', '\t', '\n', '\r', '/', '>', '=', '<', '"', "'"]);

function readName(text: string, at: number): number {
  while (at < text.length && !NAME_END.has(text[at])) at++;
  return at;
}

/** The start tag at `at` (its `<`), or null when it is not a well-formed one. */
export function readStartTag(text: string, at: number): StartTag | null {
  if (text[at] !== '<') return null;
  const nameEnd = readName(text, at + 1);
  if (nameEnd === at + 1) return null;
  const name = text.slice(at + 1, nameEnd);
  const attributes = new Map<string, string>();
  at = nameEnd;
  for (;;) {
    const spaced = at < text.length && SPACE.has(text[at]);
    at = skipSpace(text, at);
    if (text[at] === '>') return { name, attributes, end: at + 1, selfClosing: false };
    if (text.startsWith('/>', at)) return { name, attributes, end: at + 2, selfClosing: true };
    // Attributes are separated by whitespace.
    if (!spaced) return null;
    const attributeEnd = readName(text, at);
    if (attributeEnd === at) return null;
    const attribute = text.slice(at, attributeEnd).toLowerCase();
    at = skipSpace(text, attributeEnd);
    if (text[at] !== '=') return null;
    at = skipSpace(text, at + 1);
    const quote = text[at];
    if (quote !== '"' && quote !== "'") return null;
    const valueEnd = text.indexOf(quote, at + 1);
    if (valueEnd < 0 || attributes.has(attribute)) return null;
    attributes.set(attribute, text.slice(at + 1, valueEnd));
    at = valueEnd + 1;
  }
}

/** Whether an element name is the SVG root's (`svg`, or `svg:svg` with the usual prefix). */
export function isSvgName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'svg' || lower === 'svg:svg';
}

/**
 * The root start tag of an SVG document, or null when the text does not start (after its prolog)
 * with a well-formed `<svg …>` tag.
 */
export function svgRoot(text: string): StartTag | null {
  const at = skipMisc(text, 0, true);
  if (at < 0) return null;
  const tag = readStartTag(text, at);
  return tag && isSvgName(tag.name) ? tag : null;
}

/** End tags tried from the end: a comment after the root may itself hold `</svg>`. */
const MAX_END_TAG_TRIES = 8;

/**
 * Whether a whole document ends as a well-formed one must: the root self-closed, or closed by
 * its end tag, then only whitespace, comments and instructions.
 */
export function closesRoot(text: string, root: StartTag): boolean {
  if (root.selfClosing) return skipMisc(text, root.end, false) === text.length;
  let from = text.length;
  for (let tries = 0; tries < MAX_END_TAG_TRIES; tries++) {
    const close = text.lastIndexOf(`</${root.name}`, from);
    if (close < root.end) return false;
    const gt = skipSpace(text, close + 2 + root.name.length);
    if (text[gt] === '>' && skipMisc(text, gt + 1, false) === text.length) return true;
    from = close - 1;
  }
  return false;
}
