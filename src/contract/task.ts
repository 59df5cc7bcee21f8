import { callbacksOf, deliver, invoke, promiseOf, settle } from './call.js';
import { ApiError } from './errors.js';
import type { Schema } from './schema.js';
import type { ApiResult, Callbacks, FailResult } from './types.js';

/** What `onHeadersReceived` listeners get: the response's headers, names in lower case. */
export interface HeadersReceived {
  header: Record<string, string>;
}

/**
 * A network task as the Mini App hands it back at once (`UploadTask`, `DownloadTask`): progress
 * and header listeners, and `abort()`, which fails the call with `<api>:fail abort`.
 */
export interface TransferTask<P> {
  abort(): void;
  onProgressUpdate(listener: (progress: P) => void): void;
  /** Removes one listener, or all of them when none is given. */
  offProgressUpdate(listener?: (progress: P) => void): void;
  onHeadersReceived(listener: (result: HeadersReceived) => void): void;
  offHeadersReceived(listener?: (result: HeadersReceived) => void): void;
}

/** The side of a task that the implementation drives. */
export interface TaskControl<P> {
  /** Aborted by `task.abort()`; the call then fails with `abort` whatever the work is doing. */
  signal: AbortSignal;
  progress(progress: P): void;
  headers(header: Record<string, string>): void;
}

/**
 * A task API: with any callback it returns the task; without one it returns the task that is
 * also the Promise of the result (`await wx.uploadFile(o)` and `wx.uploadFile(o).abort()` both
 * work, as in Taro). WeChat's own promisified style leaves task APIs out; this keeps both.
 */
export interface TaskApiFunction<O, S extends ApiResult, T> {
  (options: O & Callbacks<S> & { success: (result: S) => void }): T;
  (options: O & Callbacks<S> & { fail: (result: FailResult) => void }): T;
  (options: O & Callbacks<S> & { complete: (result: S | FailResult) => void }): T;
  (options: O & Callbacks<S>): T & Promise<S>;
}

export interface TaskApiDefinition<O, S extends object, P> {
  name: string;
  schema: Schema;
  run: (options: O, control: TaskControl<P>) => Promise<S> | S;
}

/** The options uploadFile and downloadFile share, with WeChat's types. */
export const TRANSFER_SCHEMA = {
  url: { type: 'String', required: true },
  header: { type: 'Object' },
  timeout: { type: 'Number', expect: (value: number) => (value > 0 && Number.isFinite(value) ? undefined : 'a positive Number') },
} as const satisfies Schema;

/** A listener list; a listener that throws is reported and the others still hear. */
function listeners<E>() {
  const list = new Set<(event: E) => void>();
  return {
    on: (listener: (event: E) => void) => void list.add(listener),
    off: (listener?: (event: E) => void) => void (listener ? list.delete(listener) : list.clear()),
    emit: (event: E) => list.forEach((listener) => invoke(listener, event)),
  };
}

/**
 * A task and the control its implementation drives it with. `aborted` rejects with `abort` once
 * the task is aborted; nothing is emitted once the call settled.
 */
function createTask<P>() {
  const aborter = new AbortController();
  const progress = listeners<P>();
  const headers = listeners<HeadersReceived>();
  let open = true;
  const task: TransferTask<P> = {
    abort: () => open && aborter.abort(),
    onProgressUpdate: progress.on,
    offProgressUpdate: progress.off,
    onHeadersReceived: headers.on,
    offHeadersReceived: headers.off,
  };
  const control: TaskControl<P> = {
    signal: aborter.signal,
    progress: (value) => open && progress.emit(value),
    headers: (header) => open && headers.emit({ header }),
  };
  const aborted = new Promise<never>((_, reject) => aborter.signal.addEventListener('abort', () => reject(new ApiError('abort'))));
  // Handled even when the call failed before its work started (bad options) and was aborted then.
  aborted.catch(() => undefined);
  return { task, control, aborted, settled: () => (open = false) };
}

/**
 * Builds a Mini App task API (uploadFile, downloadFile): the contract of `defineApi` (options
 * checked, errMsg written, callbacks once, `complete` last), plus the task returned at once.
 */
export function defineTaskApi<O extends object, S extends object, P>(
  definition: TaskApiDefinition<O, S, P>,
): TaskApiFunction<O, S & ApiResult, TransferTask<P>> {
  const { name, schema, run } = definition;
  type Success = S & ApiResult;

  function api(options?: unknown): TransferTask<P> | (TransferTask<P> & Promise<Success>) {
    const { task, control, aborted, settled } = createTask<P>();
    // The call settles with `abort` as soon as the task is aborted, whatever its work still does.
    const outcome = settle<S>(name, options, schema, (checked) => Promise.race([run(checked as O, control), aborted])).then((o) => {
      settled();
      return o;
    });
    const { callbacks, usesCallbacks } = callbacksOf<Success>(options);
    if (!usesCallbacks) return Object.assign(promiseOf(outcome), task);
    void outcome.then((o) => deliver(callbacks, o));
    return task;
  }

  Object.defineProperty(api, 'name', { value: name });
  return api as TaskApiFunction<O, Success, TransferTask<P>>;
}
