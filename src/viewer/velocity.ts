import { projectMomentum, type Point } from './zoom-pan.js';

/** Velocity is measured over the last moves within this window, ms. */
const VELOCITY_WINDOW = 100;

export interface Sample extends Point {
  t: number;
}

/** The speed of a pointer over its last moves (px/ms), for flings and momentum. */
export class VelocityTracker {
  private samples: Sample[] = [];

  begin(point: Point, time: number): void {
    this.samples = [{ ...point, t: time }];
  }

  add(point: Point, time: number): void {
    this.samples.push({ ...point, t: time });
    while (this.samples.length > 2 && time - this.samples[0].t > VELOCITY_WINDOW) this.samples.shift();
  }

  velocity(): Point {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    const dt = last && first ? last.t - first.t : 0;
    if (!dt) return { x: 0, y: 0 };
    return { x: (last.x - first.x) / dt, y: (last.y - first.y) / dt };
  }
}

/** Whether a swipe of the strip released at `offset` with `velocity` goes on to the next slide: far, or flung far. */
export function swipeGoesOn(offset: number, velocity: number, width: number): boolean {
  // Where the fling would carry the strip if let go: momentum decides as much as distance.
  const projected = offset + projectMomentum(velocity, 0.99);
  return offset !== 0 && (Math.abs(offset) > width * 0.5 || (Math.abs(projected) > width * 0.5 && Math.sign(projected) === Math.sign(offset)));
}

/** Whether a vertical drag released at `offset` with `velocity` closes the viewer: pulled far, or flung its way. */
export function dragCloses(offset: number, velocity: number, height: number): boolean {
  const flung = Math.abs(velocity) > 0.5 && Math.sign(velocity) === Math.sign(offset);
  return Math.abs(offset) > height * 0.15 || flung;
}
