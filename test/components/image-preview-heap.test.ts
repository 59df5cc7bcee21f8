import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { previewImage, tempFileCount } from '../../src/index.js';
import { itIn } from '../engine.js';
import { waitUntil } from '../wait.js';
import { closeAll, image, popstate, sharedViewer } from './image-preview.helpers.js';

// What the viewer lets go of when it closes, over many openings: in every engine what a page can
// see (listeners on the window and the document, history entries, blob: URLs, temp files); in
// Chromium also the JS heap itself.

const CYCLES = 30;
/** The heap may differ by this much after CYCLES openings (runtime caches, the allocator's pages). */
const HEAP_SLACK = 100 * 1024;
/** Openings before the heap is first read. */
const WARM_UP = 10;
/** Time one opening and closing may take on a busy machine, ms (a test's timeout is this per cycle). */
const CYCLE_TIMEOUT = 3000;

/** One photo of a feed opened in the viewer and closed again: with Back (as on a phone) or Esc (as on a desktop). */
async function openAndClose(photo: number): Promise<void> {
  const urls = [image(`Landscape_0.jpg?photo=${photo}`), image(`Landscape_1.jpg?photo=${photo}`), image(`Landscape_2.jpg?photo=${photo}`)];
  await previewImage({ urls, current: urls[1] });
  const viewer = sharedViewer();
  // Both neighbours loaded: everything an opening holds is held.
  await waitUntil(() => viewer.shadowRoot!.querySelectorAll('.slide img').length === 3, 'the neighbours loaded', { timeout: 10_000 });
  const back = popstate();
  if (photo % 2) history.back();
  else await sendKeys({ press: 'Escape' });
  await back;
  await waitUntil(() => !viewer.open, 'the viewer did not close', { timeout: 5000 });
}

/** Counts listeners added to and removed from the window, the document and its root while it runs. */
function listenerBalance(): { net: () => number; stop: () => void } {
  const watched = new Set<EventTarget>([window, document, document.documentElement, document.body]);
  const live = new Set<string>();
  const keys = new WeakMap<object, number>();
  let next = 0;
  const key = (target: EventTarget, type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
    if (!keys.has(listener as object)) keys.set(listener as object, next++);
    return `${[...watched].indexOf(target)} ${type} ${keys.get(listener as object)} ${capture}`;
  };
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    const once = typeof options === 'object' && options !== null && (options as AddEventListenerOptions).once;
    const signal = typeof options === 'object' && options !== null ? (options as AddEventListenerOptions).signal : undefined;
    // A `once` or signal listener lets go by itself; only the ones a caller must remove are counted.
    if (watched.has(this) && listener && !once && !signal) live.add(key(this, type, listener, options));
    return addEventListener.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (watched.has(this) && listener) live.delete(key(this, type, listener, options));
    return removeEventListener.call(this, type, listener as EventListener, options as EventListenerOptions);
  };
  return {
    net: () => live.size,
    stop: () => Object.assign(EventTarget.prototype, { addEventListener, removeEventListener }),
  };
}

/** Counts blob: URLs made and revoked while it runs. */
function blobUrlBalance(): { net: () => number; stop: () => void } {
  const { createObjectURL, revokeObjectURL } = URL;
  const live = new Set<string>();
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    live.add(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    live.delete(url);
    revokeObjectURL(url);
  };
  return { net: () => live.size, stop: () => Object.assign(URL, { createObjectURL, revokeObjectURL }) };
}

describe(`<wx-image-preview> opened and closed ${CYCLES} times`, () => {
  afterEach(closeAll);

  it('leaves no listener on the window or the document, no history entry, no blob: URL and no temp file behind', async function () {
    this.timeout(CYCLE_TIMEOUT * CYCLES);
    // The first opening loads the viewer's modules (and whatever they set up once, for good).
    await openAndClose(0);
    const listeners = listenerBalance();
    const blobUrls = blobUrlBalance();
    const entries = history.length;
    const temps = tempFileCount();
    try {
      for (let i = 1; i <= CYCLES; i++) await openAndClose(i);
      expect(listeners.net(), 'listeners left on the window or the document').to.equal(0);
      expect(blobUrls.net(), 'blob: URLs not revoked').to.equal(0);
    } finally {
      listeners.stop();
      blobUrls.stop();
    }
    // Each opening pushes one entry and Back / Esc leaves it: the next push replaces it.
    expect(history.length, 'history entries').to.be.at.most(entries + 1);
    expect(tempFileCount(), 'temp files').to.equal(temps);
  });

  itIn(['chromium'], `keeps its JS heap within ${HEAP_SLACK / 1024} KB (Chromium only: the one engine that tells a page's heap size)`, async function (this: Mocha.Context) {
    this.timeout(CYCLE_TIMEOUT * (WARM_UP + CYCLES));
    // Warm up: the first openings load modules and compile the code they run (V8 keeps compiled
    // code in the heap too, and compiles hot functions again, optimized, over the first cycles).
    for (let i = 0; i < WARM_UP; i++) await openAndClose(i);
    const before = (await executeServerCommand('heap-used')) as number;
    for (let i = WARM_UP; i < WARM_UP + CYCLES; i++) await openAndClose(i);
    const after = (await executeServerCommand('heap-used')) as number;
    expect(after - before, `heap grew from ${before} to ${after} bytes`).to.be.below(HEAP_SLACK);
  });
});
