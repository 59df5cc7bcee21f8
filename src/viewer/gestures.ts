import {
  IDENTITY,
  clampTransform,
  panBounds,
  projectMomentum,
  rubberBand,
  rubberPan,
  rubberScale,
  zoomAround,
  type Point,
  type Size,
  type Transform,
} from './zoom-pan.js';

/** What the viewer shows, as the gestures move it. */
export interface GestureState {
  /** Horizontal offset of the strip of slides from the current slide, px. */
  track: number;
  /** Vertical offset of a swipe-to-close drag, px (0 when none). */
  dismiss: number;
  /** Zoom and pan of the current image. */
  transform: Transform;
}

/** The viewer, as the gesture controller sees it. */
export interface GestureHost {
  /** The size of the surface. */
  viewport(): Size;
  /** The current image's size at scale 1, or null while nothing zoomable is shown. */
  content(): Size | null;
  /** The largest zoom of the current image. */
  maxScale(): number;
  /** Whether there is a slide in that direction. */
  canNavigate(step: -1 | 1): boolean;
  /** Shows `state`, moving to it over `duration` ms (0: at once). */
  paint(state: Readonly<GestureState>, duration: number): void;
  /**
   * A swipe went far or fast enough: show the next slide. `carry` is the strip's offset at
   * release; the host changes slides and then calls `slideIn(step, carry)`.
   */
  navigate(step: -1 | 1, carry: number): void;
  /** A tap (not zoomed) or a swipe down asked to close. */
  close(): void;
  /** A press held still for the long-press delay. */
  longPress(point: Point): void;
}

export interface GestureOptions {
  /** Space between slides, px. */
  gap?: number;
  /** How long a press must be held to count as a long press, ms. */
  longPressDelay?: number;
  /** Whether animations are off (prefers-reduced-motion). */
  reducedMotion?: () => boolean;
}

type Mode = 'idle' | 'pending' | 'swipe' | 'pan' | 'dismiss' | 'pinch' | 'held';

/** Moves shorter than this are still a tap or a press, px. */
const SLOP = 8;
/** Two taps closer than this in time and space are a double tap. */
const DOUBLE_TAP_MS = 300;
const DOUBLE_TAP_DISTANCE = 30;
/** Velocity is measured over the last moves within this window, ms. */
const VELOCITY_WINDOW = 100;
const SETTLE_MS = 260;

/** The zoom a double tap goes to, bounded by the image's own maximum. */
export const DOUBLE_TAP_SCALE = 2.5;

interface Sample {
  x: number;
  y: number;
  t: number;
}

/**
 * The viewer's gestures, independent of any framework: swipe between slides (with momentum and
 * rubber-banding at the ends), pinch zoom and two-finger pan, pan by dragging when zoomed,
 * double-tap / double-click zoom toggle, wheel and ctrl+wheel (trackpad pinch) zoom, swipe down
 * or tap to close (a tap while zoomed resets the zoom first), and long press.
 *
 * It listens to pointer and wheel events on one surface and tells its host what to show; it
 * never touches the DOM beyond its listeners and pointer capture.
 */
export class GestureController {
  readonly state: GestureState = { track: 0, dismiss: 0, transform: { ...IDENTITY } };

  private surface?: HTMLElement;
  private readonly pointers = new Map<number, Point>();
  private mode: Mode = 'idle';
  private start: Point = { x: 0, y: 0 };
  private startState: GestureState = { track: 0, dismiss: 0, transform: { ...IDENTITY } };
  private samples: Sample[] = [];
  private pinchStart?: { distance: number; centre: Point; transform: Transform };
  private longPressTimer?: ReturnType<typeof setTimeout>;
  private tapTimer?: ReturnType<typeof setTimeout>;
  private lastTap?: Sample;
  private readonly gap: number;
  private readonly longPressDelay: number;
  private readonly reducedMotion: () => boolean;

  constructor(
    private readonly host: GestureHost,
    options: GestureOptions = {},
  ) {
    this.gap = options.gap ?? 0;
    this.longPressDelay = options.longPressDelay ?? 500;
    this.reducedMotion = options.reducedMotion ?? (() => false);
  }

  /** The distance from one slide to the next, px. */
  get stride(): number {
    return this.host.viewport().width + this.gap;
  }

  get scale(): number {
    return this.state.transform.scale;
  }

  get zoomed(): boolean {
    return this.state.transform.scale > 1.01;
  }

  /** Whether a pointer is down on the surface. */
  get active(): boolean {
    return this.pointers.size > 0;
  }

