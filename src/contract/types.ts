/** Every result the kit hands to a callback carries the Mini App `errMsg`. */
export interface ApiResult {
  errMsg: string;
}

/** What `fail` and a rejected Promise receive: `errMsg` is `<api>:fail <reason>`. */
export interface FailResult extends ApiResult {}

/** The three callbacks every Mini App API accepts. */
export interface Callbacks<S extends ApiResult> {
  success?: (result: S) => void;
  fail?: (result: FailResult) => void;
  complete?: (result: S | FailResult) => void;
}

/**
 * An API function: with any callback it returns `undefined`; without one it returns a
 * Promise that resolves with the success result and rejects with the fail result.
 */
export interface ApiFunction<O, S extends ApiResult> {
  // Each callback overload also admits the other callbacks, so `{ success, fail }` types both.
  (options: O & Callbacks<S> & { success: (result: S) => void }): void;
  (options: O & Callbacks<S> & { fail: (result: FailResult) => void }): void;
  (options: O & Callbacks<S> & { complete: (result: S | FailResult) => void }): void;
  (options?: O & Callbacks<S>): Promise<S>;
}
