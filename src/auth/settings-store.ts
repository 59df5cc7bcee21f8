import { getConfig, type SettingsStorage } from '../config.js';
import { isScope, type AuthSetting, type Scope } from './scopes.js';

/**
 * Where authorization decisions persist: one JSON object per origin, under a key namespaced by
 * the kit, in `configure({ storage })` or else `localStorage`. The origin is part of the key so a
 * storage shared by several origins (a custom one) still keeps their decisions apart.
 *
 * Reading never throws: storage that is missing, blocked (sandboxed frames, disabled cookies),
 * unreadable or holding corrupt data counts as "never asked". A write that storage refuses
 * (quota, private mode) is kept in memory for the page's life, so the person is not asked again.
 */
export function settingsKey(origin = location.origin): string {
  return `wx-image-kit:authSetting:${origin}`;
}

/** Decisions storage refused to keep, per storage object. */
const unsaved = new WeakMap<SettingsStorage, AuthSetting>();
/** Stand-in when no storage is reachable at all. */
const memoryOnly: SettingsStorage = (() => {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
})();

function currentStorage(): SettingsStorage {
  const configured: unknown = getConfig().storage;
  if (configured !== undefined && configured !== null) {
    // A storage that is not one (plain JS callers) keeps decisions in memory instead of crashing.
    const usable =
      typeof configured === 'object' &&
      typeof (configured as SettingsStorage).getItem === 'function' &&
      typeof (configured as SettingsStorage).setItem === 'function';
    return usable ? (configured as SettingsStorage) : memoryOnly;
  }
  try {
    // Reading the property itself throws a SecurityError where storage is blocked.
    return globalThis.localStorage ?? memoryOnly;
  } catch {
    return memoryOnly;
  }
}

/** Keeps only known scopes with boolean values; anything else in storage is ignored. */
function sanitize(value: unknown): AuthSetting {
  const setting: AuthSetting = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return setting;
  for (const [scope, granted] of Object.entries(value)) {
    if (isScope(scope) && typeof granted === 'boolean') setting[scope] = granted;
  }
  return setting;
}

/** The decisions made so far on this origin. */
export function readAuthSetting(): AuthSetting {
  const storage = currentStorage();
  let stored: AuthSetting = {};
  try {
    const text = storage.getItem(settingsKey());
    if (typeof text === 'string') stored = sanitize(JSON.parse(text));
  } catch {
    // Unreadable or corrupt: never asked.
  }
  return { ...stored, ...unsaved.get(storage) };
}

/** Records decisions (merged over the existing ones). */
export function writeAuthSetting(changes: AuthSetting): AuthSetting {
  const storage = currentStorage();
  const next = { ...readAuthSetting(), ...sanitize(changes) };
  try {
    storage.setItem(settingsKey(), JSON.stringify(next));
    unsaved.delete(storage);
  } catch {
    unsaved.set(storage, { ...unsaved.get(storage), ...sanitize(changes) });
  }
  return next;
}

/** The recorded decision for one scope: true, false, or undefined when never asked. */
export function readDecision(scope: Scope): boolean | undefined {
  return readAuthSetting()[scope];
}
