import { DOUBLE_TAP_DISTANCE, DOUBLE_TAP_MS, DOUBLE_TAP_SCALE, SETTLE_MS, SLOP, Delay, type GestureHost, type GestureOptions, type GestureState } from './gesture-host.js';
import { dragCloses, swipeGoesOn, VelocityTracker, type Sample } from './velocity.js';
import { IDENTITY, clampTransform, fingerSpread, isZoomed, panBounds, pinchTransform, projectMomentum, rubberBand, rubberPan, rubberScale, zoomAround, type Point, type Transform } from './zoom-pan.js';
import { wheelIntent } from './wheel.js';

export { DOUBLE_TAP_SCALE, type GestureHost, type GestureOptions, type GestureState } from './gesture-host.js';

type Mode = 'idle' | 'pending' | 'swipe' | 'pan' | 'dismiss' | 'pinch' | 'held';

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
  private listening?: AbortController;
  private readonly pointers = new Map<number, Point>();
  private mode: Mode = 'idle';
  private start: Point = { x: 0, y: 0 };
  private startState: GestureState = { track: 0, dismiss: 0, transform: { ...IDENTITY } };
  private readonly velocityOf = new VelocityTracker();
  private pinchStart?: { distance: number; centre: Point; transform: Transform };
  private readonly longPressTimer: Delay;
  private readonly tapTimer: Delay;
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
    this.longPressTimer = new Delay(options.timers);
    this.tapTimer = new Delay(options.timers);
  }

  /** The distance from one slide to the next, px. */
  get stride(): number {
    return this.host.viewport().width + this.gap;
  }

  get scale(): number {
    return this.state.transform.scale;
  }

  get zoomed(): boolean {
    return isZoomed(this.state.transform);
  }

  /** Whether a pointer is down on the surface. */
  get active(): boolean {
    return this.pointers.size > 0;
  }

  /**
   * A lit ReactiveController by shape (lit is not imported here): listens on the host's surface
   * once it is rendered (again after a reconnection: opening renders), lets go when it leaves the page.
   */
  hostUpdated(): void {
    const surface = this.host.surface?.();
    if (surface) this.attach(surface);
  }

  hostDisconnected(): void {
    this.detach();
  }

  attach(surface: HTMLElement): void {
    if (this.surface === surface) return;
    this.detach();
    this.surface = surface;
    const { signal } = (this.listening = new AbortController());
    surface.addEventListener('pointerdown', this.onPointerDown, { signal });
    surface.addEventListener('pointermove', this.onPointerMove, { signal });
    surface.addEventListener('pointerup', this.onPointerUp, { signal });
    surface.addEventListener('pointercancel', this.onPointerCancel, { signal });
    surface.addEventListener('wheel', this.onWheel, { passive: false, signal });
  }

  detach(): void {
    this.listening?.abort();
    this.surface = undefined;
    this.cancel();
  }

  /** Drops the gesture in progress (the viewer closed under it): no pointers held, no timers. */
  cancel(): void {
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
    this.longPressTimer.cancel();
    this.tapTimer.cancel();
  }

  private snapshot(): GestureState {
    return { track: this.state.track, dismiss: this.state.dismiss, transform: { ...this.state.transform } };
  }

  private beginSingle(point: Point, time: number): void {
    this.start = point;
    this.startState = this.snapshot();
    this.velocityOf.begin(point, time);
  }

  private pinchGeometry(): { distance: number; centre: Point } {
    const [a, b] = [...this.pointers.values()];
    const { distance, midpoint } = fingerSpread(a, b);
    return { distance, centre: this.fromCentre(midpoint) };
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    if (this.pointers.size >= 2 || this.host.ownedElsewhere?.(event)) return;
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
      // Decided at the frame after the delay: Chromium hands moves to the page with its frames, so
      // a drag begun in time on a page whose frames come late is seen then, not taken for a press.
      this.longPressTimer.start(
        this.longPressDelay,
        () => {
          if (this.mode !== 'pending') return;
          this.mode = 'held';
          this.tapTimer.cancel();
          this.lastTap = undefined;
          this.host.longPress(point);
        },
        true,
      );
    } else if (this.host.content()) {
      this.longPressTimer.cancel();
      this.tapTimer.cancel();
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
    this.velocityOf.add(point, event.timeStamp);
    const dx = point.x - this.start.x;
    const dy = point.y - this.start.y;
    if (this.mode === 'pending') {
      if (Math.hypot(dx, dy) < SLOP) return;
      this.longPressTimer.cancel();
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
    this.state.transform = pinchTransform(begin.transform, begin.centre, centre, scale);
    this.host.paint(this.state, 0);
  }

  private readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    this.longPressTimer.cancel();
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
    this.longPressTimer.cancel();
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
      this.tapTimer.cancel();
      this.lastTap = undefined;
      if (this.zoomed) this.resetZoom();
      else this.zoomTo(Math.min(DOUBLE_TAP_SCALE, this.host.maxScale()), this.fromCentre(point));
      return;
    }
    this.lastTap = { ...point, t: time };
    // A single tap waits out the double-tap window before it acts.
    this.tapTimer.start(DOUBLE_TAP_MS, () => {
      this.lastTap = undefined;
      if (this.zoomed) this.resetZoom();
      else this.host.close();
    });
  }

  /** Ends a swipe of the strip: on to the next slide when far or fast enough, else back. */
  private endSwipe(): void {
    const offset = this.state.track;
    const step: -1 | 1 = offset < 0 ? 1 : -1;
    if (swipeGoesOn(offset, this.velocityOf.velocity().x, this.host.viewport().width) && this.host.canNavigate(step)) {
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
    const velocity = this.velocityOf.velocity();
    const { transform } = this.state;
    const glide = { ...transform, x: transform.x + projectMomentum(velocity.x, 0.995), y: transform.y + projectMomentum(velocity.y, 0.995) };
    this.state.transform = clampTransform(glide, content, this.host.viewport(), this.host.maxScale());
    const moving = Math.hypot(velocity.x, velocity.y) > 0.05;
    this.host.paint(this.state, this.duration(moving ? 400 : SETTLE_MS));
  }

  /** Ends a vertical drag: closes when pulled far or flung, else springs back. */
  private endDismiss(): void {
    const offset = this.state.dismiss;
    if (dragCloses(offset, this.velocityOf.velocity().y, this.host.viewport().height)) {
      this.host.close();
      return;
    }
    this.state.dismiss = 0;
    this.host.paint(this.state, this.duration(SETTLE_MS));
  }

  private readonly onWheel = (event: WheelEvent): void => {
    const content = this.host.content();
    if (!content) return;
    event.preventDefault();
    const intent = wheelIntent(event, this.zoomed);
    if ('pan' in intent) {
      const { transform } = this.state;
      this.state.transform = clampTransform({ ...transform, x: transform.x - intent.pan }, content, this.host.viewport(), this.host.maxScale());
      this.host.paint(this.state, 0);
    } else this.zoomTo(this.state.transform.scale * intent.factor, this.fromCentre({ x: event.clientX, y: event.clientY }), 0);
  };
}
