// Colours as the browser resolved them, and the WCAG contrast between them.

export type Rgba = [number, number, number, number];

let context: CanvasRenderingContext2D | undefined;

/** Any CSS colour the engine resolved (rgb(), rgba(), color(srgb …), a name) as [r, g, b, a] (0-255, alpha 0-1). */
export function parseColour(css: string): Rgba {
  // The canvas serialises whatever it accepts as #rrggbb or rgba(r, g, b, a), the same in every engine.
  context ??= document.createElement('canvas').getContext('2d')!;
  context.fillStyle = '#010203';
  context.fillStyle = css;
  const value = String(context.fillStyle);
  if (value === '#010203' && css.replace(/\s/g, '') !== 'rgb(1,2,3)') throw new Error(`not a colour: ${css}`);
  if (value.startsWith('#')) return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)).concat(1) as Rgba;
  const [r, g, b, a] = value.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a ?? 1];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two colours; a translucent first one is painted over the second. */
export function contrast(a: string | Rgba, b: string | Rgba): number {
  const back = typeof b === 'string' ? parseColour(b) : b;
  const front = over(typeof a === 'string' ? parseColour(a) : a, back);
  const [hi, lo] = [luminance(front), luminance(back)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether a resolved colour is dark (a dark theme's surface). */
export function isDark(css: string): boolean {
  return luminance(parseColour(css)) < 0.05;
}

/** A computed style property of an element (or of its ::before / ::after). */
export function styleOf(el: Element, property: string, pseudo?: string): string {
  return getComputedStyle(el, pseudo).getPropertyValue(property);
}

/**
 * Applies the `@media (forced-colors: active)` rules of a shadow root's style sheets as if the
 * media matched: a copy of their inner rules is adopted after the element's own. The launchers
 * cannot switch forced colours on (see the test), so this is how a test sees what those rules draw.
 */
export function applyForcedColourRules(root: ShadowRoot): () => void {
  const added: CSSStyleSheet[] = [];
  for (const sheet of root.adoptedStyleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('forced-colors')) {
        const copy = new CSSStyleSheet();
        for (const inner of rule.cssRules) copy.insertRule(inner.cssText, copy.cssRules.length);
        added.push(copy);
      }
    }
  }
  if (!added.length) throw new Error('no forced-colours rules in this shadow root');
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, ...added];
  return () => (root.adoptedStyleSheets = before);
}

/** A custom property as it resolves for an element there (light-dark() picked by its color-scheme). */
export function resolvedVar(parent: Element | ShadowRoot, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  parent.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Turns transitions off in a shadow root, so computed styles show the end state at once. */
export function withoutTransitions(root: ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** A CSS system colour (Canvas, CanvasText, Highlight…) as this engine resolves it now. */
export function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
