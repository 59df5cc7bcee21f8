/**
 * Finds the regular expressions that can backtrack for a long time (polynomially or worse in the
 * text's length): an unbounded quantifier on a group that holds another one (`(\s+\w+)*`), or
 * two unbounded quantifiers with only optional parts between them (`\d+\.?\d*`, `\s*[a-z]*`).
 * Conservative: it flags some harmless shapes too (whose character sets cannot overlap), which
 * are then rewritten rather than argued about.
 */

type Quantity = 'one' | 'optional' | 'unbounded';

interface Atom {
  quantity: Quantity;
  /** Zero-width: anchors and lookarounds. */
  zeroWidth: boolean;
  /** A group's alternatives. */
  alternatives?: Atom[][];
}

function parseAlternatives(pattern: string, start: number): [Atom[][], number] {
  const alternatives: Atom[][] = [[]];
  let i = start;
  while (i < pattern.length && pattern[i] !== ')') {
    const c = pattern[i];
    if (c === '|') {
      alternatives.push([]);
      i++;
      continue;
    }
    const atom: Atom = { quantity: 'one', zeroWidth: false };
    if (c === '\\') {
      atom.zeroWidth = pattern[i + 1] === 'b' || pattern[i + 1] === 'B';
      i += 2;
    } else if (c === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      i++;
      const lookaround = /^\?(?:=|!|<=|<!)/.exec(pattern.slice(i, i + 3));
      if (lookaround) atom.zeroWidth = true;
      if (pattern[i] === '?') {
        // (?:, (?=, (?!, (?<=, (?<!, (?<name>
        const close = pattern[i + 1] === '<' && pattern[i + 2] !== '=' && pattern[i + 2] !== '!' ? pattern.indexOf('>', i) + 1 : i + (lookaround ? lookaround[0].length : 2);
        i = close;
      }
      [atom.alternatives, i] = parseAlternatives(pattern, i);
      i++;
    } else {
      atom.zeroWidth = c === '^' || c === '$';
      i++;
    }
    const q = pattern[i];
    if (q === '*' || q === '+') {
      atom.quantity = 'unbounded';
      i++;
    } else if (q === '?') {
      atom.quantity = 'optional';
      i++;
    } else if (q === '{') {
      const end = pattern.indexOf('}', i);
      const [min, max] = pattern.slice(i + 1, end).split(',');
      atom.quantity = max === '' ? 'unbounded' : Number(min) === 0 ? 'optional' : 'one';
      i = end + 1;
    }
    if (pattern[i] === '?') i++; // lazy
    alternatives[alternatives.length - 1].push(atom);
  }
  return [alternatives, i];
}

function hasUnbounded(atoms: Atom[]): boolean {
  return atoms.some((a) => a.quantity === 'unbounded' || (a.alternatives ?? []).some(hasUnbounded));
}

/** Whether a sequence can start (or, reversed, end) with an unbounded quantifier, past optional parts. */
function edgeUnbounded(atoms: Atom[]): boolean {
  for (const atom of atoms) {
    if (atom.quantity === 'unbounded') return true;
    if (atom.alternatives && atom.alternatives.some((alt) => edgeUnbounded(alt))) return true;
    if (!atom.zeroWidth && atom.quantity === 'one') return false;
  }
  return false;
}

/** What is wrong with a sequence of atoms, or undefined. */
function problem(atoms: Atom[]): string | undefined {
  let unboundedBefore = false;
  for (const atom of atoms) {
    const inner = atom.alternatives ?? [];
    if (atom.quantity === 'unbounded' && inner.some(hasUnbounded)) return 'nested unbounded quantifiers';
    for (const alt of inner) {
      const found = problem(alt);
      if (found) return found;
    }
    const starts = atom.quantity === 'unbounded' || inner.some((alt) => edgeUnbounded(alt));
    if (unboundedBefore && starts) return 'adjacent unbounded quantifiers';
    if (atom.quantity === 'unbounded' || inner.some((alt) => edgeUnbounded([...alt].reverse()))) unboundedBefore = true;
    else if (!atom.zeroWidth && atom.quantity === 'one') unboundedBefore = false;
  }
  return undefined;
}

/** Why a regular expression's source can backtrack for long, or undefined when it cannot. */
export function backtrackingShape(pattern: string): string | undefined {
  const [alternatives] = parseAlternatives(pattern, 0);
  for (const alt of alternatives) {
    const found = problem(alt);
    if (found) return found;
  }
  return undefined;
}

const REGEX_CAN_START = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '\n', 'return']);

/** The regular expression literals of a TypeScript source (strings, templates and comments skipped). */
export function regexLiterals(source: string): string[] {
  const found: string[] = [];
  let previous = '\n';
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      i++;
      while (i < source.length && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
      i++;
      previous = 'string';
    } else if (c === '/' && REGEX_CAN_START.has(previous)) {
      let end = i + 1;
      let inClass = false;
      while (end < source.length && (inClass || source[end] !== '/')) {
        if (source[end] === '\\') end++;
        else if (source[end] === '[') inClass = true;
        else if (source[end] === ']') inClass = false;
        end++;
      }
      found.push(source.slice(i + 1, end));
      i = end + 1;
      previous = 'regex';
    } else if (/\s/.test(c)) {
      i++;
    } else if (source.startsWith('return', i) && !/\w/.test(source[i - 1] ?? '') && !/\w/.test(source[i + 6] ?? '')) {
      previous = 'return';
      i += 6;
    } else {
      previous = c;
      i++;
    }
  }
  return found;
}
