/**
 * A clock the test moves by hand: replaces the page's setTimeout/clearTimeout until `restore()`,
 * so a test of a 3 s or 40 s timer neither waits nor depends on how busy the machine is.
 * `tick(ms)` runs the timers that fall due, in order of time, then of scheduling.
 */
export function installClock() {
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = nextId++;
    const run = () => (typeof handler === 'function' ? handler(...args) : undefined);
    timers.set(id, { at: now + Math.max(0, Number(delay) || 0), run });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => void timers.delete(id ?? 0)) as typeof window.clearTimeout;
  return {
    tick(ms: number): void {
      const end = now + ms;
      for (;;) {
        let next: [number, { at: number; run: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].run();
      }
      now = end;
    },
    /** Timers scheduled and not yet run. */
    pending: (): number => timers.size,
    restore(): void {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    },
  };
}
