import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { configure, previewMedia, previewImage, resetConfig, wx, type PreviewMediaSource } from '../../src/index.js';
import { strings } from '../../src/config.js';
import { format } from '../../src/i18n.js';
import { createTempFile, releaseTempFile } from '../../src/files/temp-store.js';
import { button, closeAll, counterText, crossOrigin, currentSlide, dialogOf, fullImage, image, popstate, sharedViewer } from '../components/image-preview.helpers.js';
import { pressChord } from '../input.js';

/** The clips of test/fixtures/media (both formats play in every engine the suite runs). */
const WEBM = '/test/fixtures/media/clip-320x240-2s.webm';
const MP4 = '/test/fixtures/media/clip-320x240-2s.mp4';
const POSTER = '/test/fixtures/media/preview-poster.jpg';
const PHOTO = image('Landscape_1.jpg');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The `<video>` of slide `index` (the current one when absent). */
function videoOf(index?: number): HTMLVideoElement | null {
  const viewer = sharedViewer();
  const slide = index === undefined ? currentSlide(viewer) : viewer.shadowRoot!.querySelector(`.slide[data-index="${index}"]`);
  return slide?.querySelector('video') ?? null;
}

/** Starts the current video, muted (so every engine lets a script start it), and waits until it plays. */
async function playCurrentVideo(): Promise<HTMLVideoElement> {
  const video = videoOf()!;
  video.muted = true;
  video.loop = true;
  await video.play();
  await waitUntil(() => !video.paused && video.currentTime > 0, 'the video did not start');
  return video;
}

