import type { SourceRules } from '../files/source.js';

/** What the viewer shows, and its Save Image and Share read: every kind of source but other schemes. */
export const PREVIEW_SOURCES: SourceRules = { kinds: ['temp', 'blob', 'data', 'same-origin', 'online', 'cloud'], refused: 'invalid url' };

/** The referrer policies an image request of the viewer can carry. */
export const REFERRER_POLICIES = [
  'no-referrer',
  'no-referrer-when-downgrade',
  'origin',
  'origin-when-cross-origin',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
  'unsafe-url',
] as const;
export type PreviewReferrerPolicy = (typeof REFERRER_POLICIES)[number];
