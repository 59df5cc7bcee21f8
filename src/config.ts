import { DEV } from './dev.js';
import { LOCALE_DIRECTIONS, LOCALES, matchLocale, type LocaleName, type Strings, type UploaderStrings } from './i18n.js';

/** The minimal storage the authorization settings need; `localStorage` fits. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface CompressionOptions {
  /** Longest edge of a compressed image, in px. */
  maxEdge: number;
  /** JPEG/WebP quality, 0..1. */
  quality: number;
}

export interface WxImageKitConfig {
  /**
   * Hosts whose online images may be downloaded (`getImageInfo`, the preview's save action), like
   * the Mini App's downloadFile domain list. Entries are host names (`img.example.com`), origins
   * (`https://img.example.com`) or wildcard hosts (`*.example.com`).
   */
  downloadDomains: string[];
  /**
   * Hosts `uploadFile` may send files to, like the Mini App's uploadFile domain list; same-origin
   * URLs are always allowed. Entries are written as in `downloadDomains`.
   */
  uploadDomains: string[];
  /** Turns a `cloud://` file ID into a URL the page can load. */
  resolveCloudFileID?: (fileID: string) => string | Promise<string>;
  /**
   * The language of the kit's UI. Unset (the default): the page's — `<html lang>` (followed when it
   * changes), else `navigator.language`, else English.
   */
  locale?: LocaleName;
  /** Overrides of single strings of the current locale. */
  strings?: Partial<Strings & UploaderStrings>;
  /** Defaults of `chooseImage`'s compression. */
  compression: CompressionOptions;
  /** Where authorization decisions persist; `localStorage` when not given. */
  storage?: SettingsStorage;
}

const defaults: WxImageKitConfig = {
  downloadDomains: [],
  uploadDomains: [],
  compression: { maxEdge: 1920, quality: 0.8 },
};

let current: WxImageKitConfig = { ...defaults, compression: { ...defaults.compression } };
/** Every option configure() knows; anything else is a typo worth a warning. */
const CONFIG_KEYS: readonly string[] = [
  'downloadDomains', 'uploadDomains', 'resolveCloudFileID', 'locale', 'strings', 'compression', 'storage',
] satisfies readonly (keyof WxImageKitConfig)[];
const warned = new Set<string>();
const listeners = new Set<() => void>();

/** Sets kit-wide options; keys not given keep their values. Unknown keys warn once in development. */
export function configure(options: Partial<WxImageKitConfig>): WxImageKitConfig {
  if (DEV) {
    for (const key of Object.keys(options)) {
      if (!CONFIG_KEYS.includes(key) && !warned.has(key)) {
        warned.add(key);
        console.warn(`wx-image-kit: configure() ignores the unknown option "${key}"`);
      }
    }
  }
  current = {
    ...current,
    ...options,
    compression: { ...current.compression, ...options.compression },
  };
  for (const listener of listeners) listener();
  return current;
}

/** The options in force. */
export function getConfig(): Readonly<WxImageKitConfig> {
  return current;
}

/** Puts every option back to its default (for tests and demos). */
export function resetConfig(): void {
  current = { ...defaults, compression: { ...defaults.compression } };
  for (const listener of listeners) listener();
}

/**
 * The locale in use: the configured one; else the page's `<html lang>` when the kit speaks it;
 * else the browser's language; else English (as Shoelace's localization resolves it).
 */
export function localeInUse(): LocaleName {
  if (current.locale && current.locale in LOCALES) return current.locale;
  const page = typeof document === 'undefined' ? undefined : matchLocale(document.documentElement.lang);
  const browser = typeof navigator === 'undefined' ? undefined : matchLocale(navigator.language);
  return page ?? browser ?? 'en';
}

/** `lang` and `dir` for the root of the kit's UI: the locale in use. */
export function languageOfUi(): { lang: LocaleName; dir: 'ltr' | 'rtl' } {
  const lang = localeInUse();
  return { lang, dir: LOCALE_DIRECTIONS[lang] };
}

/**
 * While anything listens, a change of `<html lang>` or of the browser's language is a change
 * of the locale in use (when none is configured): the listeners hear it as a config change.
 */
let pageLanguageWatch: (() => void) | undefined;
function watchPageLanguage(): void {
  if (pageLanguageWatch || typeof document === 'undefined') return;
  let seen = localeInUse();
  const check = () => {
    const now = localeInUse();
    if (now === seen) return;
    seen = now;
    for (const listener of listeners) listener();
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  window.addEventListener('languagechange', check);
  pageLanguageWatch = () => {
    observer.disconnect();
    window.removeEventListener('languagechange', check);
    pageLanguageWatch = undefined;
  };
}

/** Runs `listener` whenever the configuration or the locale in use changes (elements re-render). */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  watchPageLanguage();
  return () => {
    listeners.delete(listener);
    if (!listeners.size) pageLanguageWatch?.();
  };
}

/** The strings of the locale in use with the configured overrides. */
export function strings(): Strings {
  const table = LOCALES[localeInUse()];
  return current.strings ? { ...table, ...current.strings } : table;
}
