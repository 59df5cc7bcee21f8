import { wheelIntent } from './wheel.js';
import { fingerSpread, pinchTransform, zoomAround, type Point, type Transform } from './zoom-pan.js';

/** What the cropper's gestures move: its transform, which the host keeps in bounds and paints. */
export interface CropGestureHost {
  transform(): Transform;
  /** Shows `t` (the host clamps it: the image covers the frame, the zoom stays in range). */
  apply(t: Transform): void;
  /** The largest zoom (the least is 1). */
  maxZoom(): number;
  /** The frame's centre on the page, px (transforms are offsets from it). */
  centre(): Point;
  /** A gesture ended (for announcing the zoom once, not per move). */
  settled(): void;
}

/**
 * The cropper's pointer and wheel input, independent of any framework: one pointer drags the
 * image, two pinch-zoom it around their centre (and pan with it), the wheel zooms around the
 * pointer (ctrl+wheel, a trackpad pinch, faster) and a sideways scroll pans. The zoom-pan
 * arithmetic is the viewer's (src/viewer/zoom-pan.ts, wheel.ts); unlike the viewer there is no
 * swipe, tap or dismiss: every drag moves the image.
 */
export class CropGestures {
  private readonly pointers = new Map<number, Point>();
  private drag?: { point: Point; transform: Transform };
  private pinch?: { distance: number; centre: Point; transform: Transform };
  private listening?: AbortController;

  constructor(private readonly host: CropGestureHost) {}

  attach(surface: HTMLElement): void {
    this.detach();
    const { signal } = (this.listening = new AbortController());
    surface.addEventListener('pointerdown', (event) => this.down(surface, event), { signal });
    surface.addEventListener('pointermove', this.move, { signal });
    surface.addEventListener('pointerup', this.up, { signal });
    surface.addEventListener('pointercancel', this.up, { signal });
    surface.addEventListener('wheel', this.wheel, { passive: false, signal });
  }

  detach(): void {
    this.listening?.abort();
    this.listening = undefined;
    this.pointers.clear();
    this.drag = this.pinch = undefined;
  }

  /** A zoom held in [1, maxZoom] before it is applied, so the point it zooms around stays put. */
  private zoom(scale: number): number {
    return Math.min(this.host.maxZoom(), Math.max(1, scale));
  }

  private fromCentre(point: Point): Point {
    const centre = this.host.centre();
    return { x: point.x - centre.x, y: point.y - centre.y };
  }

  private pinchGeometry(): { distance: number; centre: Point } {
    const [a, b] = [...this.pointers.values()];
    const { distance, midpoint } = fingerSpread(a!, b!);
    return { distance, centre: this.fromCentre(midpoint) };
  }

  private begin(): void {
    this.drag = this.pinch = undefined;
    const transform = { ...this.host.transform() };
    if (this.pointers.size === 1) this.drag = { point: [...this.pointers.values()][0]!, transform };
    else if (this.pointers.size === 2) this.pinch = { ...this.pinchGeometry(), transform };
  }

  private down(surface: HTMLElement, event: PointerEvent): void {
    if ((event.pointerType === 'mouse' && event.button !== 0) || this.pointers.size >= 2) return;
    event.preventDefault();
    try {
      surface.setPointerCapture(event.pointerId);
    } catch {
      // A synthetic or already-released pointer cannot be captured; the listeners still work.
    }
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.begin();
  }

  private readonly move = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pinch && this.pointers.size === 2) {
      const { distance, centre } = this.pinchGeometry();
      const start = this.pinch.transform;
      this.host.apply(pinchTransform(start, this.pinch.centre, centre, this.zoom((start.scale * distance) / this.pinch.distance)));
    } else if (this.drag) {
      const { point, transform } = this.drag;
      this.host.apply({ scale: transform.scale, x: transform.x + event.clientX - point.x, y: transform.y + event.clientY - point.y });
    }
  };

  private readonly up = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    // A finger left of a pinch goes on dragging from where it is.
    this.begin();
    if (!this.pointers.size) this.host.settled();
  };

  private readonly wheel = (event: WheelEvent): void => {
    event.preventDefault();
    const t = this.host.transform();
    const intent = wheelIntent(event, true);
    if ('pan' in intent) this.host.apply({ ...t, x: t.x - intent.pan });
    else this.host.apply(zoomAround(t, this.zoom(t.scale * intent.factor), this.fromCentre({ x: event.clientX, y: event.clientY })));
    this.host.settled();
  };
}
