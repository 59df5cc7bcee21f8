import type { UploadResult } from '../../src/upload/photo-upload.js';
import { format } from '../../src/i18n.js';
import type { UploaderStrings } from '../../src/i18n-uploader.js';

/** An item's upload state: `waiting` (queued or compressing), `uploading`, `failed` or `done`. */
export const UPLOAD_STATES = ['waiting', 'uploading', 'failed', 'done'] as const;
export type UploadState = (typeof UPLOAD_STATES)[number];

/** One photo of the grid. */
export interface UploaderItem {
  /** Stable for the item's life (keyed rendering, focus after a move). */
  readonly key: number;
  /** The photo: a temp path the uploader made, or a URL given through `value`. */
  readonly path: string;
  state: UploadState;
  /** 0..100 while uploading. */
  progress: number;
  /** What the form submits for it once done: the server's answer (or what `responseValue` made of it), or the URL given. */
  value?: string;
  /** Why it failed, in words. */
  reason?: string;
  /** The bytes sent (a compressed temp path, or `path`): a retry sends these again. */
  sent?: string;
  /** The last uploadFile result. */
  result?: UploadResult;
  /** The thumbnail, drawn at thumbnail size; null when this browser cannot decode the photo. */
  canvas?: HTMLCanvasElement | null;
  /** Temp paths the uploader made for this item (released when it goes). */
  readonly owned: string[];
  /** Cancels its upload when it is deleted or the form resets. */
  abort?: AbortController;
}

/** What the page sets on an item when it uploads photos itself (`setItemState`). */
export interface ItemStateUpdate {
  state?: UploadState;
  progress?: number;
  value?: string;
  reason?: string;
}

/** An item's public view, as `items` and the events give it. */
export interface UploaderItemInfo {
  /** The photo's temp path (or URL). */
  filePath: string;
  state: UploadState;
  progress: number;
  value?: string;
  reason?: string;
}

export function itemInfo(item: UploaderItem): UploaderItemInfo {
  const { path: filePath, state, progress, value, reason } = item;
  return { filePath, state, progress, value, reason };
}

/** The list with the item at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The state in words, for the thumbnail's name. */
export function stateText(item: UploaderItem, text: UploaderStrings): string {
  switch (item.state) {
    case 'waiting':
      return text.uploaderWaiting;
    case 'uploading':
      return `${text.uploaderUploading} ${Math.round(item.progress)}%`;
    case 'failed':
      return format(text.uploaderFailed, { reason: item.reason ?? '' });
    case 'done':
      return text.uploaderDone;
  }
}

/** Bytes in words for the max-size message: 2 MB, 500 KB. */
export function byteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Values from the `value` attribute or property: an array, or URLs separated by whitespace. */
export function parseValue(value: string | readonly string[] | null | undefined): string[] {
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' && v);
  return String(value ?? '').split(/\s+/).filter(Boolean);
}
