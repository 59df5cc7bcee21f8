/** The option values of chooseImage, as `as const` arrays so the union types and the checks share one source. */
export const SIZE_TYPES = ['original', 'compressed'] as const;
export type SizeType = (typeof SIZE_TYPES)[number];

export const SOURCE_TYPES = ['album', 'camera'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** The most images one call returns, as in the Mini App. */
export const MAX_COUNT = 9;

/**
 * chooseImage's `count`, clamped the way the Mini App runtimes do it:
 * - missing, 0, negative or not a number → 9, the default (uni-app's runtime writes it as
 *   `if (!value || value <= 0) count = 9`; WeChat treats a non-positive count as the default);
 * - above 9 → 9 (the WeChat album picker never lets more than 9 be ticked);
 * - a fraction is truncated (2.7 → 2; 0.5 → 0 → 9).
 */
export function clampCount(count: unknown): number {
  const whole = typeof count === 'number' && Number.isFinite(count) ? Math.trunc(count) : 0;
  return whole <= 0 ? MAX_COUNT : Math.min(whole, MAX_COUNT);
}

/**
 * The known entries of a list option, in the given order and without repeats; all of `known` when
 * none is known (uni-app's `elemsInArray` does the same, so `['foo']` means the default).
 */
export function knownEntries<T extends string>(list: readonly unknown[] | undefined, known: readonly T[]): T[] {
  const picked = known.filter((value) => list?.includes(value));
  return picked.length ? picked : [...known];
}

/**
 * Reads a space- or comma-separated attribute value (`"album camera"`, `"original,compressed"`),
 * or an array set as a property.
 */
export function parseList(value: string | readonly string[] | null | undefined): string[] {
  return (Array.isArray(value) ? value.join(' ') : String(value ?? '')).split(/[\s,]+/).filter(Boolean);
}
