import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { configure, previewImage, resetConfig, wx } from '../../src/index.js';
import { strings } from '../../src/config.js';
import { format } from '../../src/i18n.js';
import {
  button,
  closeAll,
  counterText,
  currentImage,
  currentSlide,
  fullImage,
  shownImage,
  dialogOf,
  image,
  popstate,
  sharedViewer,
} from '../components/image-preview.helpers.js';
import { loadedImage, meanDifference, orientedJpeg, pixels } from '../pictures.js';
import { setViewport, type Viewport } from '../viewport.js';

const PHOTOS = ['Landscape_0.jpg', 'Landscape_1.jpg', 'Landscape_2.jpg'].map(image);
/** A phone's viewport (480×854 CSS pixels; WebKitGTK's MiniBrowser window cannot be much narrower). */
const PHONE: Viewport = { width: 480, height: 854 };

describe('wx.previewImage', () => {
  /** A control of the page behind the viewer, for the tests that need one. */
  let trigger: HTMLElement | undefined;

  afterEach(async () => {
    await closeAll();
    resetConfig();
    trigger?.remove();
    trigger = undefined;
  });

  it('succeeds once the viewer is open and the first image is decoded on screen', async () => {
    const result = await previewImage({ urls: PHOTOS, current: PHOTOS[1] });
    expect(result).to.deep.equal({ errMsg: 'previewImage:ok' });
    const viewer = sharedViewer();
    expect(dialogOf(viewer).open).to.equal(true);
    expect(dialogOf(viewer).matches(':modal')).to.equal(true);
    expect(counterText(viewer)).to.equal('2 / 3');
    // On screen: the decoded image, or (large JPEGs) its screen-sized rendition while the full one decodes.
    const shown = shownImage(viewer)!;
    if (shown instanceof HTMLCanvasElement) expect(shown.width * shown.height).to.be.greaterThan(0);
    else expect(shown.complete && shown.naturalWidth > 0).to.equal(true);
    const img = await fullImage(viewer);
    expect(img.complete).to.equal(true);
    expect(img.naturalWidth).to.be.greaterThan(0);
    // Same-origin bytes are fetched once (with the referrer policy) and shown from a blob: URL.
    expect(img.src.startsWith('blob:')).to.equal(true);
  });

  describe('large photos', () => {
    // Each test sizes the page like a screen; the other tests get it back as it was.
    let original: Viewport;
    before(() => {
      original = { width: innerWidth, height: innerHeight };
    });
    after(async () => {
      await setViewport(original);
    });

    it('shows a large photo first as an upright, smaller rendition, then swaps in the full image', async () => {
      await setViewport({ width: 800, height: 600 });
      // Baseline (decoded scaled by ImageDecoder where the browser has it) and progressive (first
      // scan, decoded in script everywhere), EXIF-turned or not.
      for (const [file, width, height, rendition] of [
        ['Landscape_6.jpg', 1800, 1200, 'ImageDecoder' in globalThis],
        ['very-large.jpg', 4800, 3600, true],
      ] as const) {
        // A rendition is made only for a photo at least twice the screen's size.
        expect(Math.max(innerWidth / width, innerHeight / height) * devicePixelRatio, 'test viewport').to.be.at.most(0.5);
        await previewImage({ urls: [image(file)] });
        const viewer = sharedViewer();
        const shown = shownImage(viewer)!;
        if (rendition) {
          expect(shown, file).to.be.instanceOf(HTMLCanvasElement);
          const canvas = shown as HTMLCanvasElement;
          expect(canvas.width, file).to.be.lessThan(width / 2);
          expect(canvas.width / canvas.height, `${file} upright`).to.be.closeTo(width / height, 0.02);
          expect(canvas.getAttribute('role')).to.equal('img');
          expect(canvas.getAttribute('aria-label')).to.equal(format(strings().imageAlt, { index: 1, total: 1 }));
        } else {
          // No way to decode a baseline JPEG scaled here: the full image is the first one shown.
          expect(shown, file).to.be.instanceOf(HTMLImageElement);
        }
        const img = await fullImage(viewer);
        expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([width, height]);
        expect(currentSlide(viewer).querySelector('canvas'), 'the rendition is dropped').to.equal(null);
        await closeAll();
      }
    });

    it('first shows a phone photo upright and unsqueezed, for every EXIF orientation', async function () {
      // Eight photos made, shown and compared: more than 60 s in Chromium on a 2-core machine beside
      // two busy loops (`npm run test:busy`). A budget per photo bounds a failure only.
      this.timeout(8 * 30_000);
      await setViewport(PHONE);
      const picture = await loadedImage(image('Landscape_0.jpg'));
      // Upright 1200×1600 (portrait, over twice the phone's size): stored so for orientations
      // 1–4, stored 1600×1200 and turned by the EXIF for 5–8, as phone cameras write them.
      const upright = { width: 1200, height: 1600 };
      const compared = { width: 90, height: 120 };
      for (const orientation of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const what = `orientation ${orientation}`;
        const stored = orientation >= 5 ? { width: upright.height, height: upright.width } : upright;
        const blob = await orientedJpeg(picture, stored, orientation);
        const reference = await createImageBitmap(blob);
        expect([reference.width, reference.height], `${what}: the browser's own decode`).to.deep.equal([upright.width, upright.height]);
        const url = URL.createObjectURL(blob);
        try {
          await previewImage({ urls: [url] });
          const first = shownImage(sharedViewer())!;
          // Where the browser can decode a JPEG scaled, the first picture is the rendition.
          if ('ImageDecoder' in globalThis) expect(first, what).to.be.instanceOf(HTMLCanvasElement);
          const [width, height] = first instanceof HTMLCanvasElement ? [first.width, first.height] : [first.naturalWidth, first.naturalHeight];
          expect(width / height, `${what}: aspect`).to.be.closeTo(upright.width / upright.height, 0.02);
          const mirrored = await createImageBitmap(reference, { imageOrientation: 'flipY' });
          const [shown, expected, flipped] = await Promise.all([pixels(first, compared), pixels(reference, compared), pixels(mirrored, compared)]);
          expect(meanDifference(shown, expected), what).to.be.lessThan(8);
          // The photo is not flat: the same picture upside down is several times further off.
          expect(meanDifference(shown, flipped), `${what}, flipped`).to.be.greaterThan(3 * meanDifference(shown, expected));
          reference.close();
          mirrored.close();
          await closeAll();
        } finally {
          URL.revokeObjectURL(url);
        }
      }
    });
  });

  it('is the same function on wx, and calls with callbacks get success and complete once', async () => {
    expect(wx.previewImage).to.equal(previewImage);
    const calls: string[] = [];
    await new Promise<void>((resolve) =>
      wx.previewImage({
        urls: PHOTOS,
        success: (r) => calls.push(`success ${r.errMsg}`),
        fail: (r) => calls.push(`fail ${r.errMsg}`),
        complete: (r) => {
          calls.push(`complete ${r.errMsg}`);
          resolve();
        },
      }),
    );
    expect(calls).to.deep.equal(['success previewImage:ok', 'complete previewImage:ok']);
  });

  it('takes current as a url, an index, or starts at the first image for anything else', async () => {
    await previewImage({ urls: PHOTOS, current: 2 });
    expect(counterText(sharedViewer())).to.equal('3 / 3');
    await previewImage({ urls: PHOTOS, current: '/not/in/the/list.jpg' });
    expect(counterText(sharedViewer())).to.equal('1 / 3');
    await previewImage({ urls: PHOTOS, current: 7 });
    expect(counterText(sharedViewer())).to.equal('1 / 3');
  });

  it('reuses one viewer element for every call', async () => {
    await previewImage({ urls: PHOTOS });
    await previewImage({ urls: [PHOTOS[2]] });
    expect(document.querySelectorAll('wx-image-preview').length).to.equal(1);
    expect(counterText(sharedViewer())).to.equal('1 / 1');
  });

  it('fails with WeChat parameter errors for missing, empty or wrong urls', async () => {
    const fail = (options: unknown) => (previewImage as (o: unknown) => Promise<unknown>)(options).catch((e) => e.errMsg);
    expect(await fail({})).to.equal('previewImage:fail parameter error: parameter.urls should be Array instead of Undefined;');
    expect(await fail({ urls: 'a.jpg' })).to.equal('previewImage:fail parameter error: parameter.urls should be Array instead of String;');
    expect(await fail({ urls: [] })).to.equal(
      'previewImage:fail parameter error: parameter.urls should be non-empty Array of Strings instead of empty Array;',
    );
    expect(await fail({ urls: [PHOTOS[0], 42] })).to.equal(
      'previewImage:fail parameter error: parameter.urls should be non-empty Array of Strings instead of Array;',
    );
    expect(await fail({ urls: PHOTOS, current: {} })).to.equal(
      'previewImage:fail parameter error: parameter.current should be String or Number instead of Object;',
    );
    expect(await fail({ urls: PHOTOS, showmenu: 'yes' })).to.equal(
      'previewImage:fail parameter error: parameter.showmenu should be Boolean instead of String;',
    );
    expect(document.querySelector('wx-image-preview')?.open ?? false).to.equal(false);
  });

  it('shows an error tile for an image that cannot load, and still succeeds', async () => {
    const result = await previewImage({ urls: [image('no-such-file.jpg'), PHOTOS[0]] });
    expect(result.errMsg).to.equal('previewImage:ok');
    const viewer = sharedViewer();
    const tile = currentSlide(viewer).querySelector('[part=error]');
    expect(tile?.textContent?.trim()).to.equal(strings().imageLoadError);
    expect(currentImage(viewer)).to.equal(null);
  });

  it('shows the resolver message for cloud:// ids without a resolver, and resolves them with one', async () => {
    await previewImage({ urls: ['cloud://env-1/photos/a.jpg'] });
    expect(currentSlide(sharedViewer()).querySelector('[part=error]')?.textContent?.trim()).to.equal(strings().cloudNoResolver);
    await closeAll();
    const asked: string[] = [];
    configure({
      resolveCloudFileID: (id) => {
        asked.push(id);
        return PHOTOS[2];
      },
    });
    await previewImage({ urls: ['cloud://env-1/photos/b.jpg'] });
    expect(asked).to.deep.equal(['cloud://env-1/photos/b.jpg']);
    expect((await fullImage(sharedViewer())).naturalWidth).to.be.greaterThan(0);
  });

  it('sets referrerPolicy on every image: no-referrer by default, or the one asked for', async () => {
    await previewImage({ urls: PHOTOS, current: 1 });
    const viewer = sharedViewer();
    await waitUntil(() => viewer.shadowRoot!.querySelectorAll('img').length === 3, 'neighbours not preloaded');
    expect([...viewer.shadowRoot!.querySelectorAll('img')].map((img) => img.referrerPolicy)).to.deep.equal([
      'no-referrer',
      'no-referrer',
      'no-referrer',
    ]);
    await closeAll();
    await previewImage({ urls: PHOTOS, referrerPolicy: 'origin' });
    expect((await fullImage(sharedViewer())).referrerPolicy).to.equal('origin');
  });

  it('keeps at most the current image and its two neighbours decoded', async () => {
    const urls = ['Landscape_0.jpg', 'Landscape_1.jpg', 'Landscape_2.jpg', 'Landscape_3.jpg', 'Landscape_4.jpg', 'Landscape_5.jpg'].map(image);
    await previewImage({ urls, current: 0 });
    const viewer = sharedViewer();
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'ArrowRight' });
      const indexes = [...viewer.shadowRoot!.querySelectorAll('.slide')].map((slide) => Number((slide as HTMLElement).dataset.index));
      expect(indexes.every((index) => Math.abs(index - viewer.index) <= 1)).to.equal(true);
      expect(viewer.shadowRoot!.querySelectorAll('img').length).to.be.at.most(3);
    }
    expect(counterText(viewer)).to.equal('6 / 6');
  });

  it('moves with ←/→/Home/End, reports change, and Esc closes and gives focus back', async () => {
    trigger = document.createElement('button');
    trigger.textContent = 'Open photos';
    document.body.append(trigger);
    trigger.focus();
    await previewImage({ urls: PHOTOS });
    const viewer = sharedViewer();
    expect(viewer.shadowRoot!.activeElement).to.equal(button(viewer, strings().close));
    const changes: number[] = [];
    viewer.addEventListener('change', (e) => changes.push(e.detail.index));
    await sendKeys({ press: 'ArrowRight' });
    expect(counterText(viewer)).to.equal('2 / 3');
    await sendKeys({ press: 'End' });
    expect(counterText(viewer)).to.equal('3 / 3');
    await sendKeys({ press: 'ArrowRight' });
    expect(counterText(viewer)).to.equal('3 / 3');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(counterText(viewer)).to.equal('1 / 3');
    expect(changes).to.deep.equal([1, 2, 0]);
    const back = popstate();
    await sendKeys({ press: 'Escape' });
    expect(dialogOf(viewer).open).to.equal(false);
    await back;
    expect(document.activeElement).to.equal(trigger);
  });

  it('closes on Back: history.back() after opening', async () => {
    history.replaceState({ page: 'list' }, '');
    await previewImage({ urls: PHOTOS });
    const viewer = sharedViewer();
    expect(history.state).to.not.deep.equal({ page: 'list' });
    const closed = new Promise((resolve) => viewer.addEventListener('close', resolve, { once: true }));
    history.back();
    await closed;
    expect(dialogOf(viewer).open).to.equal(false);
    expect(viewer.open).to.equal(false);
    expect(history.state).to.deep.equal({ page: 'list' });
  });

  it('closing by Esc pops only its own entry', async () => {
    history.pushState({ page: 'gallery' }, '');
    const length = history.length;
    await previewImage({ urls: PHOTOS });
    expect(history.length).to.equal(length + 1);
    expect(history.state.page).to.equal('gallery');
    const back = popstate();
    await sendKeys({ press: 'Escape' });
    await back;
    expect(history.state).to.deep.equal({ page: 'gallery' });
    // Nothing else goes back later.
    await new Promise((r) => setTimeout(r, 100));
    expect(history.state).to.deep.equal({ page: 'gallery' });
  });

  it('never pops an entry the page pushed while the viewer was open', async () => {
    await previewImage({ urls: PHOTOS });
    history.pushState({ page: 'details' }, '');
    let popped = false;
    const onPop = () => (popped = true);
    window.addEventListener('popstate', onPop);
    button(sharedViewer(), strings().close).click();
    await new Promise((r) => setTimeout(r, 150));
    window.removeEventListener('popstate', onPop);
    expect(popped).to.equal(false);
    expect(history.state).to.deep.equal({ page: 'details' });
    expect(sharedViewer().open).to.equal(false);
  });

  it('locks the page scroll while open and restores it after', async () => {
    document.documentElement.style.overflow = 'auto';
    await previewImage({ urls: PHOTOS });
    expect(document.documentElement.style.overflow).to.equal('hidden');
    await closeAll();
    expect(document.documentElement.style.overflow).to.equal('auto');
    document.documentElement.style.overflow = '';
  });
});
