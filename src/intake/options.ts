import type { ParamRule } from '../contract/schema.js';
/** The option values of chooseImage, as `as const` arrays so the union types and the checks share one source. */
export const SIZE_TYPES = ['original', 'compressed'] as const;
export type SizeType = (typeof SIZE_TYPES)[number];

export const SOURCE_TYPES = ['album', 'camera'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** The most images one call returns, as in the Mini App. */
export const MAX_COUNT = 9;

/** chooseMedia's `mediaType` values: `mix` allows images and videos together, as both do. */
export const MEDIA_TYPES = ['image', 'video', 'mix'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** chooseMedia's `camera`: the rear camera (`back`, the default) or the selfie camera. */
export const CAMERAS = ['back', 'front'] as const;
export type CameraFacing = (typeof CAMERAS)[number];

/** The most files one chooseMedia call returns: 20 since base library 2.25.0 (9 before). */
export const MAX_MEDIA_COUNT = 20;

/** chooseMedia's `maxDuration` in seconds: default 10, within 3..60 (recording only; album picks are not limited). */
export const DEFAULT_MAX_DURATION = 10;
export const MIN_DURATION = 3;
export const MAX_DURATION = 60;

/**
 * chooseMedia's `maxDuration`: missing or not a finite number → 10; otherwise brought into the
 * documented 3..60 s (a shorter or longer camera limit than WeChat's camera allows is not kept).
 */
export function clampDuration(seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return DEFAULT_MAX_DURATION;
  return Math.min(MAX_DURATION, Math.max(MIN_DURATION, seconds));
}

/**
 * chooseImage's `count` (chooseMedia's with `max` 20, default still 9), clamped the way the Mini App runtimes do it:
 * - missing, 0, negative or not a number → 9, the default (uni-app's runtime writes it as
 *   `if (!value || value <= 0) count = 9`; WeChat treats a non-positive count as the default);
 * - above 9 → 9 (the WeChat album picker never lets more than 9 be ticked);
 * - a fraction is truncated (2.7 → 2; 0.5 → 0 → 9).
 */
export function clampCount(count: unknown, max = MAX_COUNT, fallback = MAX_COUNT): number {
  const whole = typeof count === 'number' && Number.isFinite(count) ? Math.trunc(count) : 0;
  return whole <= 0 ? fallback : Math.min(whole, max);
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

/** The `files` option of the drop/paste intakes (chooseImageFromFiles, chooseMediaFromFiles). */
export const FILES_RULE: ParamRule = {
  type: 'Array',
  required: true,
  expect: (list: unknown[]) => (list.every((f) => f instanceof File) ? undefined : 'Array of Files'),
};
