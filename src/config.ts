import { DEV } from './dev.js';
import { LOCALES, type LocaleName, type Strings } from './i18n.js';

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
  /** Turns a `cloud://` file ID into a URL the page can load. */
  resolveCloudFileID?: (fileID: string) => string | Promise<string>;
  /** The language of the kit's UI. */
  locale: LocaleName;
  /** Overrides of single strings of the current locale. */
  strings?: Partial<Strings>;
  /** Defaults of `chooseImage`'s compression. */
  compression: CompressionOptions;
  /** Where authorization decisions persist; `localStorage` when not given. */
  storage?: SettingsStorage;
}

const defaults: WxImageKitConfig = {
  downloadDomains: [],
  locale: 'en',
  compression: { maxEdge: 1920, quality: 0.8 },
};

let current: WxImageKitConfig = { ...defaults, compression: { ...defaults.compression } };
/** Every option configure() knows; anything else is a typo worth a warning. */
const CONFIG_KEYS: readonly string[] = [
  'downloadDomains', 'resolveCloudFileID', 'locale', 'strings', 'compression', 'storage',
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

/** Runs `listener` whenever the configuration changes (elements re-render on a locale switch). */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The strings of the current locale with the configured overrides. */
export function strings(): Strings {
  const table = LOCALES[current.locale] ?? LOCALES.en;
  return current.strings ? { ...table, ...current.strings } : table;
}
