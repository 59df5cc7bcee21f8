import { ApiError } from './errors.js';
import { validate, type Schema } from './schema.js';
import type { ApiFunction, ApiResult, Callbacks, FailResult } from './types.js';

/** Reports an error thrown by user code without letting it reach the kit or the caller. */
export function report(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else setTimeout(() => { throw error; });
}

/** Calls a page's callback with `value`; what it throws is reported, never passed on. */
export function invoke<T>(callback: ((value: T) => void) | undefined, value: T): void {
  if (typeof callback !== 'function') return;
  try {
    callback(value);
  } catch (error) {
    report(error);
  }
}

/** The reason text of anything an implementation threw. */
function reasonOf(error: unknown): string {
  if (error instanceof ApiError) return error.reason;
  if (error instanceof DOMException && error.name === 'AbortError') return 'cancel';
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

export interface ApiDefinition<O, S extends object> {
  /** The Mini App name, the prefix of every errMsg. */
  name: string;
  schema: Schema;
  /** Does the work; throws ApiError (or anything) to fail. Receives validated options. */
  run: (options: O) => Promise<S> | S;
}

/** The fail result of `name` for anything its implementation threw: `<name>:fail <reason>`. */
export function failResult(name: string, error: unknown): FailResult {
  return { errMsg: `${name}:fail ${reasonOf(error)}` };
}

/** The outcome of one call: its success result or its fail result. */
export type Outcome<S extends object> = { ok: true; result: S & ApiResult } | { ok: false; result: FailResult };

/**
 * Validates `options` against `schema` and runs `run` with them, always asynchronously (also for
 * parameter errors, so callers see one timing), turning what it returns or throws into the result.
 */
export function settle<S extends object>(
  name: string,
  options: unknown,
  schema: Schema,
  run: (options: Record<string, unknown>) => Promise<S> | S,
): Promise<Outcome<S>> {
  return Promise.resolve()
    .then(() => run(validate(options, schema)))
    .then(
      (value) => ({ ok: true as const, result: { ...value, errMsg: `${name}:ok` } as S & ApiResult }),
      (error) => ({ ok: false as const, result: failResult(name, error) }),
    );
}

/** The callbacks in `options`, and whether there is any (then the call returns no Promise). */
export function callbacksOf<S extends ApiResult>(options: unknown): { callbacks: Callbacks<S>; usesCallbacks: boolean } {
  const callbacks = (typeof options === 'object' && options !== null ? options : {}) as Callbacks<S>;
  const usesCallbacks = ['success', 'fail', 'complete'].some(
    (key) => typeof (callbacks as Record<string, unknown>)[key] === 'function',
  );
  return { callbacks, usesCallbacks };
}

/** Calls `success` or `fail`, then `complete`, each at most once. */
export function deliver<S extends object>(callbacks: Callbacks<S & ApiResult>, outcome: Outcome<S>): void {
  if (outcome.ok) invoke(callbacks.success, outcome.result);
  else invoke(callbacks.fail, outcome.result);
  invoke(callbacks.complete, outcome.result);
}

/** The Promise style: the success result, or a rejection with the fail result. */
export function promiseOf<S extends object>(outcome: Promise<Outcome<S>>): Promise<S & ApiResult> {
  return outcome.then((o) => (o.ok ? o.result : Promise.reject(o.result)));
}

/**
 * Builds a Mini App API function from its definition. This is the one place where options are
 * checked, errMsg is written, callbacks run (each at most once, `complete` last and exactly once)
 * and the Promise style is chosen: a Promise only when no callback is passed.
 */
export function defineApi<O extends object, S extends object>(
  definition: ApiDefinition<O, S>,
): ApiFunction<O, S & ApiResult> {
  const { name, schema, run } = definition;

  function api(options?: unknown): Promise<S & ApiResult> | undefined {
    const { callbacks, usesCallbacks } = callbacksOf<S & ApiResult>(options);
    const outcome = settle<S>(name, options, schema, (checked) => run(checked as O));
    if (!usesCallbacks) return promiseOf(outcome);
    void outcome.then((o) => deliver(callbacks, o));
    return undefined;
  }

  Object.defineProperty(api, 'name', { value: name });
  return api as ApiFunction<O, S & ApiResult>;
}
