import type { Strings } from '../../src/i18n.js';
import { format } from '../../src/i18n.js';

/** chooseImage's fail reason from its errMsg (`chooseImage:fail invalid file type` → `invalid file type`). */
export function failReason(errMsg: string): string {
  return errMsg.replace(/^[^:]*:fail\s*/, '');
}

/**
 * The line the chooser shows (and announces as an alert) for a failed choice; null for a cancel,
 * which the person did themselves and needs no telling.
 */
export function failureText(errMsg: string, text: Strings): string | null {
  const reason = failReason(errMsg);
  switch (reason) {
    case 'cancel':
      return null;
    case 'invalid file type':
      return errMsg.startsWith('chooseMedia:') ? text.chooseFailedMediaType : text.chooseFailedType;
    case 'record failed':
      return text.chooseFailedRecord;
    case 'no camera':
      return text.chooseFailedNoCamera;
    case 'auth deny':
      return text.chooseFailedCameraDenied;
    case 'camera unavailable':
      return text.chooseFailedCameraUnavailable;
    default:
      return format(text.chooseFailed, { reason });
  }
}

/** What the status line shows: the wait notice or the compression step while busy; else how many are chosen. */
export function statusLine(
  state: { busy: boolean; busyNotice: string; progress?: { loaded: number; total: number }; failure: string; chosen: number },
  text: Strings,
): string {
  if (state.busy) {
    if (state.busyNotice) return state.busyNotice;
    return state.progress ? format(text.compressingPercent, { percent: progressStep(state.progress.loaded, state.progress.total) }) : '';
  }
  // A failure line stands alone: "Chosen: 3" beside it would read as the outcome of this choice.
  if (state.failure && failureText(state.failure, text)) return '';
  return state.chosen ? format(text.chosenCount, { count: state.chosen }) : '';
}

/**
 * Compression progress in steps of 25 %: a status region re-announces on every text change, so
 * a per-byte percentage would talk over everything; four steps say enough.
 */
export function progressStep(loaded: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.min(100, Math.floor((Math.max(0, loaded) / total) * 4) * 25);
}
