/**
 * One observer for every viewer the bench compares: it knows nothing of either viewer beyond
 * "which elements show slide N" and "which box the slide is fitted into", so both are timed by
 * the same lines.
 *
 * Definitions (the same for every viewer):
 * - an element shows a slide when it is an `<img>` or `<canvas>` of that slide (a screen-sized
 *   rendition counts, as a placeholder would);
 * - it is decoded when it is a canvas with pixels, or an `<img>` that is complete with a natural
 *   size and whose `decode()` has resolved — asked only once it is on screen, when the browser
 *   must decode it to paint it anyway;
 * - it is visible when it is decoded, its painted box (the box its pixels cover, after
 *   `object-fit` and transforms) overlaps the viewport and its opacity (with its ancestors', across
 *   shadow roots) is above 0;
 * - it is at full size when it is decoded, fully opaque, and its painted box is the photo fitted
 *   (contain) into the viewer's box and centred in it, within 2 CSS px;
 * - full resolution: at full size, and an `<img>` with all of the photo's pixels.
 * A condition first seen true in an animation frame is timed after that frame's rendering (a
 * task posted from the frame callback runs once the frame is painted), so each time includes the
 * paint that shows it.
 */

export type Shown = HTMLImageElement | HTMLCanvasElement;
export type Condition = 'visible' | 'fitted' | 'fullResolution';

export interface WatchedViewer {
  /** The elements that show slide `index` now (none while it loads). */
  slideElements(index: number): Shown[];
  /** The box the viewer fits a slide into. */
  box(): DOMRect | undefined;
}

export interface Photo {
  url: string;
  /** As displayed (EXIF orientation applied). */
  width: number;
  height: number;
}

const TOLERANCE = 2;
const decoded = new WeakSet<HTMLImageElement>();
const decoding = new WeakSet<HTMLImageElement>();

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
const afterPaint = () => new Promise<number>((resolve) => setTimeout(() => resolve(performance.now())));

function naturalSize(el: Shown): [number, number] {
  return el instanceof HTMLImageElement ? [el.naturalWidth, el.naturalHeight] : [el.width, el.height];
}

/** The element's opacity times its ancestors' (through shadow roots); 0 when hidden. */
function opacity(el: Element): number {
  let value = 1;
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null)) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return 0;
    value *= Number(style.opacity);
  }
  return value;
}

/** `width`×`height` fitted into `box` (contain) and centred in it. */
function contain(width: number, height: number, box: DOMRect): DOMRect {
  const scale = Math.min(box.width / width, box.height / height);
  const w = width * scale;
  const h = height * scale;
  return new DOMRect(box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h);
}

/** Where the element's pixels are: its border box (transforms included), narrowed by `object-fit: contain`. */
function paintedBox(el: Shown): DOMRect {
  const box = el.getBoundingClientRect();
  const fit = getComputedStyle(el).objectFit;
  const [width, height] = naturalSize(el);
  return (fit === 'contain' || fit === 'scale-down') && width && height ? contain(width, height, box) : box;
}

function isDecoded(el: Shown): boolean {
  if (el instanceof HTMLCanvasElement) return el.width > 0 && el.height > 0;
  if (!el.complete || !el.naturalWidth) return false;
  if (decoded.has(el)) return true;
  if (!decoding.has(el)) {
    decoding.add(el);
    el.decode().then(
      () => decoded.add(el),
      // decode() can reject for images the browser still shows; then trust complete + size.
      () => el.complete && el.naturalWidth && decoded.add(el),
    );
  }
  return false;
}

function onScreen(box: DOMRect): boolean {
  return box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight && box.width >= 1 && box.height >= 1;
}

function near(a: DOMRect, b: DOMRect): boolean {
  return Math.abs(a.x - b.x) <= TOLERANCE && Math.abs(a.y - b.y) <= TOLERANCE && Math.abs(a.width - b.width) <= TOLERANCE && Math.abs(a.height - b.height) <= TOLERANCE;
}

/** Which of `wanted` hold for slide `index` in this frame. */
function conditionsNow(viewer: WatchedViewer, index: number, photo: Photo, wanted: Set<Condition>): Set<Condition> {
  const met = new Set<Condition>();
  const viewerBox = viewer.box();
  for (const el of viewer.slideElements(index)) {
    if (!el.isConnected) continue;
    const box = paintedBox(el);
    // Only what is on screen is asked to decode (the browser decodes it to paint it anyway).
    if (!onScreen(box) || !isDecoded(el)) continue;
    const seen = opacity(el);
    if (seen > 0) met.add('visible');
    if (seen < 0.99 || !viewerBox || !near(box, contain(photo.width, photo.height, viewerBox))) continue;
    met.add('fitted');
    if (el instanceof HTMLImageElement && el.naturalWidth * el.naturalHeight === photo.width * photo.height) met.add('fullResolution');
  }
  for (const condition of met) if (!wanted.has(condition)) met.delete(condition);
  return met;
}

/**
 * Watches slide `index` frame by frame until every wanted condition has held once (or `timeout`
 * ms pass) and gives each one's time after `start()` in ms (NaN: never within the timeout).
 * `start` may be unknown at first (a key press on its way): nothing is timed until it is known.
 */
export async function watchSlide(
  viewer: WatchedViewer,
  index: number,
  photo: Photo,
  start: () => number | undefined,
  wanted: Condition[],
  timeout = 20_000,
): Promise<Record<Condition, number>> {
  const times = { visible: NaN, fitted: NaN, fullResolution: NaN };
  const pending = new Set(wanted);
  const painted: Array<Promise<void>> = [];
  const began = performance.now();
  while (pending.size && performance.now() - began < timeout) {
    await frame();
    const from = start();
    if (from === undefined) continue;
    for (const condition of conditionsNow(viewer, index, photo, pending)) {
      pending.delete(condition);
      painted.push(afterPaint().then((now) => void (times[condition] = now - from)));
    }
  }
  await Promise.all(painted);
  return times;
}

/**
 * Megabytes (10⁶ bytes, 4 per pixel) of the decoded images and canvases under `roots` (an `<img>`
 * counts once it has loaded; one whose src was dropped holds nothing), leaving out `except`.
 */
export function decodedMegabytes(roots: ParentNode[], except: readonly Element[] = []): number {
  let pixels = 0;
  for (const root of roots) {
    for (const el of root.querySelectorAll<Shown>('img, canvas')) {
      if (except.includes(el)) continue;
      if (el instanceof HTMLImageElement && !(el.complete && el.naturalWidth && el.getAttribute('src'))) continue;
      const [width, height] = naturalSize(el);
      pixels += width * height;
    }
  }
  return (pixels * 4) / 1e6;
}
