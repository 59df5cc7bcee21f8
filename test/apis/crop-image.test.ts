import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { cropImage, wx } from '../../src/index.js';
import { createTempPath, getTempFile, releaseAllTempFiles } from '../../src/files/temp-store.js';
import { sniffBlob } from '../../src/image/sniff.js';
import { FRAME_MARGIN, MOVE_STEP, ZOOM_STEP } from '../../src/viewer/crop-frame.js';
import { meanDifference, thumbnail } from '../compress/pictures.js';
import { itIn } from '../engine.js';
import { pinch, turnWheel } from '../input.js';
import { setViewport } from '../viewport.js';
import { coverScale, fixture, FIXTURES, gradientOrigin, gradientPng, middleOf, openCropper, partOf, picture } from './crop-image.helpers.js';

/** The errMsg a call fails with. */
async function failure(options: unknown): Promise<string> {
  return (cropImage as (o: unknown) => Promise<unknown>)(options).then(
    () => 'succeeded',
    (result: { errMsg: string }) => result.errMsg,
  );
}

/** A call's outcome, success or fail, handled from the start (a cancel is no unhandled rejection). */
function attempt(options: Parameters<typeof cropImage>[0]): Promise<{ errMsg: string; tempFilePath?: string }> {
  return cropImage(options).then(
    (result) => result,
    (fail: { errMsg: string }) => fail,
  );
}

/** The temp path of a call that succeeded. */
async function cropped(call: Promise<{ errMsg: string; tempFilePath?: string }>): Promise<string> {
  const result = await call;
  expect(result.errMsg).to.equal('cropImage:ok');
  return result.tempFilePath!;
}

