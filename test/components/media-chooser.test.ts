import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/media-chooser/define.js';
import type { WxMediaChooser } from '../../components/media-chooser/media-chooser.js';
import type { WxCameraSheet } from '../../components/camera-sheet/camera-sheet.js';
import { getTempFile } from '../../src/index.js';
import { chooserSuiteHooks, drop } from './image-chooser.helpers.js';
import { fakeCamera, stubMediaDevices } from './devices.js';
import { chooseFiles, fixtureFile, mediaFile, openSheet, pickerInput, pressSheetItem, sheetLabels, waitFor } from '../intake/helpers.js';

function defaultButton(el: WxMediaChooser): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!;
}

describe('<wx-media-chooser>: the chooser running chooseMedia', () => {
  const { devices } = chooserSuiteHooks();

  it('runs chooseMedia: its labels, the Camera item, a picker for photos and videos', async () => {
    const el = await fixture<WxMediaChooser>(html`<wx-media-chooser media-type="image video" size-type="original"></wx-media-chooser>`);
    expect(defaultButton(el).textContent!.trim()).to.equal('Choose photos or videos');
    expect(el.shadowRoot!.querySelector('[part=hint]')!.textContent).to.equal('or drop photos or videos here');
    await expect(el).to.be.accessible();
    const success = oneEvent(el, 'success');
    defaultButton(el).click();
    const sheet = await openSheet();
    expect(sheetLabels(sheet)).to.deep.equal(['Camera', 'Choose from Album']);
    await pressSheetItem('Choose from Album');
    const input = await pickerInput();
    expect(input.accept).to.equal('image/*,video/*');
    const photo = await fixtureFile('noexif.jpg');
    const clip = await mediaFile('clip-320x240-2s.mp4');
    chooseFiles(input, [photo, clip]);
    const { detail } = await success;
    expect(detail.errMsg).to.equal('chooseMedia:ok');
    expect(detail.type).to.equal('mix');
    expect(el.chosen).to.deep.equal(detail.tempFiles);
    expect(el.files.map((f) => f.size)).to.deep.equal([photo.size, clip.size]);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Chosen: 2');
  });

  it('takes a dropped video the same way, and says when dropped files are neither photos nor videos', async () => {
    const el = await fixture<WxMediaChooser>(html`<wx-media-chooser media-type="video"></wx-media-chooser>`);
    const success = oneEvent(el, 'success');
    const webm = await mediaFile('clip-320x240-2s.webm');
    drop(el, [webm]);
    const { detail } = await success;
    expect(detail.type).to.equal('video');
    expect(detail.tempFiles[0]).to.deep.include({ duration: 2, width: 320, height: 240, size: webm.size });
    expect(getTempFile(detail.tempFiles[0].tempFilePath)).to.equal(webm);

    const fail = oneEvent(el, 'fail');
    drop(el, [await fixtureFile('noexif.jpg')]);
    expect((await fail).detail).to.deep.equal({ errMsg: 'chooseMedia:fail invalid file type' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.equal('The chosen files are not photos or videos.');
  });

  it('passes max-duration and camera to the camera sheet, opened from the keyboard; Escape → fail cancel', async () => {
    devices(['videoinput']);
    const camera = fakeCamera(64, 48, '#456');
    const asked: MediaStreamConstraints[] = [];
    const restore = stubMediaDevices({
      getUserMedia: async (constraints) => {
        asked.push(constraints!);
        return camera.stream;
      },
    });
    try {
      const el = await fixture<WxMediaChooser>(
        html`<wx-media-chooser media-type="video" source-type="camera" max-duration="5" camera="front"></wx-media-chooser>`,
      );
      const fail = oneEvent(el, 'fail');
      el.focus();
      await sendKeys({ press: 'Enter' });
      const sheet = await waitFor(() => {
        const found = document.querySelector<WxCameraSheet>('wx-camera-sheet');
        return found?.shadowRoot?.querySelector('dialog[open]') ? found : null;
      }, 'the camera sheet');
      expect(sheet.maxDuration).to.equal(5);
      expect(asked[0]).to.deep.equal({ video: { facingMode: { ideal: 'user' } }, audio: true });
      await sendKeys({ press: 'Escape' });
      expect((await fail).detail).to.deep.equal({ errMsg: 'chooseMedia:fail cancel' });
    } finally {
      restore();
      camera.stop();
    }
  });
});
