import PhotoSwipe from 'photoswipe';
import 'photoswipe/style.css';
import type { Wx } from '../../../src/index.js';
import { median, type BenchCase, type BenchReport } from '../bench.js';
import { generatedPhoto } from '../generated-photo.js';
import { decodedMegabytes, watchSlide, type Photo, type Shown, type WatchedViewer } from '../paint-watch.js';

/**
 * The kit's viewer (`wx.previewImage`) against PhotoSwipe 5.4.4 on one page: the same nine photos
 * (a 16 MP JPEG first, then eight 1800×1200 photos with EXIF orientations), alternating kit and
 * PhotoSwipe, three times each, in a desktop and a phone viewport. Both are timed by the same
 * observer (paint-watch.ts); PhotoSwipe runs with its default options (it needs each photo's
 * size up front, which a gallery page has; the kit reads it itself). The kit is the package's
 * main entry, from the source, or from the built dist/ with BENCH_KIT=dist; either is loaded
 * before the page idles, as a page that imports it up front.
 */

const ROUNDS = 3;
/** Long tasks are counted over this long after the call. */
const AFTER_CALL_MS = 2000;
/** How long a person looks at a photo before the next ArrowRight (both viewers load neighbours meanwhile). */
const DWELL_MS = 600;

declare global {
  interface Window {
    /** A real key press through the browser (scripts/bench.mjs). */
    benchPress?: (key: string) => Promise<void>;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));

/** The kit's main entry, as a page imports it: the source (Vite compiles it) or the built dist/. */
async function loadKit(): Promise<Wx> {
  // A variable, so neither TypeScript nor Vite looks for dist/ when it is not built.
  const built = '/dist/index.js';
  if (import.meta.env.VITE_BENCH_KIT === 'dist') return ((await import(/* @vite-ignore */ built)) as { wx: Wx }).wx;
  return (await import('../../../src/index.js')).wx;
}

/** The photos, their displayed sizes read by a plain `<img>` under a URL no run uses. */
async function photos(): Promise<Photo[]> {
  const sixteen = await generatedPhoto('photo-16mp.jpg', 4608, 3456);
  const urls = [sixteen, ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => `/test/fixtures/images/Landscape_${n}.jpg`)];
  const list: Photo[] = [];
  for (const url of urls) {
    const img = new Image();
    img.src = `${url}?size`;
    await img.decode();
    list.push({ url, width: img.naturalWidth, height: img.naturalHeight });
    img.src = '';
  }
  return list;
}

interface ViewerUnderTest extends WatchedViewer {
  name: string;
  /** The call: returns at once (the viewer paints when it can). */
  open(urls: string[], photos: Photo[]): void;
  /** What holds its images, for counting decoded pixels. */
  roots(): ParentNode[];
  close(): Promise<void>;
}

function kitViewer(wx: Wx): ViewerUnderTest {
  const host = () => document.querySelector('wx-image-preview') as (HTMLElement & { close(): void }) | null;
  let failure: unknown;
  return {
    name: 'kit',
    open(urls) {
      wx.previewImage({ urls, current: urls[0] }).catch((error: unknown) => (failure = error));
    },
    slideElements(index) {
      if (failure) throw new Error(`wx.previewImage failed: ${JSON.stringify(failure)}`);
      return [...(host()?.shadowRoot?.querySelectorAll<Shown>(`.slide[data-index="${index}"] :is(img, canvas)`) ?? [])];
    },
    box: () => host()?.shadowRoot?.querySelector('.stage')?.getBoundingClientRect(),
    roots: () => [host()?.shadowRoot].filter((root): root is ShadowRoot => !!root),
    async close() {
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      host()?.close();
      await Promise.race([back, sleep(3000)]);
    },
  };
}

function photoSwipeViewer(): ViewerUnderTest {
  let pswp: PhotoSwipe | undefined;
  return {
    name: 'PhotoSwipe',
    open(urls, list) {
      pswp = new PhotoSwipe({ dataSource: urls.map((src, i) => ({ src, width: list[i].width, height: list[i].height })), index: 0 });
      pswp.init();
    },
    slideElements(index) {
      const holder = pswp?.mainScroll.itemHolders.find((h) => h.slide?.index === index);
      return [...(holder?.el.querySelectorAll<Shown>('img, canvas') ?? [])];
    },
    box: () => pswp?.element?.getBoundingClientRect(),
    roots: () => (pswp?.element ? [pswp.element] : []),
    async close() {
      const instance = pswp;
      if (!instance) return;
      const destroyed = new Promise((resolve) => instance.on('destroy', () => resolve(undefined)));
      instance.close();
      await Promise.race([destroyed, sleep(3000)]);
      pswp = undefined;
    },
  };
}

interface Trial {
  fullSize: number;
  fullResolution: number;
  nextVisible: number[];
  nextCentred: number[];
  longTasks: number;
  blocking: number;
  /** Decoded pixels in the viewer's DOM after the ninth photo, besides that photo's own elements. */
  megabytes: number;
  /** The same, the photo on screen included. */
  megabytesInAll: number;
}

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });

let run = 0;

