// Video slides of <wx-image-preview> (previewMedia) under a real mouse: the video's own controls
// keep their clicks and drags; the viewer's gestures work around the video.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { WxImagePreview } from '../../components/image-preview/image-preview.js';
import '../../components/image-preview/define.js';
import type { PreviewMediaSource } from '../../src/apis/preview-media.js';
import { strings } from '../../src/config.js';
import { itIn } from '../engine.js';
import { dragMouse, mouseSeenAt } from '../input.js';
import { setViewport, type Viewport } from '../viewport.js';
import { DOUBLE_TAP_MS } from '../../src/viewer/gesture-host.js';
import { afterTimersOf, closeAll, counterText, currentSlide, dialogOf, image, middleOf } from './image-preview.helpers.js';

const CLIP: PreviewMediaSource = { url: '/test/fixtures/media/clip-320x240-2s.webm', type: 'video', poster: '/test/fixtures/media/preview-poster.jpg' };
const PHOTO: PreviewMediaSource = { url: image('Landscape_1.jpg') };
/** Taller than wide: the 4:3 clip spans the width, with room above and below it for the viewer's gestures. */
const PORTRAIT: Viewport = { width: 600, height: 800 };

/** A declarative viewer of `sources`, opened by its `open` attribute; resolves after its success event. */
async function openViewer(sources: PreviewMediaSource[], showmenu = 'true'): Promise<WxImagePreview> {
  const el = await fixture<WxImagePreview>(html`<wx-image-preview .sources=${sources} showmenu=${showmenu}></wx-image-preview>`);
  const success = oneEvent(el, 'success');
  el.setAttribute('open', '');
  const { detail } = await success;
  expect(detail.errMsg).to.equal('previewMedia:ok');
  return el;
}

function videoIn(el: WxImagePreview): HTMLVideoElement {
  const video = currentSlide(el).querySelector('video');
  if (!video) throw new Error('the current slide shows no video');
  return video;
}

/** A point of the stage below the video (the clip is centred, fitted to the width). */
function belowVideo(video: HTMLVideoElement): [number, number] {
  const box = video.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round((box.bottom + innerHeight) / 2)];
}

/**
 * A horizontal drag of `dx` from `from`, released where it ends. A swipe of more than half the
 * width moves on by its distance alone; a shorter one only by its speed, which the moves (one
 * command) need not have on a loaded machine.
 */
async function drag(from: [number, number], dx: number): Promise<void> {
  await dragMouse([0, 0.2, 0.4, 0.6, 0.8, 1].map((step) => [Math.round(from[0] + dx * step), from[1]]));
}

/** Two thirds of the width, leftwards from near the right edge: past the half at which a swipe moves on. */
const SWIPE = -400;
const swipeStart = (x: number): number => x + 250;

