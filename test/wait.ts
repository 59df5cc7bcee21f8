// Polling waits for the tests. Both poll every few milliseconds: what the kit does after a task or
// two (a sheet, a picker input, a dialog opening) is seen at once, which adds up over flows of many
// steps and three engines (open-wc's own waitUntil polls every 50 ms).
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

const POLL_MS = 4;

/** Waits until `find` returns something, and returns it; fails after `timeout` ms. */
export async function waitFor<T>(find: () => T | null | undefined, what: string, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** open-wc's `waitUntil` (resolves once `predicate` is truthy; 1 s unless told), polling every few ms. */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval: POLL_MS, ...options });
}
