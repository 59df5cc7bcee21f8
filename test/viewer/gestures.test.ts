import { expect, waitUntil } from '@open-wc/testing';
import { GestureController, DOUBLE_TAP_SCALE, type GestureHost, type GestureState } from '../../src/viewer/gestures.js';

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
  const controller = new GestureController(host, { gap: 16, reducedMotion: () => !!options.reducedMotion });
  controller.attach(surface);
  const last = () => log.paints[log.paints.length - 1];
  const remove = () => {
    controller.detach();
    surface.remove();
  };
  return { surface, controller, log, last, remove };
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
    const { surface, log, remove } = setup();
    await drag(surface, [350, 150], [100, 150], 10, 30);
    expect(log.navigations).to.have.length(1);
    expect(log.navigations[0].step).to.equal(1);
    expect(log.navigations[0].carry).to.be.closeTo(-250, 1);
    remove();
  });

  it('springs back after a short, slow drag', async () => {
    const { surface, log, last, remove } = setup();
    await drag(surface, [200, 150], [150, 150], 10, 40);
    expect(log.navigations).to.have.length(0);
    expect(last().state.track).to.equal(0);
    expect(last().duration).to.be.greaterThan(0);
    remove();
  });

  it('goes on to the next slide after a short but fast flick (momentum)', async () => {
    const { surface, log, remove } = setup();
    await drag(surface, [250, 150], [90, 150], 4, 5);
    expect(log.navigations.map((n) => n.step)).to.deep.equal([1]);
    remove();
  });

  it('rubber-bands at the ends instead of moving on', async () => {
    const { surface, log, last, remove } = setup({ index: 0 });
    pointer(surface, 'pointerdown', 50, 150);
    pointer(surface, 'pointermove', 60, 150);
    pointer(surface, 'pointermove', 350, 150);
    const pulled = last().state.track;
    expect(pulled).to.be.greaterThan(0);
    expect(pulled).to.be.lessThan(300);
    pointer(surface, 'pointerup', 350, 150);
    expect(log.navigations).to.have.length(0);
    expect(last().state.track).to.equal(0);
    remove();
  });

  it('pinches to zoom around the fingers and settles within the limits', () => {
    const { surface, controller, last, remove } = setup();
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
    remove();
  });

  it('pans a zoomed image with one finger, within its bounds', async () => {
    const { surface, controller, last, remove } = setup();
    controller.zoomTo(2);
    await drag(surface, [200, 150], [260, 180], 6, 40);
    const { x, y } = last().state.transform;
    // Bounds at 2×: x within ±200, y within ±50.
    expect(x).to.be.within(50, 200);
    expect(y).to.be.within(0, 50);
    remove();
  });

  it('toggles zoom with a double tap, and a single tap closes after the double-tap window', async () => {
    const { surface, controller, log, remove } = setup();
    pointer(surface, 'pointerdown', 200, 150);
    pointer(surface, 'pointerup', 200, 150);
    pointer(surface, 'pointerdown', 202, 151);
    pointer(surface, 'pointerup', 202, 151);
    expect(controller.scale).to.equal(DOUBLE_TAP_SCALE);
    await wait(350);
    expect(log.closes).to.equal(0);
    // A tap while zoomed resets the zoom instead of closing.
    pointer(surface, 'pointerdown', 200, 150);
    pointer(surface, 'pointerup', 200, 150);
    await wait(350);
    expect(controller.scale).to.equal(1);
    expect(log.closes).to.equal(0);
    pointer(surface, 'pointerdown', 200, 150);
    pointer(surface, 'pointerup', 200, 150);
    await wait(350);
    expect(log.closes).to.equal(1);
    remove();
  });

  it('reports a long press after 500 ms held still, and not after a move', async () => {
    const { surface, log, remove } = setup();
    pointer(surface, 'pointerdown', 200, 150);
    await wait(300);
    expect(log.longPresses).to.equal(0);
    await wait(300);
    expect(log.longPresses).to.equal(1);
    pointer(surface, 'pointerup', 200, 150);
    await wait(350);
    expect(log.closes).to.equal(0);
    pointer(surface, 'pointerdown', 200, 150);
    pointer(surface, 'pointermove', 230, 150);
    await wait(600);
    pointer(surface, 'pointerup', 230, 150);
    expect(log.longPresses).to.equal(1);
    remove();
  });

  it('closes on a swipe down, and springs back from a small one', async () => {
    const { surface, log, last, remove } = setup();
    await drag(surface, [200, 100], [205, 130], 6, 40);
    expect(log.closes).to.equal(0);
    expect(last().state.dismiss).to.equal(0);
    await drag(surface, [200, 50], [205, 200], 6, 30);
    expect(log.closes).to.equal(1);
    remove();
  });

  it('zooms with the wheel and ctrl+wheel (trackpad pinch) around the pointer', () => {
    const { surface, controller, remove } = setup();
    surface.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 200, clientY: 150, cancelable: true, bubbles: true }));
    const afterWheel = controller.scale;
    expect(afterWheel).to.be.greaterThan(1);
    const pinch = new WheelEvent('wheel', { deltaY: -20, ctrlKey: true, clientX: 200, clientY: 150, cancelable: true, bubbles: true });
    surface.dispatchEvent(pinch);
    expect(pinch.defaultPrevented).to.equal(true);
    expect(controller.scale).to.be.greaterThan(afterWheel);
    surface.dispatchEvent(new WheelEvent('wheel', { deltaY: 5000, clientX: 200, clientY: 150, cancelable: true, bubbles: true }));
    expect(controller.scale).to.equal(1);
    remove();
  });

  it('slides in from the side it came from, and animates nothing under reduced motion', async () => {
    const normal = setup();
    normal.controller.slideIn(1, -250);
    const [start, end] = normal.log.paints.slice(-2);
    expect(start.state.track).to.equal(-250 + 416);
    expect(start.duration).to.equal(0);
    expect(end.state.track).to.equal(0);
    expect(end.duration).to.be.greaterThan(0);
    normal.remove();

    const reduced = setup({ reducedMotion: true });
    reduced.controller.slideIn(1, 0);
    reduced.controller.zoomTo(2);
    await drag(reduced.surface, [200, 150], [190, 150], 4, 30);
    expect(reduced.log.paints.every((p) => p.duration === 0)).to.equal(true);
    reduced.remove();
  });

  it('stops listening when detached', async () => {
    const { surface, controller, log, remove } = setup();
    controller.detach();
    pointer(surface, 'pointerdown', 200, 150);
    await waitUntil(() => true);
    pointer(surface, 'pointerup', 200, 150);
    await wait(350);
    expect(log.paints).to.have.length(0);
    expect(log.closes).to.equal(0);
    remove();
  });
});