describe('wx.previewMedia', () => {
  let trigger: HTMLElement | undefined;

  afterEach(async () => {
    await closeAll();
    resetConfig();
    trigger?.remove();
    trigger = undefined;
  });

  it('fails with WeChat parameter errors for missing, empty or wrong sources, and opens nothing', async () => {
    const fail = (options: unknown) => (previewMedia as (o: unknown) => Promise<unknown>)(options).then(() => 'ok', (e) => e.errMsg);
    const prefix = 'previewMedia:fail parameter error: parameter.';
    expect(await fail(undefined)).to.equal(`${prefix}sources should be Array instead of Undefined;`);
    expect(await fail({ sources: PHOTO })).to.equal(`${prefix}sources should be Array instead of String;`);
    expect(await fail({ sources: [] })).to.equal(`${prefix}sources should be non-empty Array instead of empty Array;`);
    expect(await fail({ sources: [PHOTO] })).to.equal(`${prefix}sources[0] should be Object instead of String;`);
    expect(await fail({ sources: [{ url: PHOTO }, { type: 'video' }] })).to.equal(`${prefix}sources[1].url should be String instead of Undefined;`);
    expect(await fail({ sources: [{ url: ' ' }] })).to.equal(`${prefix}sources[0].url should be non-empty String instead of empty String;`);
    expect(await fail({ sources: [{ url: PHOTO }, { url: WEBM, type: 'audio' }] })).to.equal(
      `${prefix}sources[1].type should be "image" or "video" instead of "audio";`,
    );
    expect(await fail({ sources: [{ url: WEBM, type: 'video', poster: 7 }] })).to.equal(`${prefix}sources[0].poster should be String instead of Number;`);
    expect(await fail({ sources: [{ url: PHOTO }], current: '1' })).to.equal(`${prefix}current should be Number instead of String;`);
    expect(await fail({ sources: [{ url: PHOTO }], showmenu: 'no' })).to.equal(`${prefix}showmenu should be Boolean instead of String;`);
    expect(await fail({ sources: [{ url: PHOTO }], referrerPolicy: 'everything' })).to.match(/^previewMedia:fail parameter error: parameter\.referrerPolicy should be "no-referrer" or .* instead of "everything";$/);
    expect(document.querySelector('wx-image-preview')?.open ?? false).to.equal(false);
  });

  it('opens an image and video list at current: the video has native controls and its poster, and says it is a video', async () => {
    const sources: PreviewMediaSource[] = [{ url: PHOTO }, { url: WEBM, type: 'video', poster: POSTER }, { url: MP4, type: 'video' }];
    const result = await previewMedia({ sources, current: 1 });
    expect(result).to.deep.equal({ errMsg: 'previewMedia:ok' });
    const viewer = sharedViewer();
    expect(dialogOf(viewer).open).to.equal(true);
    expect(dialogOf(viewer).getAttribute('aria-label'), 'the viewer is named for what it shows').to.equal('Photo and video viewer');
    expect(counterText(viewer)).to.equal('2 / 3');
    const video = videoOf()!;
    expect(video, 'the current slide is a video').to.be.instanceOf(HTMLVideoElement);
    expect(video.controls).to.equal(true);
    expect(new URL(video.poster).pathname).to.equal(POSTER);
    expect(video.getAttribute('aria-label')).to.equal(format(strings().videoAlt, { index: 2, total: 3 }));
    // previewMedia succeeds once the video on screen has its metadata, and loads no more than that until played.
    expect(video.preload).to.equal('metadata');
    expect(video.readyState).to.be.at.least(HTMLMediaElement.HAVE_METADATA);
    expect([video.videoWidth, video.videoHeight]).to.deep.equal([320, 240]);
    expect(video.paused, 'nothing plays by itself').to.equal(true);
    // The neighbours: the image is loaded as previewImage loads it, the next video loads nothing.
    await waitUntil(() => videoOf(2) && viewer.shadowRoot!.querySelector('.slide[data-index="0"] img'), 'neighbours not kept');
    const next = videoOf(2)!;
    expect(next.preload).to.equal('none');
    expect(next.getAttribute('aria-label')).to.equal(format(strings().videoAlt, { index: 3, total: 3 }));
    expect(next.closest('.slide')!.hasAttribute('inert'), 'a neighbour\'s controls take no focus').to.equal(true);
    // The next video loads its metadata once it is shown.
    await sendKeys({ press: 'ArrowRight' });
    expect(counterText(viewer)).to.equal('3 / 3');
    expect(next.preload).to.equal('metadata');
    await waitUntil(() => next.readyState >= HTMLMediaElement.HAVE_METADATA, 'the mp4 never loaded its metadata');
    expect(next.videoWidth).to.equal(320);
    expect(next.hasAttribute('poster')).to.equal(false);
  });

  it('downloads nothing of a video that is not on screen, and its metadata once it is', async () => {
    // test/ is served at /ranged/ by a counting file server (scripts/ranged-files.mjs).
    const run = Math.random().toString(36).slice(2);
    const served = (name: string) => executeServerCommand<{ bytesSent: number; requests: number }, { name: string; run: string }>('ranged-files-stats', { name, run });
    const clip = (name: string) => ({ url: `/ranged/fixtures/media/${name}?run=${run}`, type: 'video' as const });
    await previewMedia({ sources: [{ url: PHOTO }, clip('clip-320x240-2s.webm'), clip('clip-320x240-2s.mp4')] });
    const viewer = sharedViewer();
    await waitUntil(() => videoOf(1), 'the neighbour video was not kept');
    // Time for a request to be made, were one to be made.
    await wait(500);
    expect(await served('fixtures/media/clip-320x240-2s.webm'), 'the neighbour').to.deep.equal({ bytesSent: 0, requests: 0 });
    expect(await served('fixtures/media/clip-320x240-2s.mp4'), 'two slides away').to.deep.equal({ bytesSent: 0, requests: 0 });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => videoOf()!.readyState >= HTMLMediaElement.HAVE_METADATA, 'no metadata on screen');
    expect((await served('fixtures/media/clip-320x240-2s.webm')).bytesSent).to.be.greaterThan(0);
    await wait(500);
    expect(await served('fixtures/media/clip-320x240-2s.mp4'), 'the new neighbour').to.deep.equal({ bytesSent: 0, requests: 0 });
    expect(counterText(viewer)).to.equal('2 / 3');
  });

  it('an image slide is the same as in previewImage: type defaults to image, referrerPolicy to no-referrer', async () => {
    await previewMedia({ sources: [{ url: PHOTO }, { url: image('Landscape_2.jpg'), type: 'image' }] });
    const viewer = sharedViewer();
    const img = await fullImage(viewer);
    expect(img.naturalWidth).to.be.greaterThan(0);
    expect(img.referrerPolicy).to.equal('no-referrer');
    expect(img.alt).to.equal(format(strings().imageAlt, { index: 1, total: 2 }));
    expect(currentSlide(viewer).querySelector('video')).to.equal(null);
    await closeAll();
    await previewMedia({ sources: [{ url: PHOTO }], referrerPolicy: 'origin' });
    expect((await fullImage(sharedViewer())).referrerPolicy).to.equal('origin');
  });

  it('ArrowRight to the next slide pauses a playing video; it stays paused when shown again', async () => {
    await previewMedia({ sources: [{ url: WEBM, type: 'video' }, { url: PHOTO }] });
    const viewer = sharedViewer();
    // Focus starts on the viewer's Close button: the arrows are the viewer's.
    expect(viewer.shadowRoot!.activeElement).to.equal(button(viewer, strings().close));
    const video = await playCurrentVideo();
    await sendKeys({ press: 'ArrowRight' });
    expect(counterText(viewer)).to.equal('2 / 2');
    expect(video.paused, 'the video left behind plays on').to.equal(true);
    const at = video.currentTime;
    await sendKeys({ press: 'ArrowLeft' });
    expect(counterText(viewer)).to.equal('1 / 2');
    expect(videoOf(), 'the neighbour kept its element').to.equal(video);
    await wait(200);
    expect(video.paused).to.equal(true);
    expect(video.currentTime).to.equal(at);
  });

  it('keys sent to a focused video are its own: the arrows do not change slides', async () => {
    await previewMedia({ sources: [{ url: MP4, type: 'video' }, { url: PHOTO }] });
    const viewer = sharedViewer();
    const video = videoOf()!;
    video.focus();
    expect(viewer.shadowRoot!.activeElement, 'a video with controls takes focus').to.equal(video);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'End' });
    expect(counterText(viewer)).to.equal('1 / 2');
    // The viewer's controls take the arrows again.
    button(viewer, strings().next).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(counterText(viewer)).to.equal('2 / 2');
    // Esc closes from the video too.
    await sendKeys({ press: 'ArrowLeft' });
    video.focus();
    const back = popstate();
    await sendKeys({ press: 'Escape' });
    await back;
    expect(dialogOf(viewer).open).to.equal(false);
  });

  it('resolves cloud:// IDs of videos and posters through the resolver, and says so without one', async () => {
    await previewMedia({ sources: [{ url: 'cloud://env-1/clips/a.mp4', type: 'video' }] });
    expect(currentSlide(sharedViewer()).querySelector('[part=error]')?.textContent?.trim()).to.equal(strings().cloudNoResolver);
    await closeAll();
    const asked: string[] = [];
    configure({
      resolveCloudFileID: (id) => {
        asked.push(id);
        return id.endsWith('.mp4') ? MP4 : POSTER;
      },
    });
    await previewMedia({ sources: [{ url: 'cloud://env-1/clips/b.mp4', type: 'video', poster: 'cloud://env-1/clips/b.jpg' }] });
    expect(asked).to.deep.equal(['cloud://env-1/clips/b.mp4', 'cloud://env-1/clips/b.jpg']);
    const video = videoOf()!;
    expect(video.videoWidth).to.equal(320);
    expect(new URL(video.poster).pathname).to.equal(POSTER);
  });

  it('Escape closes: the video is paused and released, and focus goes back', async () => {
    trigger = document.createElement('button');
    trigger.textContent = 'Open media';
    document.body.append(trigger);
    trigger.focus();
    await previewMedia({ sources: [{ url: PHOTO }, { url: WEBM, type: 'video', poster: POSTER }], current: 1 });
    const viewer = sharedViewer();
    const video = await playCurrentVideo();
    const closed = new Promise((resolve) => viewer.addEventListener('close', resolve, { once: true }));
    const back = popstate();
    await sendKeys({ press: 'Escape' });
    await closed;
    await back;
    expect(dialogOf(viewer).open).to.equal(false);
    expect(video.paused).to.equal(true);
    expect(video.hasAttribute('src'), 'its download stopped').to.equal(false);
    expect(document.activeElement).to.equal(trigger);
  });

  it('plays a temp path (blob:…#.webm) and shows a temp path poster', async () => {
    const clip = await createTempFile(await (await fetch(WEBM)).blob());
    const poster = await createTempFile(await (await fetch(POSTER)).blob());
    try {
      expect(clip.split('.').pop()).to.equal('webm');
      await previewMedia({ sources: [{ url: clip, type: 'video', poster }] });
      const video = videoOf()!;
      expect(video.poster).to.equal(poster);
      expect(video.videoWidth).to.equal(320);
      await playCurrentVideo();
    } finally {
      await closeAll();
      releaseTempFile(clip);
      releaseTempFile(poster);
    }
  });

  it('plays a video and shows its poster from another site that sends no CORS headers', async () => {
    const clip = crossOrigin(MP4);
    const poster = crossOrigin(POSTER);
    expect(new URL(clip).origin).to.not.equal(location.origin);
    await previewMedia({ sources: [{ url: clip, type: 'video', poster }] });
    const video = videoOf()!;
    expect(video.src).to.equal(clip);
    expect(video.poster).to.equal(poster);
    expect([video.videoWidth, video.videoHeight]).to.deep.equal([320, 240]);
    expect(currentSlide(sharedViewer()).querySelector('[part=error]')).to.equal(null);
    await playCurrentVideo();
  });

  it('a video that cannot be loaded shows the error tile and says so, and the call still succeeds', async () => {
    const result = await previewMedia({ sources: [{ url: '/test/fixtures/media/no-such-clip.webm', type: 'video' }, { url: PHOTO }] });
    expect(result.errMsg).to.equal('previewMedia:ok');
    const viewer = sharedViewer();
    expect(currentSlide(viewer).querySelector('[part=error]')?.textContent?.trim()).to.equal(strings().videoLoadError);
    expect(counterText(viewer)).to.contain(strings().videoLoadError);
    expect(videoOf()).to.equal(null);
    // Bytes that are no video at all fail the same way. (Not a JPEG: GStreamer plays a still
    // image as a one-frame video, so WebKitGTK rightly shows it.)
    await closeAll();
    await previewMedia({ sources: [{ url: 'data:video/mp4;base64,' + btoa('this is not a video, only text '.repeat(8)), type: 'video' }] });
    await waitUntil(() => currentSlide(sharedViewer()).querySelector('[part=error]'), 'text played as a video');
  });

  it('showmenu: a video slide offers no Save Image; showmenu false hides the menu', async () => {
    await previewMedia({ sources: [{ url: WEBM, type: 'video' }, { url: PHOTO }] });
    const viewer = sharedViewer();
    const more = button(viewer, strings().moreActions);
    expect(more.disabled, 'More on a video').to.equal(true);
    button(viewer, strings().close).focus();
    await pressChord('Shift', 'F10');
    await wait(150);
    expect(document.querySelector('wx-action-sheet'), 'a menu opened over a video').to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await fullImage(viewer);
    await waitUntil(() => !more.disabled, 'More stayed off on the image');
    await closeAll();
    await previewMedia({ sources: [{ url: WEBM, type: 'video' }, { url: PHOTO }], current: 1, showmenu: false });
    const names = [...sharedViewer().shadowRoot!.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).to.not.include(strings().moreActions);
    await fullImage(sharedViewer());
    await pressChord('Shift', 'F10');
    await wait(150);
    expect(document.querySelector('wx-action-sheet')).to.equal(null);
  });

  it('is the same function on wx, calls back once, and shares the one viewer with previewImage', async () => {
    expect(wx.previewMedia).to.equal(previewMedia);
    const calls: string[] = [];
    await new Promise<void>((resolve) =>
      wx.previewMedia({
        sources: [{ url: MP4, type: 'video' }],
        success: (r) => calls.push(`success ${r.errMsg}`),
        fail: (r) => calls.push(`fail ${r.errMsg}`),
        complete: (r) => {
          calls.push(`complete ${r.errMsg}`);
          resolve();
        },
      }),
    );
    expect(calls).to.deep.equal(['success previewMedia:ok', 'complete previewMedia:ok']);
    const video = videoOf()!;
    // previewImage in the open viewer shows its images instead; the video is let go.
    await previewImage({ urls: [PHOTO] });
    expect(document.querySelectorAll('wx-image-preview').length).to.equal(1);
    expect(currentSlide(sharedViewer()).querySelector('video')).to.equal(null);
    expect(video.hasAttribute('src')).to.equal(false);
    await fullImage(sharedViewer());
    expect(dialogOf(sharedViewer()).getAttribute('aria-label'), 'images only again').to.equal('Image viewer');
  });

  it('is accessible with a video on screen', async () => {
    await previewMedia({ sources: [{ url: PHOTO }, { url: WEBM, type: 'video', poster: POSTER }], current: 1 });
    await expect(sharedViewer()).to.be.accessible();
  });
});
