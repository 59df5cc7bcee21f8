// Shared steps of the chooser tests: a drop of files, and what every test leaves clean.
import { releaseAllTempFiles, resetConfig } from '../../src/index.js';
import { NOTICE_ATTRIBUTE } from '../../components/notice/open.js';
import { closeLeftovers, holdHeadlessPickerCancel } from '../intake/helpers.js';
import { listDevices } from './devices.js';

/** What a person's drop does: dragover, then drop, carrying the files. */
export function drop(el: Element, files: File[]): void {
  const dataTransfer = new DataTransfer();
  for (const file of files) dataTransfer.items.add(file);
  el.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, cancelable: true, composed: true }));
  el.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true, composed: true }));
}

/**
 * Registers the chooser suites' hooks: headless picker cancels held back, and after each test
 * sheets and pickers closed, temp files released, the config, the device list and notices reset.
 * `devices(kinds)` makes the device list say whether there is a camera, for one test.
 */
export function chooserSuiteHooks(): { devices: (kinds: MediaDeviceKind[]) => void } {
  let releaseCancel: () => void;
  let restoreDevices: (() => void) | undefined;
  beforeEach(() => (releaseCancel = holdHeadlessPickerCancel()));
  afterEach(() => {
    releaseCancel();
    restoreDevices?.();
    restoreDevices = undefined;
    closeLeftovers();
    releaseAllTempFiles();
    resetConfig();
    document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`).forEach((n) => n.remove());
  });
  return { devices: (kinds) => (restoreDevices = listDevices(kinds)) };
}
