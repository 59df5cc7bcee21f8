import type { WorkerRequest, WorkerResponse } from './protocol.js';

/**
 * The compression workers, shared by every API that compresses: at most
 * `min(hardwareConcurrency, 4)` (a fifth decoder mostly competes for memory bandwidth and holds
 * another decoded photo), each given one request at a time, so at most one decoded photo per
 * worker. Workers start on demand or when `warmPool()` asks, and end after IDLE_MS without work.
 */
export const POOL_SIZE = Math.max(1, Math.min(globalThis.navigator?.hardwareConcurrency || 1, 4));

/**
 * Idle time after which the workers end to give their memory back (an idle worker holds a few
 * MB, no photo); the next call starts them again. Long enough for a person to pick photos after
 * a picker warmed the pool.
 */
const IDLE_MS = 60_000;

/** What the worker script failing to run (blocked, or module workers unsupported) is reported as. */
export const WORKER_UNUSABLE = 'worker script failed';

type Request = Omit<WorkerRequest, 'id'>;

interface Job {
  id: number;
  request: Request;
  resolve: (reply: WorkerResponse) => void;
  progress?: (percent: number) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
}

let nextId = 1;
const slots: Slot[] = [];
const queue: Job[] = [];
let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** Set when the worker script cannot run here; every request then fails with WORKER_UNUSABLE. */
let unusable = false;

function startWorker(): Slot {
  // Our own module worker, bundled with the library: no CDN, works offline and under a strict CSP.
  const worker = new Worker(new URL('./compress.worker.ts', import.meta.url), { type: 'module', name: 'wx-image-kit compress' });
  const slot: Slot = { worker };
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const job = slot.job;
    if (!job || message.id !== job.id) return;
    if (message.type === 'progress') {
      job.progress?.(message.percent);
      return;
    }
    slot.job = undefined;
    job.resolve(message);
    dispatch();
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    unusable = true;
    endWorkers();
  });
  slots.push(slot);
  return slot;
}

/** Hands queued jobs to free workers, starting workers up to POOL_SIZE as the queue needs. */
function dispatch(): void {
  clearTimeout(idleTimer);
  while (queue.length) {
    const slot = slots.find((s) => !s.job) ?? (slots.length < POOL_SIZE ? startWorker() : undefined);
    if (!slot) return;
    const job = queue.shift()!;
    slot.job = job;
    slot.worker.postMessage({ ...job.request, id: job.id } as WorkerRequest);
  }
  if (slots.length && slots.every((s) => !s.job)) idleTimer = setTimeout(endWorkers, IDLE_MS);
}

/** Sends a request to the next free worker; resolves with its reply (an `error` reply, never a rejection). */
export function askPool(request: Request, progress?: (percent: number) => void, signal?: AbortSignal): Promise<WorkerResponse> {
  const id = nextId++;
  if (unusable) return Promise.resolve({ type: 'error', id, message: WORKER_UNUSABLE });
  return new Promise((resolve) => {
    const job: Job = { id, request, resolve, progress };
    queue.push(job);
    // A request given up while it waits never reaches a worker.
    signal?.addEventListener(
      'abort',
      () => {
        const at = queue.indexOf(job);
        if (at >= 0) queue.splice(at, 1), resolve({ type: 'error', id, message: 'aborted' });
      },
      { once: true },
    );
    dispatch();
  });
}

/**
 * Starts every worker of the pool now and has each load its codecs, so the first photo does not
 * pay for it. Called at idle time when a chooser is defined or a picker opens (warm.ts).
 */
export function warmPool(): Promise<void> {
  if (unusable) return Promise.resolve();
  const warmups: Array<Promise<WorkerResponse>> = [];
  while (slots.length < POOL_SIZE) {
    const slot = startWorker();
    warmups.push(
      new Promise((resolve) => {
        slot.job = { id: nextId++, request: { type: 'warm' }, resolve };
        slot.worker.postMessage({ type: 'warm', id: slot.job.id } satisfies WorkerRequest);
      }),
    );
  }
  return Promise.all(warmups).then(() => undefined);
}

/** How many workers run now (0 before the first use and after the idle end). */
export function runningWorkers(): number {
  return slots.length;
}

/** Workers started, workers holding a request (one each at most), requests waiting. */
export function poolState(): { workers: number; busy: number; queued: number } {
  return { workers: slots.length, busy: slots.filter((s) => s.job).length, queued: queue.length };
}

/** Ends every worker now (they restart on demand); pending requests get an error reply. */
export function endWorkers(): void {
  clearTimeout(idleTimer);
  for (const slot of slots.splice(0)) {
    slot.worker.terminate();
    slot.job?.resolve({ type: 'error', id: slot.job.id, message: unusable ? WORKER_UNUSABLE : 'worker ended' });
  }
  for (const job of queue.splice(0)) job.resolve({ type: 'error', id: job.id, message: unusable ? WORKER_UNUSABLE : 'worker ended' });
}