describe('wx.cropImage', () => {
  let landscape: string; // Landscape_1.jpg: 1800×1200, Orientation 1
  let gradient: string; // 900×600 PNG, see gradientPng
  before(async () => {
    landscape = createTempPath(await fixture('Landscape_1.jpg'), 'jpg');
    gradient = createTempPath(await gradientPng(900, 600), 'png');
  });
  after(() => releaseAllTempFiles());
  afterEach(async () => {
    await resetMouse();
    document.querySelectorAll('wx-crop-dialog').forEach((el) => el.remove());
  });

  describe('parameters', () => {
    it('fails without src or cropScale, with a cropScale not in the list, or with the wrong types, before opening anything', async () => {
      expect(await failure({ cropScale: '1:1' })).to.equal('cropImage:fail parameter error: parameter.src should be String instead of Undefined;');
      expect(await failure({ src: landscape })).to.equal('cropImage:fail parameter error: parameter.cropScale should be String instead of Undefined;');
      expect(await failure({ src: landscape, cropScale: '2:1' })).to.equal(
        'cropImage:fail parameter error: parameter.cropScale should be "16:9" or "9:16" or "4:3" or "3:4" or "5:4" or "4:5" or "1:1" instead of "2:1";',
      );
      expect(await failure({ src: 42, cropScale: '1:1' })).to.equal('cropImage:fail parameter error: parameter.src should be String instead of Number;');
      expect(await failure({ src: landscape, cropScale: 1 })).to.equal('cropImage:fail parameter error: parameter.cropScale should be String instead of Number;');
      expect(await failure('1:1')).to.equal('cropImage:fail parameter error: parameter should be Object instead of String;');
      expect(document.querySelector('wx-crop-dialog'), 'no cropper for a bad call').to.equal(null);
    });

    it('fails for an empty src, a scheme it does not read, a released temp path and bytes that are no image', async () => {
      expect(await failure({ src: '', cropScale: '1:1' })).to.equal('cropImage:fail invalid url');
      expect(await failure({ src: 'ftp://example.com/a.jpg', cropScale: '1:1' })).to.equal('cropImage:fail invalid url');
      const released = createTempPath(await fixture('Landscape_1.jpg'), 'jpg');
      wx.releaseTempFile(released);
      expect(await failure({ src: released, cropScale: '1:1' })).to.equal('cropImage:fail file not found');
      const text = createTempPath(new Blob(['not an image']), 'txt');
      expect(await failure({ src: text, cropScale: '1:1' })).to.equal('cropImage:fail invalid image');
      expect(document.querySelector('wx-crop-dialog')).to.equal(null);
    });

    it('fails with invalid image for a HEIC where this browser cannot show one, and crops it where it can', async () => {
      const blob = await fixture('sample.heic');
      const url = URL.createObjectURL(blob);
      const probe = new Image();
      probe.src = url;
      const shows = await probe.decode().then(() => true, () => false);
      URL.revokeObjectURL(url);
      const heic = createTempPath(blob, 'heic');
      const call = attempt({ src: heic, cropScale: '1:1' });
      if (!shows) {
        expect((await call).errMsg).to.equal('cropImage:fail invalid image');
        expect(document.querySelector('wx-crop-dialog'), 'the cropper closed').to.equal(null);
        return;
      }
      await openCropper();
      await sendKeys({ press: 'Enter' });
      const out = await picture(await cropped(call));
      expect(out.width, 'a square crop').to.equal(out.height);
    });

    it('calls success/complete callbacks instead of returning a Promise when given one', async () => {
      const calls: string[] = [];
      const done = new Promise<void>((resolve) => {
        const returned = wx.cropImage({
          src: landscape,
          cropScale: '1:1',
          success: (res) => calls.push(`success ${res.errMsg}`),
          fail: (res) => calls.push(`fail ${res.errMsg}`),
          complete: () => resolve(),
        });
        expect(returned).to.equal(undefined);
      });
      await openCropper();
      await sendKeys({ press: 'Escape' });
      await done;
      expect(calls).to.deep.equal(['fail cropImage:fail cancel']);
    });
  });

  describe('confirmed by Enter without moving', () => {
    const cases: [string, number, number][] = [
      ['1:1', 1200, 1200],
      ['16:9', 1800, 1013], // 1800 × 9 / 16 = 1012.5, rounded
      ['9:16', 675, 1200],
      ['4:3', 1600, 1200],
      ['4:5', 960, 1200],
    ];
    for (const [cropScale, width, height] of cases) {
      it(`${cropScale} of a 1800×1200 photo is the centred ${width}×${height} at its own resolution, a .jpg`, async () => {
        const call = attempt({ src: landscape, cropScale: cropScale as '1:1' });
        await openCropper();
        await sendKeys({ press: 'Enter' });
        const tempFilePath = await cropped(call);
        expect(tempFilePath.split('.').pop()).to.equal('jpg');
        expect(await sniffBlob(getTempFile(tempFilePath)!)).to.equal('jpeg');
        const out = await picture(tempFilePath);
        expect([out.width, out.height]).to.deep.equal([width, height]);
      });
    }

    it('applies the EXIF orientation: Landscape_6 (stored 1200×1800) crops upright, as Landscape_1 does', async () => {
      const rotated = createTempPath(await fixture('Landscape_6.jpg'), 'jpg');
      const crop = async (src: string) => {
        const call = attempt({ src, cropScale: '16:9' });
        await openCropper();
        await sendKeys({ press: 'Enter' });
        return await cropped(call);
      };
      const [fromRotated, fromUpright] = [await crop(rotated), await crop(landscape)];
      const raw = await picture(fromRotated, 'none');
      expect([raw.width, raw.height], 'stored upright: no orientation left to apply').to.deep.equal([1800, 1013]);
      const difference = meanDifference(await thumbnail(getTempFile(fromRotated)!), await thumbnail(getTempFile(fromUpright)!));
      expect(difference, 'the same picture').to.be.lessThan(8);
    });

    it('keeps PNG as PNG, pixel for pixel: the centred 600×600 of a 900×600 picture starts at x 150', async () => {
      const call = attempt({ src: gradient, cropScale: '1:1' });
      await openCropper();
      await sendKeys({ press: 'Enter' });
      const tempFilePath = await cropped(call);
      expect(tempFilePath.split('.').pop()).to.equal('png');
      const out = await picture(tempFilePath);
      expect([out.width, out.height]).to.deep.equal([600, 600]);
      expect(gradientOrigin(out.pixel(0, 0))).to.deep.equal({ x: 148, y: 0 });
      expect(gradientOrigin(out.pixel(599, 599))).to.deep.equal({ x: 748, y: 596 });
    });
  });

  describe('large photos', () => {
    it('shows a screen-sized, upright rendition first, then the picture itself, and crops at full resolution', async function (this: Mocha.Context) {
      // Several large photos decoded, shown and cropped at full resolution: more than 60 s in
      // Chromium beside two busy loops (`npm run test:busy`). It bounds a failure only.
      this.timeout(4 * 60_000);
      const original = { width: innerWidth, height: innerHeight };
      try {
        await setViewport({ width: 800, height: 600 });
        // Baseline (decoded scaled by ImageDecoder where the browser has it) and progressive (first
        // scan, decoded in script everywhere), EXIF-turned or not; as in the viewer.
        for (const [file, width, height, rendition, output] of [
          ['Landscape_6.jpg', 1800, 1200, 'ImageDecoder' in globalThis, [1600, 1200]],
          ['very-large.jpg', 4800, 3600, true, [4800, 3600]], // 4:3 of a 4:3 photo: all of it
        ] as const) {
          expect(Math.max(innerWidth / width, innerHeight / height) * devicePixelRatio, 'test viewport').to.be.at.most(0.5);
          const call = attempt({ src: `${FIXTURES}${file}`, cropScale: '4:3' });
          await waitUntil(() => document.querySelector('wx-crop-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'no cropper opened');
          const cropper = document.querySelector('wx-crop-dialog')!;
          const preview = cropper.preview;
          if (rendition) {
            expect(preview, file).to.be.instanceOf(ImageBitmap);
            expect(preview!.width, file).to.be.lessThan(width / 2);
            expect(preview!.width / preview!.height, `${file} upright`).to.be.closeTo(width / height, 0.02);
            // On screen until the picture itself has decoded, which a quick machine may have done by now.
            const canvas = cropper.shadowRoot!.querySelector('canvas');
            if (canvas) {
              expect([canvas.width, canvas.height], file).to.deep.equal([preview!.width, preview!.height]);
              expect(canvas.getAttribute('aria-hidden')).to.equal('true');
            }
          } else {
            expect(preview, `${file}: no way to decode it scaled here`).to.equal(undefined);
            expect(cropper.shadowRoot!.querySelector('canvas')).to.equal(null);
          }
          expect(await cropper.loaded).to.equal(true);
          await cropper.updateComplete;
          expect(cropper.shadowRoot!.querySelector('canvas'), 'the rendition is dropped').to.equal(null);
          expect(getComputedStyle(cropper.shadowRoot!.querySelector('img')!).visibility).to.equal('visible');
          await sendKeys({ press: 'Enter' });
          const out = await picture(await cropped(call));
          expect([out.width, out.height], file).to.deep.equal(output);
        }
      } finally {
        await setViewport(original);
      }
    });
  });

  describe('moving and zooming', () => {
    it('the arrow keys move the picture under the frame: Right shows more of its left, Left more of its right', async () => {
      const call = attempt({ src: gradient, cropScale: '1:1' });
      const cropper = await openCropper();
      const cover = coverScale(cropper, 600);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      const out = await picture(await cropped(call));
      expect([out.width, out.height]).to.deep.equal([600, 600]);
      const expected = 150 - (3 * MOVE_STEP) / cover;
      expect(gradientOrigin(out.pixel(0, 0)).x).to.be.closeTo(expected, 5);

      const again = attempt({ src: gradient, cropScale: '1:1' });
      await openCropper();
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Enter' });
      const moved = await picture(await cropped(again));
      expect(gradientOrigin(moved.pixel(0, 0)).x).to.be.closeTo(150 + MOVE_STEP / cover, 5);
    });

    it('Up and Down do nothing where the picture already fills the frame from top to bottom', async () => {
      const call = attempt({ src: gradient, cropScale: '1:1' });
      await openCropper();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      const out = await picture(await cropped(call));
      expect(gradientOrigin(out.pixel(0, 0)).y).to.equal(0);
    });

    it('+ zooms in (a smaller region, still at the picture\'s own pixels), − zooms out, never below covering the frame', async () => {
      const call = attempt({ src: landscape, cropScale: '1:1' });
      const cropper = await openCropper();
      await sendKeys({ press: '+' });
      expect(cropper.zoom).to.be.closeTo(ZOOM_STEP, 1e-9);
      await sendKeys({ press: 'Enter' });
      const zoomed = await picture(await cropped(call));
      expect([zoomed.width, zoomed.height]).to.deep.equal([960, 960]); // 1200 / 1.25

      const again = attempt({ src: landscape, cropScale: '1:1' });
      const second = await openCropper();
      await sendKeys({ press: '+' });
      await sendKeys({ press: '+' });
      await sendKeys({ press: '-' });
      await sendKeys({ press: '-' });
      await sendKeys({ press: '-' });
      expect(second.zoom, 'the least zoom covers the frame').to.equal(1);
      await sendKeys({ press: 'Enter' });
      const out = await picture(await cropped(again));
      expect([out.width, out.height]).to.deep.equal([1200, 1200]);
    });

    it('says the zoom in a status region once it settles', async () => {
      const call = attempt({ src: landscape, cropScale: '1:1' });
      const cropper = await openCropper();
      await sendKeys({ press: '+' });
      const status = cropper.shadowRoot!.querySelector('[role=status]')!;
      await new Promise((r) => setTimeout(r, 400));
      expect(status.textContent).to.equal('Zoom 125%');
      await sendKeys({ press: 'Escape' });
      expect((await call).errMsg).to.equal('cropImage:fail cancel');
    });

    it('a mouse drag moves the picture, and stops where the frame would leave it', async () => {
      const call = attempt({ src: gradient, cropScale: '1:1' });
      const cropper = await openCropper();
      const cover = coverScale(cropper, 600);
      const [x, y] = middleOf(partOf(cropper, 'frame'));
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x - 20, y] });
      await sendMouse({ type: 'move', position: [x - 40, y] });
      await sendMouse({ type: 'up' });
      expect(cropper.region.x).to.be.closeTo(150 + 40 / cover, 1);
      // Far to the right: the frame reaches the picture's left edge and goes no further.
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 200, y + 150] });
      await sendMouse({ type: 'move', position: [x + 350, y + 250] });
      await sendMouse({ type: 'up' });
      await sendKeys({ press: 'Enter' });
      const out = await picture(await cropped(call));
      expect([out.width, out.height]).to.deep.equal([600, 600]);
      expect(gradientOrigin(out.pixel(0, 0))).to.deep.equal({ x: 0, y: 0 });
    });

    it('the mouse wheel zooms in (turned up) and out (down), never below covering the frame', async () => {
      const call = attempt({ src: landscape, cropScale: '1:1' });
      const cropper = await openCropper();
      const [x, y] = middleOf(partOf(cropper, 'frame'));
      // What reached the page, to say so if the zoom does not come.
      const wheels: string[] = [];
      const listening = new AbortController();
      const note = (e: WheelEvent) => wheels.push(`${e.deltaY}@${e.clientX},${e.clientY} on ${(e.composedPath()[0] as Element).className}`);
      window.addEventListener('wheel', note, { capture: true, signal: listening.signal });
      await sendMouse({ type: 'move', position: [x, y] });
      await turnWheel(x, y, -100);
      await waitUntil(() => cropper.zoom > 1, `the wheel did not zoom: ${wheels.join('; ') || 'no wheel event'}`);
      const zoomed = cropper.zoom;
      expect(zoomed).to.be.closeTo(Math.exp(0.2), 1e-6);
      await sendKeys({ press: 'Enter' });
      const out = await picture(await cropped(call));
      expect(out.width).to.equal(Math.round(1200 / zoomed));

      const again = attempt({ src: landscape, cropScale: '1:1' });
      const second = await openCropper();
      await turnWheel(x, y, 300);
      await new Promise((r) => setTimeout(r, 100));
      expect(second.zoom).to.equal(1);
      await sendKeys({ press: 'Escape' });
      expect((await again).errMsg).to.equal('cropImage:fail cancel');
      listening.abort();
    });

    it('keeps the same part of the picture framed when the window is resized, and the frame inside the picture', async () => {
      const original = { width: innerWidth, height: innerHeight };
      try {
        const call = attempt({ src: gradient, cropScale: '1:1' });
        const cropper = await openCropper();
        await sendKeys({ press: '+' });
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowLeft' });
        const before = cropper.region;
        await setViewport({ width: 520, height: 700 });
        await waitUntil(() => Math.round(partOf(cropper, 'frame').getBoundingClientRect().width) === 520 - 2 * FRAME_MARGIN, 'the frame did not follow the window');
        const after = cropper.region;
        expect(after.x).to.be.closeTo(before.x, 0.5);
        expect(after.width).to.be.closeTo(before.width, 0.5);
        await sendKeys({ press: 'Enter' });
        const out = await picture(await cropped(call));
        expect([out.width, out.height]).to.deep.equal([480, 480]); // 600 / 1.25
        expect(gradientOrigin(out.pixel(0, 0)).x).to.be.closeTo(before.x, 4);
      } finally {
        await setViewport(original);
      }
    });

    itIn(['chromium', 'firefox'], 'a pinch zooms by the fingers\' spread (not in WebKitGTK: its driver has no multi-touch)', async () => {
      const call = attempt({ src: landscape, cropScale: '1:1' });
      const cropper = await openCropper();
      const [x, y] = middleOf(partOf(cropper, 'frame'));
      await pinch([[x - 50, y], [x + 50, y]], [[x - 100, y], [x + 100, y]]);
      expect(cropper.zoom).to.be.closeTo(2, 0.05);
      await sendKeys({ press: 'Enter' });
      const out = await picture(await cropped(call));
      expect(out.width).to.be.closeTo(600, 20);
      expect(out.width).to.equal(out.height);
    });
  });

  describe('closing', () => {
    it('Escape fails with cropImage:fail cancel and takes the cropper away; focus comes back', async () => {
      const trigger = document.createElement('button');
      trigger.textContent = 'Crop';
      document.body.append(trigger);
      trigger.focus();
      const call = attempt({ src: landscape, cropScale: '4:3' });
      const cropper = await openCropper();
      expect(cropper.shadowRoot!.activeElement, 'focus is in the frame').to.equal(partOf(cropper, 'frame'));
      await sendKeys({ press: 'Escape' });
      expect(await call).to.deep.equal({ errMsg: 'cropImage:fail cancel' });
      expect(document.querySelector('wx-crop-dialog')).to.equal(null);
      expect(document.activeElement).to.equal(trigger);
      trigger.remove();
    });

    it('Tab reaches Cancel and Confirm; Enter on Cancel cancels, on Confirm confirms', async () => {
      const call = attempt({ src: landscape, cropScale: '1:1' });
      const cropper = await openCropper();
      await sendKeys({ press: 'Tab' });
      expect(cropper.shadowRoot!.activeElement).to.equal(partOf(cropper, 'cancel'));
      await sendKeys({ press: 'Enter' });
      expect((await call).errMsg).to.equal('cropImage:fail cancel');

      const again = attempt({ src: landscape, cropScale: '1:1' });
      const second = await openCropper();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(second.shadowRoot!.activeElement).to.equal(partOf(second, 'confirm'));
      await sendKeys({ press: 'Enter' });
      await cropped(again);
    });

    it('speaks the page\'s language: labels, help and buttons in Chinese on a zh-CN page', async () => {
      const pageLang = document.documentElement.lang;
      document.documentElement.lang = 'zh-CN';
      try {
        const call = attempt({ src: landscape, cropScale: '1:1' });
        const cropper = await openCropper();
        const dialog = cropper.shadowRoot!.querySelector('dialog')!;
        expect(dialog.getAttribute('aria-label')).to.equal('裁剪图片');
        expect(dialog.getAttribute('lang')).to.equal('zh-CN');
        expect(partOf(cropper, 'help').textContent).to.contain('回车确定');
        expect([partOf(cropper, 'cancel').textContent, partOf(cropper, 'confirm').textContent]).to.deep.equal(['取消', '确定']);
        await sendKeys({ press: 'Escape' });
        expect((await call).errMsg).to.equal('cropImage:fail cancel');
      } finally {
        document.documentElement.lang = pageLang;
      }
    });

    it('is a labelled modal dialog described by how to use it', async () => {
      const call = attempt({ src: landscape, cropScale: '1:1' });
      const cropper = await openCropper();
      const dialog = cropper.shadowRoot!.querySelector('dialog')!;
      expect(dialog.getAttribute('aria-label')).to.equal('Crop image');
      const help = cropper.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!;
      expect(help.textContent).to.match(/arrow keys/);
      expect(help.textContent).to.match(/Enter confirms, Escape cancels/);
      // Checked once the fade-in is over (axe would measure the colours half faded).
      await Promise.all(dialog.getAnimations().map((animation) => animation.finished));
      await expect(cropper).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      expect((await call).errMsg).to.equal('cropImage:fail cancel');
    });
  });
});
