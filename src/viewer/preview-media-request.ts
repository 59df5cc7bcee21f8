import { typeName } from '../contract/errors.js';
import { parameterError, quotedList } from '../contract/schema.js';
import type { PreviewRequest } from '../ui/ports.js';
import { PREVIEW_MEDIA_TYPES, currentIndex, type PreviewMediaOptions, type PreviewMediaSource, type PreviewMediaType } from './preview-options.js';

/**
 * Checks each entry of `sources` (the schema checks the list), with the wording of the contract
 * and the entry's path: `parameter.sources[1].type should be "image" or "video" instead of "audio"`.
 */
function checkSources(sources: readonly unknown[]): PreviewMediaSource[] {
  return sources.map((entry, i) => {
    const at = `parameter.sources[${i}]`;
    if (typeName(entry) !== 'Object') throw parameterError(`${at} should be Object instead of ${typeName(entry)}`);
    const { url, type, poster } = entry as Record<string, unknown>;
    if (typeof url !== 'string') throw parameterError(`${at}.url should be String instead of ${typeName(url)}`);
    if (!url.trim()) throw parameterError(`${at}.url should be non-empty String instead of empty String`);
    if (type !== undefined && !(PREVIEW_MEDIA_TYPES as readonly unknown[]).includes(type)) {
      const actual = typeof type === 'string' ? JSON.stringify(type) : typeName(type);
      throw parameterError(`${at}.type should be ${quotedList(PREVIEW_MEDIA_TYPES)} instead of ${actual}`);
    }
    if (poster !== undefined && typeof poster !== 'string') throw parameterError(`${at}.poster should be String instead of ${typeName(poster)}`);
    return { url, type: (type as PreviewMediaType | undefined) ?? 'image', poster: poster as string | undefined };
  });
}

/** previewMedia's options, checked, as the viewer's request. */
export function toMediaRequest(options: PreviewMediaOptions): PreviewRequest {
  const sources = checkSources(options.sources);
  const urls = sources.map((source) => source.url);
  const kinds = sources.map((source) => source.type ?? 'image');
  return {
    urls,
    // An index only (the Mini App's `current` is a number), in range, else the first.
    index: currentIndex(urls, options.current),
    showmenu: options.showmenu ?? true,
    referrerPolicy: options.referrerPolicy ?? 'no-referrer',
    alts: urls.map(() => ''),
    kinds,
    posters: sources.map((source, i) => (kinds[i] === 'video' ? (source.poster ?? '').trim() : '')),
  };
}
