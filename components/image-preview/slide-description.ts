import { format, type Strings } from '../../src/i18n.js';
import type { SlideKind } from '../../src/ui/ports.js';
import type { Slide } from './slide-loader.js';

/**
 * The text alternative of slide `index`: the caller's description (`alts`, a kit extension of
 * previewImage) when it gave one, else what it is and its place in the list ("Image 2 of 9",
 * "Video 3 of 9").
 */
export function slideAlt(alts: readonly string[], index: number, total: number, text: Strings, kind: SlideKind = 'image'): string {
  const given = alts[index]?.trim();
  return given || format(kind === 'video' ? text.videoAlt : text.imageAlt, { index: index + 1, total });
}

/** What the error tile (and the counter's status line) says about a slide that failed. */
export function slideErrorText(slide: Slide, text: Strings): string {
  if (slide.error === 'cloud-resolver') return text.cloudNoResolver;
  return slide.kind === 'video' ? text.videoLoadError : text.imageLoadError;
}
