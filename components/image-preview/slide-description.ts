import { format, type Strings } from '../../src/i18n.js';

/**
 * The text alternative of image `index`: the caller's description (`alts`, a kit extension of
 * previewImage) when it gave one, else its place in the list ("Image 2 of 9").
 */
export function slideAlt(alts: readonly string[], index: number, total: number, text: Strings): string {
  const given = alts[index]?.trim();
  return given || format(text.imageAlt, { index: index + 1, total });
}
