import { strings } from '../config.js';
import type { Strings } from '../i18n.js';

/** The authorization scopes the kit knows; the union type and the runtime check share this list. */
export const SCOPES = ['scope.writePhotosAlbum'] as const;
export type Scope = (typeof SCOPES)[number];

/** What `getSetting` / `openSetting` report: a scope never asked about is absent. */
export type AuthSetting = Partial<Record<Scope, boolean>>;

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}

/** Per scope: its switch label in the settings sheet and its line in the consent dialog. */
const SCOPE_STRINGS: Record<Scope, { label: keyof Strings; consent: keyof Strings }> = {
  'scope.writePhotosAlbum': { label: 'scopeWritePhotosAlbum', consent: 'consentWritePhotosAlbum' },
};

/** The short name of a scope, e.g. "Save to album". */
export function scopeLabel(scope: Scope): string {
  return strings()[SCOPE_STRINGS[scope].label];
}

/** What the consent dialog asks, e.g. "Save images to your device". */
export function scopeConsentText(scope: Scope): string {
  return strings()[SCOPE_STRINGS[scope].consent];
}