  attach(surface: HTMLElement): void {
    if (this.surface === surface) return;
    this.detach();
    this.surface = surface;
    surface.addEventListener('pointerdown', this.onPointerDown);
    surface.addEventListener('pointermove', this.onPointerMove);
    surface.addEventListener('pointerup', this.onPointerUp);
    surface.addEventListener('pointercancel', this.onPointerCancel);
    surface.addEventListener('wheel', this.onWheel, { passive: false });
  }

  detach(): void {
    const surface = this.surface;
    if (!surface) return;
    surface.removeEventListener('pointerdown', this.onPointerDown);
    surface.removeEventListener('pointermove', this.onPointerMove);
    surface.removeEventListener('pointerup', this.onPointerUp);
    surface.removeEventListener('pointercancel', this.onPointerCancel);
    surface.removeEventListener('wheel', this.onWheel);
    this.surface = undefined;
    this.cancelTimers();
    this.pointers.clear();
    this.mode = 'idle';
  }

  /** A new slide is current: no zoom, no offset. */
  reset(): void {
    this.cancelTimers();
    this.lastTap = undefined;
    this.state.transform = { ...IDENTITY };
    this.state.dismiss = 0;
    this.state.track = 0;
    this.host.paint(this.state, 0);
  }

  /** Brings in the current slide from `step`'s side, continuing from `carry` (the strip's offset). */
  slideIn(step: -1 | 1, carry = 0): void {
    this.state.transform = { ...IDENTITY };
    this.state.dismiss = 0;
    this.state.track = carry + step * this.stride;
    this.host.paint(this.state, 0);
    this.state.track = 0;
    this.host.paint(this.state, this.duration(SETTLE_MS));
  }

  /** Zooms the current image to `scale` around `point` (relative to the centre; the centre when absent). */
  zoomTo(scale: number, point: Point = { x: 0, y: 0 }, duration = SETTLE_MS): void {
    const content = this.host.content();
    if (!content) return;
    const target = zoomAround(this.state.transform, scale, point);
    this.state.transform = clampTransform(target, content, this.host.viewport(), this.host.maxScale());
    this.host.paint(this.state, this.duration(duration));
  }

  zoomBy(factor: number, point?: Point, duration = SETTLE_MS): void {
    this.zoomTo(this.state.transform.scale * factor, point, duration);
  }

  resetZoom(duration = SETTLE_MS): void {
    this.state.transform = { ...IDENTITY };
    this.host.paint(this.state, this.duration(duration));
  }

  private duration(ms: number): number {
    return this.reducedMotion() ? 0 : ms;
  }

  /** A point of the page as an offset from the surface's centre. */
  private fromCentre(point: Point): Point {
    const box = this.surface!.getBoundingClientRect();
    return { x: point.x - (box.left + box.width / 2), y: point.y - (box.top + box.height / 2) };
  }

  private cancelTimers(): void {
    clearTimeout(this.longPressTimer);
    clearTimeout(this.tapTimer);
    this.longPressTimer = undefined;
    this.tapTimer = undefined;
  }

  private snapshot(): GestureState {
    return { track: this.state.track, dismiss: this.state.dismiss, transform: { ...this.state.transform } };
  }

  private beginSingle(point: Point, time: number): void {
    this.start = point;
    this.startState = this.snapshot();
    this.samples = [{ ...point, t: time }];
  }

