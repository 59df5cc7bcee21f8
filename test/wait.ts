// Polling waits for the tests. Both poll every few milliseconds: what the kit does after a task or
// two (a sheet, a picker input, a dialog opening) is seen at once, which adds up over flows of many
// steps and three engines (open-wc's own waitUntil polls every 50 ms). Both give up only after
// WAIT_MS: a condition that holds returns at once whatever the limit, and a loaded machine (other
// browsers, two busy loops: `npm run test:busy`) takes seconds for what a quiet one does at once.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

const POLL_MS = 4;
/** How long a wait lasts before it fails, unless told: a third of mocha's 60 s per test (web-test-runner.config.mjs). */
export const WAIT_MS = 20_000;

/** Waits until `find` returns something, and returns it; fails after `timeout` ms. */
export async function waitFor<T>(find: () => T | null | undefined, what: string, timeout = WAIT_MS): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** open-wc's `waitUntil` (resolves once `predicate` is truthy), polling every few ms; WAIT_MS unless told (open-wc's own 1 s is too short on a loaded machine). */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval: POLL_MS, timeout: WAIT_MS, ...options });
}
