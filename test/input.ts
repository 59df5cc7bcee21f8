import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { waitUntil } from './wait.js';

/**
 * Presses a key chord with real key events in every engine (`pressChord('Shift', 'F10')`): the keys
 * go down in order and come up in reverse (scripts/keyboard-plugin.mjs).
 */
export async function pressChord(...keys: string[]): Promise<void> {
  await executeServerCommand('press-chord', { keys });
}

/** Holds the left mouse button at (x, y) for `ms` (the page's time in Chromium) and lets go, as one press in every engine. */
export async function holdPointer(x: number, y: number, ms: number): Promise<void> {
  await executeServerCommand('hold-pointer', { x, y, ms });
}

/** Two left clicks at (x, y) sent as one command, close enough in time to be a double click in every engine. */
export async function doubleClick(x: number, y: number): Promise<void> {
  await executeServerCommand('double-click', { x, y });
}

type Point = [number, number];

/**
 * Presses the left button at `path[0]`, moves it through the other points and lets go (unless
 * `release` is false: then `sendMouse({ type: 'up' })` ends it), as one command: the viewer takes a
 * press held still for 500 ms as a long press, and a command per move can take longer than that on
 * a loaded machine. (WebKit's driver lets go at the end of each command in any case.)
 */
export async function dragMouse(path: Point[], release = true): Promise<void> {
  await executeServerCommand('drag', { path, release });
}

/** Two fingers put down at `from`, moved to `to` and lifted: a real multi-touch pinch. */
export async function pinch(from: [Point, Point], to: [Point, Point], steps = 5): Promise<void> {
  await executeServerCommand('pinch', { from, to, steps });
}

/** One finger held at (x, y) for `ms` and lifted: a real touch long press (Chromium and Firefox). */
export async function touchHold(x: number, y: number, ms: number): Promise<void> {
  await executeServerCommand('touch-hold', { x, y, ms });
}

/** One real turn of the mouse wheel over (x, y), by `deltaY` (and `deltaX`) px: negative deltaY scrolls up. */
export async function turnWheel(x: number, y: number, deltaY: number, deltaX = 0): Promise<void> {
  await executeServerCommand('wheel', { x, y, deltaX, deltaY });
}

/**
 * Moves the mouse to `point` and resolves once the page has seen it there. Input reaches the page
 * in the order it was sent, so every press, release and click sent before has been handled too
 * (and what the viewer decides on a release, it decides then): the way to check that an input
 * did NOT do something, without guessing how long a loaded machine takes. `point` must differ
 * from where the mouse is, and lie on the page (a video's own controls keep Firefox's moves).
 */
export async function mouseSeenAt(point: [number, number]): Promise<void> {
  let seen = false;
  const onMove = (event: MouseEvent) => {
    if (Math.round(event.clientX) === point[0] && Math.round(event.clientY) === point[1]) seen = true;
  };
  window.addEventListener('mousemove', onMove, true);
  try {
    await sendMouse({ type: 'move', position: point });
    await waitUntil(() => seen, `the page never saw the mouse at ${point.join(', ')}`);
  } finally {
    window.removeEventListener('mousemove', onMove, true);
  }
}