/** One opening: the call, the 2 s after it, then ArrowRight through all nine photos. */
async function trial(viewer: ViewerUnderTest, list: Photo[]): Promise<Trial> {
  run++;
  const urls = list.map((photo) => `${photo.url}?run=${run}`);
  await idle();
  const called = performance.now();
  viewer.open(urls, list);
  const opened = await watchSlide(viewer, 0, list[0], () => called, ['fitted', 'fullResolution']);
  const windowEnd = called + AFTER_CALL_MS;
  await sleep(Math.max(0, windowEnd - performance.now()) + 100);
  const tasks = longTasks.filter((task) => task.startTime >= called && task.startTime < windowEnd);
  const nextVisible: number[] = [];
  const nextCentred: number[] = [];
  for (let index = 1; index < list.length; index++) {
    await sleep(DWELL_MS);
    await idle();
    let pressedAt: number | undefined;
    window.addEventListener('keydown', (event) => (pressedAt = event.timeStamp), { capture: true, once: true });
    const watched = watchSlide(viewer, index, list[index], () => pressedAt, ['visible', 'fitted']);
    await window.benchPress!('ArrowRight');
    const step = await watched;
    nextVisible.push(step.visible);
    nextCentred.push(step.fitted);
  }
  await sleep(DWELL_MS);
  await idle();
  const onScreen = viewer.slideElements(list.length - 1);
  const megabytes = decodedMegabytes(viewer.roots(), onScreen);
  const megabytesInAll = decodedMegabytes(viewer.roots());
  await viewer.close();
  if (import.meta.env.VITE_BENCH_VERBOSE) {
    const ms = (values: number[]) => values.map((v) => Math.round(v)).join(' ');
    console.log(
      `${viewer.name} run ${run}: full size ${Math.round(opened.fitted)}, full resolution ${Math.round(opened.fullResolution)}; next visible ${ms(nextVisible)}; centred ${ms(nextCentred)}; long tasks ${ms(tasks.map((t) => t.duration))}; ${megabytes.toFixed(1)} MB besides the photo on screen`,
    );
  }
  return {
    fullSize: opened.fitted,
    fullResolution: opened.fullResolution,
    nextVisible,
    nextCentred,
    longTasks: tasks.length,
    blocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    megabytes,
    megabytesInAll,
  };
}

/** The median of the figures that were reached (NaN when none was). */
const medianOf = (values: number[]) => {
  const reached = values.filter(Number.isFinite);
  return reached.length ? median(reached) : NaN;
};

export const bench: BenchCase = {
  name: 'viewer: wx.previewImage against PhotoSwipe 5.4.4, nine photos (16 MP first)',
  viewports: {
    desktop: { width: 1280, height: 800, deviceScaleFactor: 1 },
    phone: { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  },
  async run(): Promise<BenchReport> {
    if (!window.benchPress) throw new Error('run through scripts/bench.mjs (it presses the keys)');
    const list = await photos();
    const kit = kitViewer(await loadKit());
    const photoSwipe = photoSwipeViewer();
    const results = new Map<ViewerUnderTest, Trial[]>([
      [kit, []],
      [photoSwipe, []],
    ]);
    // The page idles first, as a page does before anyone taps a photo.
    await sleep(1000);
    await idle();
    for (let round = 0; round < ROUNDS; round++) for (const viewer of [kit, photoSwipe]) results.get(viewer)!.push(await trial(viewer, list));
    const of = (viewer: ViewerUnderTest, pick: (t: Trial) => number | number[]) => medianOf(results.get(viewer)!.flatMap(pick));
    const row = (label: string, unit: string, pick: (t: Trial) => number | number[]) => ({ label, unit, subject: of(kit, pick), baseline: of(photoSwipe, pick) });
    const rows = [
      row('call → first image painted at full size', 'ms', (t) => t.fullSize),
      row('call → full-resolution <img> on screen', 'ms', (t) => t.fullResolution),
      row('ArrowRight → next image first visible', 'ms', (t) => t.nextVisible),
      row('ArrowRight → next image painted and centred', 'ms', (t) => t.nextCentred),
      row(`long tasks in the ${AFTER_CALL_MS / 1000} s after the call`, 'count', (t) => t.longTasks),
      row('  their blocking time (each over 50 ms)', 'ms', (t) => t.blocking),
      row('decoded pixels held after paging all nine, besides', 'MB', (t) => t.megabytes),
      row('  the photo on screen (with it)', 'MB', (t) => t.megabytesInAll),
    ];
    const [fullSize, , nextVisible, , , , held] = rows;
    const bytes = Number((await fetch(list[0].url, { method: 'HEAD' })).headers.get('Content-Length'));
    const ratio = (r: (typeof rows)[number]) => r.subject / r.baseline;
    const kitTrials = results.get(kit)!;
    const worstTasks = Math.max(...kitTrials.map((t) => t.longTasks));
    const missing = [...results.values()].flat().filter((t) => [t.fullSize, t.fullResolution, ...t.nextVisible, ...t.nextCentred].some((v) => !Number.isFinite(v))).length;
    return {
      rows: [
        { label: `photos: a ${list[0].width}×${list[0].height} JPEG, then eight 1800×1200`, value: list.length, unit: '' },
        { label: `the ${((list[0].width * list[0].height) / 1e6).toFixed(1)} MP JPEG's size`, value: bytes / 1e6, unit: 'MB' },
        { label: 'openings that never reached a state (20 s)', value: missing, unit: '' },
      ],
      compare: { subject: 'kit', baseline: 'PhotoSwipe', rows },
      targets: [
        { text: 'first image at full size within 0.6× PhotoSwipe', met: ratio(fullSize) <= 0.6 },
        { text: 'next image visible within PhotoSwipe’s time (≤ 1.0×)', met: ratio(nextVisible) <= 1 },
        { text: `no long task in the ${AFTER_CALL_MS / 1000} s after any call (worst: ${worstTasks})`, met: worstTasks === 0 },
        { text: 'decoded pixels held after paging (besides the photo on screen) within 1/10 of PhotoSwipe’s', met: ratio(held) <= 0.1 },
        { text: 'every opening reached every state', met: missing === 0 },
      ],
    };
  },
};
