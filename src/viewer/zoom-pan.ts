/**
 * The geometry of a zoomable image in a viewport, as pure functions. Coordinates are relative to
 * the viewport's centre, where the image sits at scale 1, so a transform is
 * `translate(x, y) scale(scale)` with `transform-origin: center`.
 */
export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Transform {
  scale: number;
  x: number;
  y: number;
}

export const IDENTITY: Readonly<Transform> = Object.freeze({ scale: 1, x: 0, y: 0 });

/** Above this scale an image counts as zoomed in (a pinch that settles a hair above 1 does not). */
export const ZOOMED_ABOVE = 1.01;

export function isZoomed(t: Readonly<Transform>): boolean {
  return t.scale > ZOOMED_ABOVE;
}

/**
 * How far content follows a drag of `distance` past its edge: it moves less and less the further
 * it is pulled, never more than `dimension` (the rubber band of native scroll views).
 */
export function rubberBand(distance: number, dimension: number, constant = 0.55): number {
  if (dimension <= 0 || distance === 0) return 0;
  const pulled = Math.abs(distance);
  return Math.sign(distance) * (1 - 1 / ((pulled * constant) / dimension + 1)) * dimension;
}

/** How far the image may move from the centre at `scale` without showing a gap at an edge. */
export function panBounds(content: Size, viewport: Size, scale: number): Point {
  return {
    x: Math.max(0, (content.width * scale - viewport.width) / 2),
    y: Math.max(0, (content.height * scale - viewport.height) / 2),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The transform moved back inside its bounds, with the scale kept in [1, maxScale]. */
export function clampTransform(t: Transform, content: Size, viewport: Size, maxScale: number): Transform {
  const scale = clamp(t.scale, 1, maxScale);
  const bounds = panBounds(content, viewport, scale);
  return { scale, x: clamp(t.x, -bounds.x, bounds.x), y: clamp(t.y, -bounds.y, bounds.y) };
}

/** A pan offset that rubber-bands beyond ±bound instead of stopping. */
export function rubberPan(offset: number, bound: number, dimension: number): number {
  if (offset > bound) return bound + rubberBand(offset - bound, dimension);
  if (offset < -bound) return -bound + rubberBand(offset + bound, dimension);
  return offset;
}

/** Zooms to `scale` keeping the image point under `point` (relative to the centre) in place. */
export function zoomAround(t: Transform, scale: number, point: Point): Transform {
  const k = scale / t.scale;
  return { scale, x: point.x - (point.x - t.x) * k, y: point.y - (point.y - t.y) * k };
}

/** Two fingers' spread (at least 1 px, so a ratio of two spreads is finite) and the point midway between them. */
export function fingerSpread(a: Point, b: Point): { distance: number; midpoint: Point } {
  return { distance: Math.max(1, Math.hypot(b.x - a.x, b.y - a.y)), midpoint: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
}

/** A pinch at `scale`: the image point under the fingers' first centre stays under their centre now. */
export function pinchTransform(start: Transform, startCentre: Point, centre: Point, scale: number): Transform {
  const anchor = { x: (startCentre.x - start.x) / start.scale, y: (startCentre.y - start.y) / start.scale };
  return { scale, x: centre.x - anchor.x * scale, y: centre.y - anchor.y * scale };
}

/** A scale pulled past [1, maxScale] by a pinch: it resists instead of stopping. */
export function rubberScale(scale: number, maxScale: number): number {
  if (scale > maxScale) return maxScale + rubberBand(scale - maxScale, maxScale);
  if (scale < 1) return Math.max(0.5, 1 + rubberBand(scale - 1, 1));
  return scale;
}

/**
 * Where a value moving at `velocity` (px/ms) comes to rest when it decelerates like a native
 * scroll view (UIScrollView's normal deceleration rate).
 */
export function projectMomentum(velocity: number, decelerationRate = 0.998): number {
  return (velocity * decelerationRate) / (1 - decelerationRate);
}