describe('<wx-image-preview> video slides', () => {
  let original: Viewport;
  before(async () => {
    original = { width: innerWidth, height: innerHeight };
    await setViewport(PORTRAIT);
  });
  after(async () => {
    await setViewport(original);
  });
  afterEach(async () => {
    await resetMouse();
    await closeAll();
  });

  it('focus on a video that is swiped away stays in the viewer (not on a slide off screen), where the arrows work again', async () => {
    const el = await openViewer([CLIP, PHOTO]);
    const video = videoIn(el);
    video.focus();
    expect(el.shadowRoot!.activeElement).to.equal(video);
    const [bx, by] = belowVideo(video);
    await drag([swipeStart(bx), by], SWIPE);
    await waitUntil(() => counterText(el) === '2 / 2', 'the swipe beside the video did not move on');
    const focused = el.shadowRoot!.activeElement;
    expect(focused, 'focus left the viewer').to.not.equal(null);
    expect(focused!.closest('.slide'), 'focus stayed on a slide off screen').to.equal(null);
    await sendKeys({ press: 'ArrowLeft' });
    expect(counterText(el)).to.equal('1 / 2');
  });

  it('fits the video to its own shape, with room around it', async () => {
    const el = await openViewer([CLIP, PHOTO]);
    const box = videoIn(el).getBoundingClientRect();
    expect(box.width).to.be.closeTo(innerWidth, 1);
    expect(box.width / box.height).to.be.closeTo(320 / 240, 0.02);
    expect(box.top, 'room above').to.be.greaterThan(100);
    expect(innerHeight - box.bottom, 'room below').to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('a click on the video is the video\'s (it plays); the viewer neither closes nor swipes; a click beside it closes', async () => {
    const el = await openViewer([CLIP, PHOTO]);
    const video = videoIn(el);
    expect(video.paused).to.equal(true);
    // A click on the picture plays it in every engine's native controls (Firefox's never show the
    // page the events: its controls take them first).
    await sendMouse({ type: 'click', position: middleOf(video) });
    await waitUntil(() => !video.paused, 'the click did not reach the video\'s controls');
    // Past the double-tap window, when a tap on the stage would have closed the viewer.
    await afterTimersOf(DOUBLE_TAP_MS);
    expect(dialogOf(el).open).to.equal(true);
    expect(counterText(el)).to.equal('1 / 2');
    await sendMouse({ type: 'click', position: belowVideo(video) });
    await waitUntil(() => !dialogOf(el).open, 'a tap beside the video did not close the viewer');
    expect(video.paused, 'closing pauses').to.equal(true);
  });

  it('a drag that starts on the video moves no slide; one that starts beside it swipes on and pauses the video', async () => {
    const el = await openViewer([CLIP, PHOTO]);
    const video = videoIn(el);
    const [x, y] = middleOf(video);
    await drag([swipeStart(x), y], SWIPE);
    // The viewer decides on the release: once the page has seen a later move, it has decided.
    await mouseSeenAt(belowVideo(video));
    expect(counterText(el)).to.equal('1 / 2');
    video.muted = true;
    await video.play();
    await waitUntil(() => !video.paused, 'the video did not start');
    const [bx, by] = belowVideo(video);
    await drag([swipeStart(bx), by], SWIPE);
    await waitUntil(() => counterText(el) === '2 / 2', 'the swipe beside the video did not move on');
    expect(video.paused).to.equal(true);
  });

  it('a drag down beside the video takes the video along, as it does an image', async () => {
    const el = await openViewer([CLIP, PHOTO]);
    const video = videoIn(el);
    const box = video.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top - 40);
    await dragMouse([0, 30, 60, 90, 120].map((dy) => [x, y + dy]), false);
    // Chromium hands mouse moves to the page with its next frame, which a loaded machine may not have run yet.
    const followed = /^translate3d\(0px, 120px, 0px\) scale\(0\.9\d*\)$/;
    await waitUntil(() => followed.test(video.style.transform), 'the video did not follow the drag down');
    await sendMouse({ type: 'up' });
  });

  it('the menu on a video: the More button is off (no Save Image for a video); on the image it is on', async () => {
    const el = await openViewer([CLIP, PHOTO]);
    const more = () => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === strings().moreActions)!;
    expect(more().disabled).to.equal(true);
    await el.goTo(1);
    await waitUntil(() => !more().disabled, 'More stayed off on the image');
  });

  // WebKitGTK's driver releases every mouse button as the left one (see image-preview.test.ts).
  itIn(['chromium', 'firefox'], 'a right click on a video leaves the browser its own video menu, or none with showmenu="false" (not in WebKitGTK: its driver cannot release a right button)', async () => {
    for (const [showmenu, prevented] of [['true', false], ['false', true]] as const) {
      const el = await openViewer([CLIP, PHOTO], showmenu);
      const video = videoIn(el);
      // What the viewer decided, read on the document (after the viewer's listener on its dialog);
      // then the test stops the browser's menu itself: a native menu left open would take the next input.
      let decided: boolean | undefined;
      const onContextMenu = (event: Event) => {
        decided = event.defaultPrevented;
        event.preventDefault();
      };
      document.addEventListener('contextmenu', onContextMenu);
      await sendMouse({ type: 'click', position: middleOf(video), button: 'right' });
      await waitUntil(() => decided !== undefined, 'the right click never reached the page');
      document.removeEventListener('contextmenu', onContextMenu);
      expect(decided, `showmenu=${showmenu}: the browser's menu prevented`).to.equal(prevented);
      expect(document.querySelector('wx-action-sheet'), 'the viewer\'s menu opened on a video').to.equal(null);
      await closeAll();
      el.remove();
    }
  });
});
