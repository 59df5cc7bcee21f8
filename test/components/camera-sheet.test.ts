import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WxCameraSheet } from '../../components/camera-sheet/camera-sheet.js';
import { chooseImage, getTempFile, releaseAllTempFiles } from '../../src/index.js';
import { PICKER_ATTRIBUTE } from '../../src/intake/picker.js';
import { sniffBlob } from '../../src/image/sniff.js';
import { chooseFiles, closeLeftovers, displayedSize, pickerInput, pressSheetItem, waitFor } from '../intake/helpers.js';
import { fakeCamera, stubMediaDevices } from './devices.js';

function cameraSheet(): Promise<WxCameraSheet> {
  return waitFor(() => {
    const sheet = document.querySelector('wx-camera-sheet');
    return sheet?.shadowRoot?.querySelector('dialog[open]') ? sheet : null;
  }, 'the camera sheet');
}

function part(sheet: WxCameraSheet, name: string): HTMLButtonElement {
  return sheet.shadowRoot!.querySelector<HTMLButtonElement>(`[part=${name}]`)!;
}

describe('chooseImage camera source and <wx-camera-sheet>', () => {
  let restore: (() => void) | undefined;
  const cameras: Array<{ stop: () => void }> = [];
  afterEach(() => {
    restore?.();
    restore = undefined;
    cameras.splice(0).forEach((c) => c.stop());
    document.querySelectorAll('wx-camera-sheet').forEach((s) => s.cancel());
    closeLeftovers();
    releaseAllTempFiles();
  });

  it('on a desktop (a picker that cannot capture), Take Photo opens the camera sheet and no file picker', async () => {
    const camera = fakeCamera(64, 48, '#666');
    cameras.push(camera);
    restore = stubMediaDevices({ getUserMedia: async () => camera.stream });
    const call = chooseImage({ sourceType: ['camera'] }).catch((e) => e);
    await pressSheetItem('Take Photo');
    const sheet = await cameraSheet();
    expect(document.querySelector(`input[${PICKER_ATTRIBUTE}]`), 'no picker input').to.equal(null);
    sheet.cancel();
    expect(await call).to.deep.equal({ errMsg: 'chooseImage:fail cancel' });
  });

  it('shows a live preview and returns the shutter still as a JPEG temp file; the camera is released', async () => {
    const camera = fakeCamera(640, 480, '#c33');
    cameras.push(camera);
    const asked: MediaStreamConstraints[] = [];
    restore = stubMediaDevices({
      getUserMedia: async (constraints) => {
        asked.push(constraints!);
        return camera.stream;
      },
    });
    const call = chooseImage({ sourceType: ['camera'], sizeType: ['original'] });
    await pressSheetItem('Take Photo');
    const sheet = await cameraSheet();
    expect(asked[0]).to.deep.equal({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    const video = sheet.shadowRoot!.querySelector('video')!;
    expect(video.srcObject).to.equal(camera.stream);
    await waitFor(() => video.videoWidth > 0, 'the preview to play');
    expect(part(sheet, 'switch'), 'one camera: no switch button').to.equal(null);
    expect(sheet.shadowRoot!.querySelector('dialog')!.getAttribute('aria-labelledby')).to.equal('title');
    await expect(sheet).to.be.accessible();
    part(sheet, 'shutter').click();
    const result = await call;
    const blob = getTempFile(result.tempFilePaths[0])!;
    expect(await sniffBlob(blob)).to.equal('jpeg');
    expect(result.tempFiles[0].size).to.equal(blob.size);
    expect(await displayedSize(blob)).to.deep.equal({ width: 640, height: 480 });
    expect(camera.stream.getVideoTracks()[0].readyState).to.equal('ended');
    expect(document.querySelector('wx-camera-sheet')).to.equal(null);
  });

  it('switches between cameras', async () => {
    const front = fakeCamera(320, 240, '#33c');
    const back = fakeCamera(640, 480, '#3c3');
    cameras.push(front, back);
    const devices = [
      { kind: 'videoinput', deviceId: 'back', label: 'Back', groupId: 'a' },
      { kind: 'videoinput', deviceId: 'front', label: 'Front', groupId: 'b' },
    ] as MediaDeviceInfo[];
    const asked: MediaStreamConstraints[] = [];
    restore = stubMediaDevices({
      enumerateDevices: async () => devices,
      getUserMedia: async (constraints) => {
        asked.push(constraints!);
        const wanted = ((constraints!.video as MediaTrackConstraints).deviceId as { exact?: string } | undefined)?.exact;
        return wanted === 'front' ? front.stream : back.stream;
      },
    });
    const call = chooseImage({ sourceType: ['camera'], sizeType: ['original'] });
    await pressSheetItem('Take Photo');
    const sheet = await cameraSheet();
    const switchButton = await waitFor(() => part(sheet, 'switch'), 'the switch button');
    expect(switchButton.getAttribute('aria-label')).to.equal('Switch camera');
    switchButton.click();
    await waitFor(() => sheet.stream === front.stream, 'the other camera');
    expect(back.stream.getVideoTracks()[0].readyState, 'the first camera is released').to.equal('ended');
    await sheet.updateComplete;
    await waitFor(() => sheet.shadowRoot!.querySelector('video')!.videoWidth === 320, 'the new preview');
    part(sheet, 'shutter').click();
    const blob = getTempFile((await call).tempFilePaths[0])!;
    expect(await displayedSize(blob)).to.deep.equal({ width: 320, height: 240 });
    expect(asked).to.have.length(2);
  });

  it('fails with "camera unavailable" when switching leaves no camera, never showing the stopped stream', async () => {
    const back = fakeCamera(64, 48, '#3c3');
    cameras.push(back);
    const devices = [
      { kind: 'videoinput', deviceId: 'back', label: 'Back', groupId: 'a' },
      { kind: 'videoinput', deviceId: 'front', label: 'Front', groupId: 'b' },
    ] as MediaDeviceInfo[];
    let calls = 0;
    restore = stubMediaDevices({
      enumerateDevices: async () => devices,
      // The first camera opens; after it is stopped, neither the other one nor any camera does.
      getUserMedia: async () => (calls++ === 0 ? back.stream : Promise.reject(new DOMException('busy', 'NotReadableError'))),
    });
    const call = chooseImage({ sourceType: ['camera'], sizeType: ['original'] }).catch((e) => e);
    await pressSheetItem('Take Photo');
    const sheet = await cameraSheet();
    (await waitFor(() => part(sheet, 'switch'), 'the switch button')).click();
    await waitFor(() => !document.querySelector('wx-camera-sheet'), 'the sheet to close');
    expect(await call).to.deep.equal({ errMsg: 'chooseImage:fail camera unavailable' });
    expect(calls, 'the first camera, the other one, then any camera').to.equal(3);
    expect(back.stream.getVideoTracks()[0].readyState).to.equal('ended');
  });

  it('fails with "cancel" on the sheet\'s Cancel and on Esc, releasing the camera', async () => {
    for (const how of ['button', 'Escape']) {
      const camera = fakeCamera(64, 48, '#999');
      cameras.push(camera);
      restore?.();
      restore = stubMediaDevices({ getUserMedia: async () => camera.stream });
      const call = chooseImage({ sourceType: ['camera'] }).catch((e) => e);
      await pressSheetItem('Take Photo');
      const sheet = await cameraSheet();
      if (how === 'button') part(sheet, 'cancel').click();
      else {
        part(sheet, 'shutter').focus();
        await sendKeys({ press: 'Escape' });
      }
      expect(await call, how).to.deep.equal({ errMsg: 'chooseImage:fail cancel' });
      expect(camera.stream.getVideoTracks()[0].readyState).to.equal('ended');
    }
  });

  it('fails with the reason when there is no camera or no permission', async () => {
    const cases: Array<[string, string]> = [
      ['NotAllowedError', 'chooseImage:fail auth deny'],
      ['NotFoundError', 'chooseImage:fail no camera'],
      ['NotReadableError', 'chooseImage:fail camera unavailable'],
    ];
    for (const [name, errMsg] of cases) {
      restore?.();
      restore = stubMediaDevices({ getUserMedia: async () => Promise.reject(new DOMException('stub', name)) });
      const call = chooseImage({ sourceType: ['camera'] }).catch((e) => e);
      await pressSheetItem('Take Photo');
      expect(await call, name).to.deep.equal({ errMsg });
      expect(document.querySelector('wx-camera-sheet')).to.equal(null);
    }
  });

  it('fails with "camera unavailable" where the page has no camera API (http:)', async () => {
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
    restore = () => delete (navigator as unknown as Record<string, unknown>).mediaDevices;
    const call = chooseImage({ sourceType: ['camera'] }).catch((e) => e);
    await pressSheetItem('Take Photo');
    expect(await call).to.deep.equal({ errMsg: 'chooseImage:fail camera unavailable' });
  });

  it('on phones, opens the picker with capture="environment" instead', async () => {
    Object.defineProperty(HTMLInputElement.prototype, 'capture', { value: '', configurable: true, writable: true });
    restore = () => delete (HTMLInputElement.prototype as unknown as Record<string, unknown>).capture;
    const call = chooseImage({ sourceType: ['camera'], count: 9, sizeType: ['original'] });
    await pressSheetItem('Take Photo');
    const input = await pickerInput();
    expect(input.getAttribute('capture')).to.equal('environment');
    expect(input.multiple, 'one photo per shot').to.equal(false);
    const photo = new File([await (await fetch('/test/fixtures/images/img_1771.jpg')).blob()], 'photo.jpg', { type: 'image/jpeg' });
    chooseFiles(input, [photo]);
    expect((await call).tempFiles[0].size).to.equal(photo.size);
  });
});
