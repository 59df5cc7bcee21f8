import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WxCameraSheet } from '../../components/camera-sheet/camera-sheet.js';
import { chooseMedia, getTempFile, releaseAllTempFiles } from '../../src/index.js';
import { sniffBlob } from '../../src/image/sniff.js';
import { itIn } from '../engine.js';
import { closeLeftovers, displayedSize, endUserActivation, pressSheetItem, waitFor } from '../intake/helpers.js';
import { fakeCamera, stubMediaDevices } from './devices.js';

function cameraSheet(): Promise<WxCameraSheet> {
  return waitFor(() => {
    const sheet = document.querySelector('wx-camera-sheet');
    return sheet?.shadowRoot?.querySelector('dialog[open]') ? sheet : null;
  }, 'the camera sheet');
}

function part(sheet: WxCameraSheet, name: string): HTMLElement | null {
  return sheet.shadowRoot!.querySelector<HTMLElement>(`[part=${name}]`);
}

describe('chooseMedia camera: <wx-camera-sheet> records video', () => {
  let restore: (() => void) | undefined;
  const cameras: Array<{ stop: () => void }> = [];
  afterEach(async () => {
    // sendKeys gives the page user activation, which would let the next call skip the sheet.
    await endUserActivation();
    restore?.();
    restore = undefined;
    cameras.splice(0).forEach((c) => c.stop());
    document.querySelectorAll('wx-camera-sheet').forEach((s) => s.cancel());
    closeLeftovers();
    releaseAllTempFiles();
  });

  /** A fake 320×240 camera behind getUserMedia; returns the constraints asked for. */
  function camera(): { asked: MediaStreamConstraints[]; stream: MediaStream } {
    const fake = fakeCamera(320, 240, '#2a6');
    cameras.push(fake);
    const asked: MediaStreamConstraints[] = [];
    restore = stubMediaDevices({
      getUserMedia: async (constraints) => {
        asked.push(constraints!);
        return fake.stream;
      },
    });
    return { asked, stream: fake.stream };
  }

  /**
   * chooseMedia for a video from the camera with maxDuration 3: Camera on the sheet, record started
   * with the keyboard, then nothing: the sheet must stop by itself. Returns what the timer showed,
   * what the status region announced, how long the recording ran and the call's result.
   */
  async function recordUntilAutoStop() {
    const { stream } = camera();
    const call = chooseMedia({ sourceType: ['camera'], mediaType: ['video'], maxDuration: 3 }).catch((e) => e);
    await pressSheetItem('Camera');
    const sheet = await cameraSheet();
    expect(part(sheet, 'shutter'), 'video only: no shutter').to.equal(null);
    const record = part(sheet, 'record')!;
    expect(record.getAttribute('aria-label')).to.equal('Record video');
    const timer = part(sheet, 'timer')!;
    // A timer is shown, not read out every second; a status region says when recording starts.
    expect(timer.getAttribute('role')).to.equal('timer');
    const status = sheet.shadowRoot!.querySelector('[role=status]')!;
    await waitFor(() => sheet.shadowRoot!.querySelector('video')!.videoWidth > 0, 'the preview to play');
    const shown: string[] = [];
    const announced: string[] = [];
    // Recording starts when the timer first shows a time (the key press reaches WebKit's page late).
    let startedAt = 0;
    const seen = new MutationObserver(() => {
      shown.push(timer.textContent!.trim());
      announced.push(status.textContent!.trim());
      startedAt ||= performance.now();
    });
    seen.observe(timer, { childList: true, characterData: true, subtree: true });
    seen.observe(status, { childList: true, characterData: true, subtree: true });
    // When the sheet stops recording by itself, the record button is disabled until the recorder
    // has handed over its last bytes; then the sheet closes.
    let stoppedAt = 0;
    const stopping = new MutationObserver(() => {
      if (!stoppedAt && record.hasAttribute('disabled')) stoppedAt = performance.now();
    });
    stopping.observe(record, { attributes: true, attributeFilter: ['disabled'] });
    record.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => record.getAttribute('aria-label') === 'Stop recording', 'recording to start');
    await expect(sheet).to.be.accessible();
    await waitFor(() => !document.querySelector('wx-camera-sheet'), 'the sheet to stop by itself and close', 12_000);
    const ranMs = stoppedAt - startedAt;
    seen.disconnect();
    stopping.disconnect();
    const distinct = (texts: string[]) => [...new Set(texts.filter(Boolean))];
    return { result: await call, shown: distinct(shown), announced: distinct(announced), ranMs, stream };
  }

  itIn(['chromium', 'firefox'], 'stops at maxDuration (3 s), showing the elapsed time, announcing the start once, and returns the video described', async () => {
    const { result, shown, announced, ranMs, stream } = await recordUntilAutoStop();
    expect(shown.slice(0, 3)).to.deep.equal(['Recording 0:00 of 0:03', 'Recording 0:01 of 0:03', 'Recording 0:02 of 0:03']);
    expect(announced).to.deep.equal(['Recording, up to 0:03']);
    expect(ranMs, 'recording stopped at maxDuration').to.be.within(2900, 3500);
    expect(result.errMsg).to.equal('chooseMedia:ok');
    expect(result.type).to.equal('video');
    const [video] = result.tempFiles;
    expect(video).to.deep.include({ fileType: 'video', width: 320, height: 240 });
    // MediaRecorder's WebM has no duration element (Chromium reports Infinity until a seek to the end).
    expect(video.duration).to.be.within(2.5, 3.5);
    const blob = getTempFile(video.tempFilePath)!;
    expect(video.size).to.equal(blob.size);
    expect(video.tempFilePath.split('.').pop()).to.equal('webm');
    const thumb = getTempFile(video.thumbTempFilePath)!;
    expect(await sniffBlob(thumb)).to.equal('jpeg');
    expect(await displayedSize(thumb)).to.deep.equal({ width: 320, height: 240 });
    expect(stream.getVideoTracks()[0].readyState, 'the camera is released').to.equal('ended');
  });

  itIn(['webkit'], "fails clearly with \"record failed\" where the recorder gives no bytes (WebKitGTK's MediaRecorder hands over 0 bytes for a canvas stream under the driver, measured)", async () => {
    const { result, shown, announced, ranMs } = await recordUntilAutoStop();
    expect(shown[0]).to.equal('Recording 0:00 of 0:03');
    expect(announced).to.deep.equal(['Recording, up to 0:03']);
    expect(ranMs, 'recording stopped at maxDuration').to.be.within(2900, 3500);
    expect(result).to.deep.equal({ errMsg: 'chooseMedia:fail record failed' });
  });

  it('asks for the camera with the microphone, the front camera for camera "front", and offers shutter and record for both kinds', async () => {
    const { asked, stream } = camera();
    const call = chooseMedia({ sourceType: ['camera'], camera: 'front', sizeType: ['original'] });
    await pressSheetItem('Camera');
    const sheet = await cameraSheet();
    expect(asked[0]).to.deep.equal({ video: { facingMode: { ideal: 'user' } }, audio: true });
    expect(part(sheet, 'shutter')!.getAttribute('aria-label')).to.equal('Take photo');
    expect(part(sheet, 'record')!.getAttribute('aria-label')).to.equal('Record video');
    expect(sheet.maxDuration, 'default maxDuration').to.equal(10);
    await waitFor(() => sheet.shadowRoot!.querySelector('video')!.videoWidth > 0, 'the preview to play');
    await expect(sheet).to.be.accessible();
    part(sheet, 'shutter')!.click();
    const result = await call;
    expect(result.type).to.equal('image');
    expect(result.tempFiles[0]).to.deep.include({ fileType: 'image', width: 320, height: 240, duration: 0 });
    expect(result.tempFiles[0].tempFilePath.split('.').pop()).to.equal('jpg');
    expect(stream.getVideoTracks()[0].readyState).to.equal('ended');
  });

  it('keeps maxDuration within 3..60 s', async () => {
    for (const [given, kept] of [[1, 3], [100, 60], [7.5, 7.5]]) {
      camera();
      const call = chooseMedia({ sourceType: ['camera'], mediaType: ['video'], maxDuration: given }).catch((e) => e);
      await pressSheetItem('Camera');
      const sheet = await cameraSheet();
      expect(sheet.maxDuration, `maxDuration ${given}`).to.equal(kept);
      sheet.cancel();
      expect(await call).to.deep.equal({ errMsg: 'chooseMedia:fail cancel' });
      restore?.();
    }
  });

  it('Escape while recording cancels: fail cancel, the camera released, nothing kept', async () => {
    const { stream } = camera();
    const call = chooseMedia({ sourceType: ['camera'], mediaType: ['video'], maxDuration: 30 }).catch((e) => e);
    await pressSheetItem('Camera');
    const sheet = await cameraSheet();
    const record = part(sheet, 'record')!;
    record.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => record.getAttribute('aria-label') === 'Stop recording', 'recording to start');
    await sendKeys({ press: 'Escape' });
    expect(await call).to.deep.equal({ errMsg: 'chooseMedia:fail cancel' });
    expect(stream.getVideoTracks()[0].readyState).to.equal('ended');
    expect(document.querySelector('wx-camera-sheet')).to.equal(null);
  });

  it('on phones, opens the picker with capture and accept="video/*" for videos', async () => {
    Object.defineProperty(HTMLInputElement.prototype, 'capture', { value: '', configurable: true, writable: true });
    restore = () => delete (HTMLInputElement.prototype as unknown as Record<string, unknown>).capture;
    const call = chooseMedia({ sourceType: ['camera'], mediaType: ['video'], camera: 'front' }).catch((e) => e);
    await pressSheetItem('Camera');
    const input = await waitFor(() => document.querySelector<HTMLInputElement>('input[type=file]'), 'the picker');
    expect(input.getAttribute('capture')).to.equal('user');
    expect(input.accept).to.equal('video/*');
    expect(input.multiple).to.equal(false);
    input.dispatchEvent(new Event('cancel'));
    expect(await call).to.deep.equal({ errMsg: 'chooseMedia:fail cancel' });
  });
});
