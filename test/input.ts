import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Presses a key chord with real key events in every engine (`pressChord('Shift', 'F10')`): the keys
 * go down in order and come up in reverse (scripts/keyboard-plugin.mjs).
 */
export async function pressChord(...keys: string[]): Promise<void> {
  await executeServerCommand('press-chord', { keys });
}

/** Holds the left mouse button at (x, y) for `ms` and lets go, as one press in every engine. */
export async function holdPointer(x: number, y: number, ms: number): Promise<void> {
  await executeServerCommand('hold-pointer', { x, y, ms });
}

type Point = [number, number];

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
