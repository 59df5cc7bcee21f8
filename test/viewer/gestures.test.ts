import { expect } from '@open-wc/testing';
import { GestureController, DOUBLE_TAP_SCALE, type GestureHost, type GestureState } from '../../src/viewer/gestures.js';
import { DOUBLE_TAP_MS, type Timers } from '../../src/viewer/gesture-host.js';

/** A clock the test moves by hand: the long-press and double-tap windows pass when `tick` says so. */
class FakeClock implements Timers {
  private now = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): number {
    const id = this.nextId++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }

  clearTimeout(id: unknown): void {
    this.pending.delete(id as number);
  }

  /** Moves time on by `ms`, running each timer that falls due, in order. */
  tick(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.pending].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = end;
  }
}

/** The surface of the test running now, removed after it whatever happened. */
let fixtureCleanup: (() => void) | undefined;
afterEach(() => {
  fixtureCleanup?.();
  fixtureCleanup = undefined;
});

/** A 400×300 surface at the page's top left, with a 400×200 image, and a log of what the controller asked for. */
function setup(options: { index?: number; count?: number; reducedMotion?: boolean } = {}) {
  const surface = document.createElement('div');
  surface.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:300px;touch-action:none';
  document.body.append(surface);
  const log = {
    paints: [] as Array<{ state: GestureState; duration: number }>,
    navigations: [] as Array<{ step: number; carry: number }>,
    closes: 0,
    longPresses: 0,
  };
  let index = options.index ?? 0;
  const count = options.count ?? 3;
  const host: GestureHost = {
    viewport: () => ({ width: 400, height: 300 }),
    content: () => ({ width: 400, height: 200 }),
    maxScale: () => 4,
    canNavigate: (step) => index + step >= 0 && index + step < count,
    paint: (state, duration) => log.paints.push({ state: structuredClone(state), duration }),
    navigate: (step, carry) => {
      index += step;
      log.navigations.push({ step, carry });
    },
    close: () => log.closes++,
    longPress: () => log.longPresses++,
  };
  const clock = new FakeClock();
  const controller = new GestureController(host, { gap: 16, reducedMotion: () => !!options.reducedMotion, timers: clock });
  controller.attach(surface);
  const last = () => log.paints[log.paints.length - 1];
  const previous = fixtureCleanup;
  fixtureCleanup = () => {
    previous?.();
    controller.detach();
    surface.remove();
  };
  return { surface, controller, log, last, clock };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function pointer(surface: Element, type: string, x: number, y: number, pointerId = 1) {
  surface.dispatchEvent(
    new PointerEvent(type, { pointerId, pointerType: 'touch', isPrimary: pointerId === 1, clientX: x, clientY: y, bubbles: true, button: 0, buttons: type === 'pointerup' ? 0 : 1 }),
  );
}

/** A one-finger drag from `from` to `to` in `steps` moves, `interval` ms apart. */
async function drag(surface: Element, from: [number, number], to: [number, number], steps = 8, interval = 16) {
  pointer(surface, 'pointerdown', ...from);
  for (let i = 1; i <= steps; i++) {
    await wait(interval);
    pointer(surface, 'pointermove', from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps);
  }
  await wait(interval);
  pointer(surface, 'pointerup', ...to);
}

describe('GestureController', () => {
  it('swipes to the next slide when dragged past half the width, carrying the offset', async () => {
    const { surface, log } = setup();
    await drag(surface, [350, 150], [100, 150], 10, 30);
    expect(log.navigations).to.have.length(1);
    expect(log.navigations[0].step).to.equal(1);
    expect(log.navigations[0].carry).to.be.closeTo(-250, 1);
  });

  it('springs back after a short, slow drag', async () => {
    const { surface, log, last } = setup();
    await drag(surface, [200, 150], [150, 150], 10, 40);
    expect(log.navigations).to.have.length(0);
    expect(last().state.track).to.equal(0);
    expect(last().duration).to.be.greaterThan(0);
  });

  it('goes on to the next slide after a short but fast flick (momentum)', async () => {
    const { surface, log } = setup();
    await drag(surface, [250, 150], [90, 150], 4, 5);
    expect(log.navigations.map((n) => n.step)).to.deep.equal([1]);
  });

  it('rubber-bands at the ends instead of moving on', async () => {
    const { surface, log, last } = setup({ index: 0 });
    pointer(surface, 'pointerdown', 50, 150);
    pointer(surface, 'pointermove', 60, 150);
    pointer(surface, 'pointermove', 350, 150);
    const pulled = last().state.track;
    expect(pulled).to.be.greaterThan(0);
    expect(pulled).to.be.lessThan(300);
    pointer(surface, 'pointerup', 350, 150);
    expect(log.navigations).to.have.length(0);
    expect(last().state.track).to.equal(0);
  });

  it('pinches to zoom around the fingers and settles within the limits', () => {
    const { surface, controller, last } = setup();
    pointer(surface, 'pointerdown', 150, 150, 1);
    pointer(surface, 'pointerdown', 250, 150, 2);
    pointer(surface, 'pointermove', 100, 150, 1);
    pointer(surface, 'pointermove', 300, 150, 2);
    expect(last().state.transform.scale).to.be.closeTo(2, 0.01);
    // The centre of the pinch (the surface's centre) stays where it was.
    expect(last().state.transform.x).to.be.closeTo(0, 0.01);
    pointer(surface, 'pointermove', -500, 150, 1);
    pointer(surface, 'pointermove', 900, 150, 2);
    expect(last().state.transform.scale).to.be.within(4, 14);
    pointer(surface, 'pointerup', -500, 150, 1);
    pointer(surface, 'pointerup', 900, 150, 2);
    expect(controller.scale).to.equal(4);
    expect(last().duration).to.be.greaterThan(0);
  });

  it('pans a zoomed image with one finger: it follows the finger, rubber-bands past its bounds and settles on them', () => {
    const { surface, controller, last } = setup();
    controller.zoomTo(2);
    // At 2× the 400×200 image is 800×400 in a 400×300 surface: it may move ±200 across, ±50 up and down.
    pointer(surface, 'pointerdown', 200, 150);
    pointer(surface, 'pointermove', 230, 165);
    pointer(surface, 'pointermove', 260, 180);
    expect(last().state.transform).to.deep.equal({ scale: 2, x: 60, y: 30 });
    // 100 px past the lower bound, it follows less and less (the rubber band of native scroll views).
    pointer(surface, 'pointermove', 260, 300);
    const pulled = last().state.transform.y;
    expect(pulled).to.be.closeTo(50 + (1 - 1 / ((100 * 0.55) / 300 + 1)) * 300, 0.01);
    pointer(surface, 'pointerup', 260, 300);
    const settled = last();
    expect(settled.state.transform.y).to.equal(50);
    // Across, it glides on the way it was moving (never back), and stops at the edge at the latest.
    expect(settled.state.transform.x).to.be.within(60, 200);
    expect(settled.state.track).to.equal(0);
    expect(settled.duration).to.be.greaterThan(0);
  });

  it('toggles zoom with a double tap, and a single tap closes when the double-tap window has passed', () => {
    const { surface, controller, log, clock } = setup();
    pointer(surface, 'pointerdown', 200, 150);
    pointer(surface, 'pointerup', 200, 150);
    pointer(surface, 'pointerdown', 202, 151);
    pointer(surface, 'pointerup', 202, 151);
    expect(controller.scale).to.equal(DOUBLE_TAP_SCALE);
    clock.tick(DOUBLE_TAP_MS * 2);
    expect(log.closes).to.equal(0);
    // A tap while zoomed resets the zoom instead of closing, once the window has passed.
    pointer(surface, 'pointerdown', 200, 150);
    pointer(surface, 'pointerup', 200, 150);
    clock.tick(DOUBLE_TAP_MS - 1);
    expect(controller.scale).to.equal(DOUBLE_TAP_SCALE);
    clock.tick(1);
    expect(controller.scale).to.equal(1);
    expect(log.closes).to.equal(0);
    // Not zoomed, a single tap closes: not before the window ends (it could still become a double tap), right after.
    pointer(surface, 'pointerdown', 200, 150);
    pointer(surface, 'pointerup', 200, 150);
    clock.tick(DOUBLE_TAP_MS - 1);
    expect(log.closes).to.equal(0);
    clock.tick(1);
    expect(log.closes).to.equal(1);
  });

  it('reports a long press after 500 ms held still (its release is no tap), and not after a move', () => {
    const { surface, log, clock } = setup();
    pointer(surface, 'pointerdown', 200, 150);
    clock.tick(499);
    expect(log.longPresses).to.equal(0);
    clock.tick(1);
    expect(log.longPresses).to.equal(1);
    pointer(surface, 'pointerup', 200, 150);
    clock.tick(DOUBLE_TAP_MS * 2);
    expect(log.closes).to.equal(0);
    pointer(surface, 'pointerdown', 200, 150);
    pointer(surface, 'pointermove', 230, 150);
    clock.tick(1000);
    pointer(surface, 'pointerup', 230, 150);
    expect(log.longPresses).to.equal(1);
  });

  it('closes on a swipe down, and springs back from a small one', async () => {
    const { surface, log, last } = setup();
    await drag(surface, [200, 100], [205, 130], 6, 40);
    expect(log.closes).to.equal(0);
    expect(last().state.dismiss).to.equal(0);
    await drag(surface, [200, 50], [205, 200], 6, 30);
    expect(log.closes).to.equal(1);
  });

  it('zooms with the wheel and ctrl+wheel (trackpad pinch) around the pointer', () => {
    const { surface, controller } = setup();
    surface.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 200, clientY: 150, cancelable: true, bubbles: true }));
    const afterWheel = controller.scale;
    expect(afterWheel).to.be.greaterThan(1);
    const pinch = new WheelEvent('wheel', { deltaY: -20, ctrlKey: true, clientX: 200, clientY: 150, cancelable: true, bubbles: true });
    surface.dispatchEvent(pinch);
    expect(pinch.defaultPrevented).to.equal(true);
    expect(controller.scale).to.be.greaterThan(afterWheel);
    surface.dispatchEvent(new WheelEvent('wheel', { deltaY: 5000, clientX: 200, clientY: 150, cancelable: true, bubbles: true }));
    expect(controller.scale).to.equal(1);
  });

  it('slides in from the side it came from, and animates nothing under reduced motion', async () => {
    const normal = setup();
    normal.controller.slideIn(1, -250);
    const [start, end] = normal.log.paints.slice(-2);
    expect(start.state.track).to.equal(-250 + 416);
    expect(start.duration).to.equal(0);
    expect(end.state.track).to.equal(0);
    expect(end.duration).to.be.greaterThan(0);
    
    const reduced = setup({ reducedMotion: true });
    reduced.controller.slideIn(1, 0);
    reduced.controller.zoomTo(2);
    await drag(reduced.surface, [200, 150], [190, 150], 4, 30);
    expect(reduced.log.paints.every((p) => p.duration === 0)).to.equal(true);
  });

  it('stops listening when detached: no paint, no tap, no long press', () => {
    const { surface, controller, log, clock } = setup();
    controller.detach();
    pointer(surface, 'pointerdown', 200, 150);
    clock.tick(1000);
    pointer(surface, 'pointerup', 200, 150);
    clock.tick(1000);
    surface.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 200, clientY: 150, cancelable: true, bubbles: true }));
    expect(log).to.deep.equal({ paints: [], navigations: [], closes: 0, longPresses: 0 });
  });

  it('as a lit ReactiveController: listens on the host surface after an update, lets go when disconnected', () => {
    const surface = document.createElement('div');
    document.body.append(surface);
    let longPresses = 0;
    const clock = new FakeClock();
    const controller = new GestureController(
      {
        surface: () => surface,
        viewport: () => ({ width: 400, height: 300 }),
        content: () => null,
        maxScale: () => 4,
        canNavigate: () => false,
        paint: () => undefined,
        navigate: () => undefined,
        close: () => undefined,
        longPress: () => longPresses++,
      },
      { timers: clock },
    );
    fixtureCleanup = () => {
      controller.detach();
      surface.remove();
    };
    controller.hostUpdated();
    pointer(surface, 'pointerdown', 10, 10);
    clock.tick(500);
    pointer(surface, 'pointerup', 10, 10);
    expect(longPresses).to.equal(1);
    controller.hostDisconnected();
    pointer(surface, 'pointerdown', 10, 10);
    clock.tick(500);
    expect(longPresses).to.equal(1);
  });
});