  private pinchGeometry(): { distance: number; centre: Point } {
    const [a, b] = [...this.pointers.values()];
    return {
      distance: Math.max(1, Math.hypot(b.x - a.x, b.y - a.y)),
      centre: this.fromCentre({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }),
    };
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (this.pointers.size >= 2) return;
    try {
      this.surface?.setPointerCapture(event.pointerId);
    } catch {
      // Synthetic or already-released pointers cannot be captured; the listeners still work.
    }
    const point = { x: event.clientX, y: event.clientY };
    this.pointers.set(event.pointerId, point);
    if (this.pointers.size === 1) {
      this.mode = 'pending';
      this.beginSingle(point, event.timeStamp);
      clearTimeout(this.longPressTimer);
      this.longPressTimer = setTimeout(() => {
        if (this.mode !== 'pending') return;
        this.mode = 'held';
        clearTimeout(this.tapTimer);
        this.lastTap = undefined;
        this.host.longPress(point);
      }, this.longPressDelay);
    } else if (this.host.content()) {
      clearTimeout(this.longPressTimer);
      clearTimeout(this.tapTimer);
      // A swipe or close drag in progress gives way to the pinch.
      if (this.state.track || this.state.dismiss) {
        this.state.track = 0;
        this.state.dismiss = 0;
      }
      this.mode = 'pinch';
      this.pinchStart = { ...this.pinchGeometry(), transform: { ...this.state.transform } };
    }
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId)) return;
    const point = { x: event.clientX, y: event.clientY };
    this.pointers.set(event.pointerId, point);
    if (this.mode === 'pinch') return this.movePinch();
    this.samples.push({ ...point, t: event.timeStamp });
    while (this.samples.length > 2 && event.timeStamp - this.samples[0].t > VELOCITY_WINDOW) this.samples.shift();
    const dx = point.x - this.start.x;
    const dy = point.y - this.start.y;
    if (this.mode === 'pending') {
      if (Math.hypot(dx, dy) < SLOP) return;
      clearTimeout(this.longPressTimer);
      if (this.zoomed && this.host.content()) this.mode = 'pan';
      else if (Math.abs(dx) >= Math.abs(dy)) this.mode = 'swipe';
      else this.mode = 'dismiss';
    }
    if (this.mode === 'swipe') this.moveSwipe(dx);
    else if (this.mode === 'pan') this.movePan(dx, dy);
    else if (this.mode === 'dismiss') {
      this.state.dismiss = dy;
      this.host.paint(this.state, 0);
    }
  };

  private trackOffset(offset: number): number {
    const step = offset > 0 ? -1 : 1;
    return this.host.canNavigate(step) ? offset : rubberBand(offset, this.host.viewport().width);
  }

  private moveSwipe(dx: number): void {
    this.state.track = this.trackOffset(this.startState.track + dx);
    this.host.paint(this.state, 0);
  }

  private movePan(dx: number, dy: number): void {
    const content = this.host.content();
    if (!content) return;
    const viewport = this.host.viewport();
    const start = this.startState.transform;
    const bounds = panBounds(content, viewport, start.scale);
    let x = start.x + dx;
    // Pulled past its left or right edge, a zoomed image hands the rest of the drag to the strip,
    // so one can swipe on to the next slide without zooming out first.
    let overflow = 0;
    if (x > bounds.x) overflow = x - bounds.x;
    else if (x < -bounds.x) overflow = x + bounds.x;
    x -= overflow;
    this.state.track = overflow ? this.trackOffset(overflow) : 0;
    this.state.transform = { scale: start.scale, x, y: rubberPan(start.y + dy, bounds.y, viewport.height) };
    this.host.paint(this.state, 0);
  }

  private movePinch(): void {
    const begin = this.pinchStart;
    const content = this.host.content();
    if (!begin || !content) return;
    const { distance, centre } = this.pinchGeometry();
    const scale = rubberScale((begin.transform.scale * distance) / begin.distance, this.host.maxScale());
    // The image point under the fingers' first centre stays under their centre now.
    const anchor = {
      x: (begin.centre.x - begin.transform.x) / begin.transform.scale,
      y: (begin.centre.y - begin.transform.y) / begin.transform.scale,
    };
    this.state.transform = { scale, x: centre.x - anchor.x * scale, y: centre.y - anchor.y * scale };
    this.host.paint(this.state, 0);
  }

  private velocity(): Point {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    const dt = last && first ? last.t - first.t : 0;
    if (!dt) return { x: 0, y: 0 };
    return { x: (last.x - first.x) / dt, y: (last.y - first.y) / dt };
  }

  private readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    clearTimeout(this.longPressTimer);
    if (this.mode === 'pinch') {
      if (this.pointers.size === 1) {
        // One finger stays: it goes on panning from here.
        const [rest] = this.pointers.values();
        this.beginSingle(rest, event.timeStamp);
        this.mode = 'pan';
        this.settleZoom(0);
        this.startState = this.snapshot();
      } else {
        this.mode = 'idle';
        this.settleZoom(SETTLE_MS);
      }
      return;
    }
    if (this.pointers.size) return;
    const mode = this.mode;
    this.mode = 'idle';
    const point = { x: event.clientX, y: event.clientY };
    if (mode === 'pending') this.tap(point, event.timeStamp);
    else if (mode === 'swipe') this.endSwipe();
    else if (mode === 'pan') this.endPan();
    else if (mode === 'dismiss') this.endDismiss();
  };

  private readonly onPointerCancel = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    clearTimeout(this.longPressTimer);
    if (this.pointers.size) return;
    this.mode = 'idle';
    this.state.track = 0;
    this.state.dismiss = 0;
    this.settleZoom(SETTLE_MS);
  };

  /** Brings the zoom back into [1, max] and the image inside its bounds. */
  private settleZoom(duration: number): void {
    const content = this.host.content();
    if (content) {
      const { transform } = this.state;
      const max = this.host.maxScale();
      const target = transform.scale < 1 ? { ...IDENTITY } : transform.scale > max ? zoomAround(transform, max, this.pinchStart?.centre ?? { x: 0, y: 0 }) : transform;
      this.state.transform = clampTransform(target, content, this.host.viewport(), max);
    }
    this.host.paint(this.state, this.duration(duration));
  }

  private tap(point: Point, time: number): void {
    const last = this.lastTap;
    if (last && time - last.t < DOUBLE_TAP_MS && Math.hypot(point.x - last.x, point.y - last.y) < DOUBLE_TAP_DISTANCE) {
      clearTimeout(this.tapTimer);
      this.lastTap = undefined;
      if (this.zoomed) this.resetZoom();
      else this.zoomTo(Math.min(DOUBLE_TAP_SCALE, this.host.maxScale()), this.fromCentre(point));
      return;
    }
    this.lastTap = { ...point, t: time };
    clearTimeout(this.tapTimer);
    // A single tap waits out the double-tap window before it acts.
    this.tapTimer = setTimeout(() => {
      this.lastTap = undefined;
      if (this.zoomed) this.resetZoom();
      else this.host.close();
    }, DOUBLE_TAP_MS);
  }

  /** Ends a swipe of the strip: on to the next slide when far or fast enough, else back. */
  private endSwipe(): void {
    const offset = this.state.track;
    const velocity = this.velocity().x;
    const step: -1 | 1 = offset < 0 ? 1 : -1;
    const width = this.host.viewport().width;
    // Where the fling would carry the strip if let go: momentum decides as much as distance.
    const projected = offset + projectMomentum(velocity, 0.99);
    const far = Math.abs(offset) > width * 0.5 || (Math.abs(projected) > width * 0.5 && Math.sign(projected) === Math.sign(offset));
    if (offset && far && this.host.canNavigate(step)) {
      this.state.track = 0;
      this.host.navigate(step, offset);
      return;
    }
    this.state.track = 0;
    this.host.paint(this.state, this.duration(SETTLE_MS));
  }

  /** Ends a pan: the image glides on with its momentum and settles inside its bounds. */
  private endPan(): void {
    if (this.state.track) return this.endSwipe();
    const content = this.host.content();
    if (!content) return;
    const velocity = this.velocity();
    const { transform } = this.state;
    const glide = { ...transform, x: transform.x + projectMomentum(velocity.x, 0.995), y: transform.y + projectMomentum(velocity.y, 0.995) };
    this.state.transform = clampTransform(glide, content, this.host.viewport(), this.host.maxScale());
    const moving = Math.hypot(velocity.x, velocity.y) > 0.05;
    this.host.paint(this.state, this.duration(moving ? 400 : SETTLE_MS));
  }

  /** Ends a vertical drag: closes when pulled far or flung, else springs back. */
  private endDismiss(): void {
    const offset = this.state.dismiss;
    const velocity = this.velocity().y;
    const height = this.host.viewport().height;
    const flung = Math.abs(velocity) > 0.5 && Math.sign(velocity) === Math.sign(offset);
    if (Math.abs(offset) > height * 0.15 || flung) {
      this.host.close();
      return;
    }
    this.state.dismiss = 0;
    this.host.paint(this.state, this.duration(SETTLE_MS));
  }

  private readonly onWheel = (event: WheelEvent): void => {
    if (!this.host.content()) return;
    event.preventDefault();
    const unit = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? 400 : 1;
    const dx = event.deltaX * unit;
    const dy = event.deltaY * unit;
    const point = this.fromCentre({ x: event.clientX, y: event.clientY });
    if (!event.ctrlKey && this.zoomed && Math.abs(dx) > Math.abs(dy)) {
      // A sideways scroll while zoomed pans.
      const content = this.host.content()!;
      this.state.transform = clampTransform(
        { ...this.state.transform, x: this.state.transform.x - dx },
        content,
        this.host.viewport(),
        this.host.maxScale(),
      );
      this.host.paint(this.state, 0);
      return;
    }
    // ctrl+wheel is how trackpads report a pinch: small deltas, so a stronger factor.
    const factor = Math.exp(-dy * (event.ctrlKey ? 0.01 : 0.002));
    this.zoomTo(this.state.transform.scale * factor, point, 0);
  };
}
