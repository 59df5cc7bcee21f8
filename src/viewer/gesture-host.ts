import type { Point, Size, Transform } from './zoom-pan.js';

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
  /** The element that takes the gestures, once rendered (for the controller's lit lifecycle). */
  surface?(): HTMLElement | null | undefined;
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
  /**
   * Whether a pointer that went down belongs to something on the surface with controls of its
   * own (a video's play button and seek bar): the gestures then leave it alone, no capture, no tap.
   */
  ownedElsewhere?(event: PointerEvent): boolean;
}

export interface GestureOptions {
  /** Space between slides, px. */
  gap?: number;
  /** How long a press must be held to count as a long press, ms. */
  longPressDelay?: number;
  /** Whether animations are off (prefers-reduced-motion). */
  reducedMotion?: () => boolean;
  /** The timers of the long-press and double-tap windows (tests pass a fake clock). */
  timers?: Timers;
}

/** setTimeout and clearTimeout (and animation frames), as the gestures use them. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `callback` with the page's next animation frame; without it, at once. */
  requestFrame?(callback: () => void): unknown;
  cancelFrame?(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  requestFrame: (callback) => requestAnimationFrame(() => callback()),
  cancelFrame: (handle) => cancelAnimationFrame(handle as number),
};

/** One pending callback (the long press, the single tap): starting it again replaces it. */
export class Delay {
  private handle?: unknown;
  private frame?: unknown;

  constructor(private readonly timers: Timers = realTimers) {}

  /** Runs `callback` after `ms`; with `atFrame`, at the first animation frame after `ms`. */
  start(ms: number, callback: () => void, atFrame = false): void {
    this.cancel();
    this.handle = this.timers.setTimeout(() => {
      this.handle = undefined;
      if (atFrame && this.timers.requestFrame) {
        this.frame = this.timers.requestFrame(() => {
          this.frame = undefined;
          callback();
        });
      } else callback();
    }, ms);
  }

  cancel(): void {
    if (this.handle !== undefined) this.timers.clearTimeout(this.handle);
    this.handle = undefined;
    if (this.frame !== undefined) this.timers.cancelFrame?.(this.frame);
    this.frame = undefined;
  }
}

/** Moves shorter than this are still a tap or a press, px. */
export const SLOP = 8;
/** Two taps closer than this in time and space are a double tap. */
export const DOUBLE_TAP_MS = 300;
export const DOUBLE_TAP_DISTANCE = 30;
export const SETTLE_MS = 260;

/** The zoom a double tap goes to, bounded by the image's own maximum. */
export const DOUBLE_TAP_SCALE = 2.5;

