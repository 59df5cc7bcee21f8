import { warmCompressionWhenIdle } from '../compress/warm.js';

/** Marks the inputs the kit creates, so pages and tests can find the one of a pending call. */
export const PICKER_ATTRIBUTE = 'data-wx-image-picker';

/**
 * How long after the window gets focus back the fallback waits for `change` before it decides the
 * person cancelled. Browsers fire `change` right as the picker closes; the wait covers a slow copy
 * of the chosen file (a cloud photo on Android) while still ending every call.
 */
export const CANCEL_GRACE_MS = 1500;

export interface PickOptions {
  /** Several files at once (`count > 1`). */
  multiple: boolean;
  /** The input's `accept`: `image/*` by default; chooseMedia adds `video/*`. */
  accept?: string;
  /** Opens the camera directly on devices whose picker can capture. */
  capture?: 'environment' | 'user';
  /** Milliseconds the focus fallback waits; CANCEL_GRACE_MS by default. */
  cancelGraceMs?: number;
  signal?: AbortSignal;
}

function cancelled(): DOMException {
  return new DOMException('The person closed the picker without choosing', 'AbortError');
}

/**
 * Opens the browser's file picker for images (or what `accept` says) and resolves with the chosen files; rejects with an
 * AbortError when the person cancels. It must be called while the page has user activation.
 *
 * Cancel is detected twice over, so no call can hang: the input's `cancel` event (Chromium 113+,
 * Firefox 91+, Safari 16.4+), and for browsers without it, the window getting focus back (or the
 * page becoming visible again on phones) with no files after CANCEL_GRACE_MS. `'oncancel' in
 * input` cannot tell the two apart (every element has it, for dialogs), so both always listen.
 */
export function pickFiles(options: PickOptions): Promise<File[]> {
  // While the person picks, the compression workers start, so compressing begins warm.
  warmCompressionWhenIdle();
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = options.accept ?? 'image/*';
  input.multiple = options.multiple;
  if (options.capture) input.setAttribute('capture', options.capture);
  input.setAttribute(PICKER_ATTRIBUTE, '');
  input.hidden = true;
  // In the document: iOS Safari only reports files of an input that is connected.
  document.body.append(input);

  return new Promise<File[]>((resolve, reject) => {
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (files: File[] | null) => {
      clearTimeout(graceTimer);
      input.removeEventListener('change', onChange);
      input.removeEventListener('cancel', onCancel);
      window.removeEventListener('focus', onReturn);
      document.removeEventListener('visibilitychange', onReturn);
      options.signal?.removeEventListener('abort', onAbort);
      input.remove();
      if (files && files.length) resolve(files);
      else reject(cancelled());
    };
    const onChange = () => finish([...(input.files ?? [])]);
    const onCancel = () => finish(null);
    const onAbort = () => finish(null);
    const onReturn = () => {
      if (document.visibilityState === 'hidden') return;
      clearTimeout(graceTimer);
      graceTimer = setTimeout(() => finish([...(input.files ?? [])]), options.cancelGraceMs ?? CANCEL_GRACE_MS);
    };
    input.addEventListener('change', onChange);
    input.addEventListener('cancel', onCancel);
    window.addEventListener('focus', onReturn);
    document.addEventListener('visibilitychange', onReturn);
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) {
      finish(null);
      return;
    }
    input.click();
  });
}

/**
 * Whether this browser's file picker can open the camera itself (`<input capture>`): phones and
 * tablets (Chrome for Android, Safari on iOS) expose the `capture` property; desktop browsers do
 * not, and get the kit's camera sheet instead.
 */
export function pickerCanCapture(): boolean {
  return 'capture' in HTMLInputElement.prototype;
}
