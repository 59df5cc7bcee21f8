import { ApiError } from './errors.js';
import { validate, type Schema } from './schema.js';
import type { ApiFunction, ApiResult, Callbacks, FailResult } from './types.js';

/** Reports an error thrown by user code without letting it reach the kit or the caller. */
export function report(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else setTimeout(() => { throw error; });
}

function invoke<T>(callback: ((value: T) => void) | undefined, value: T): void {
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

/**
 * Builds a Mini App API function from its definition. This is the one place where options are
 * checked, errMsg is written, callbacks run (each at most once, `complete` last and exactly once)
 * and the Promise style is chosen: a Promise only when no callback is passed.
 */
export function defineApi<O extends object, S extends object>(
  definition: ApiDefinition<O, S>,
): ApiFunction<O, S & ApiResult> {
  const { name, schema, run } = definition;
  type Success = S & ApiResult;

  function settle(options: unknown): Promise<{ ok: true; result: Success } | { ok: false; result: FailResult }> {
    // Always asynchronous, also for parameter errors, so callers see one timing.
    return Promise.resolve()
      .then(() => run(validate(options, schema) as O))
      .then(
        (value) => ({ ok: true as const, result: { ...value, errMsg: `${name}:ok` } as Success }),
        (error) => ({ ok: false as const, result: failResult(name, error) }),
      );
  }

  function api(options?: unknown): Promise<Success> | undefined {
    const callbacks = (typeof options === 'object' && options !== null ? options : {}) as Callbacks<Success>;
    const usesCallbacks = ['success', 'fail', 'complete'].some(
      (key) => typeof (callbacks as Record<string, unknown>)[key] === 'function',
    );
    const outcome = settle(options);
    if (!usesCallbacks) {
      return outcome.then((o) => (o.ok ? o.result : Promise.reject(o.result)));
    }
    void outcome.then((o) => {
      if (o.ok) invoke(callbacks.success, o.result);
      else invoke(callbacks.fail, o.result);
      invoke(callbacks.complete, o.result);
    });
    return undefined;
  }

  Object.defineProperty(api, 'name', { value: name });
  return api as ApiFunction<O, Success>;
}
