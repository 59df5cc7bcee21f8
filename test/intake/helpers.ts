import type { WxActionSheet } from '../../components/action-sheet/action-sheet.js';
import { PICKER_ATTRIBUTE } from '../../src/intake/picker.js';
import { NOTICE_ATTRIBUTE } from '../../components/notice/open.js';

/** A fixture image as a File named like it. */
export async function fixtureFile(name: string): Promise<File> {
  const response = await fetch(`/test/fixtures/images/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  const blob = await response.blob();
  return new File([blob], name, { type: blob.type });
}


import { waitFor } from '../wait.js';

export { waitFor };

/**
 * Ends the page's transient user activation, so the next test starts without one (a real click
 * or key press keeps it for about 5 s, and a call made while it lasts rightly skips the sheet).
 * A fullscreen request consumes it (HTML's "consume user activation", in every engine), and is
 * undone at once; if the engine refuses fullscreen, this waits for the activation to expire.
 */
export async function endUserActivation(): Promise<void> {
  if (!navigator.userActivation.isActive) return;
  try {
    await document.documentElement.requestFullscreen();
    await document.exitFullscreen();
  } catch {
    // Refused: the activation expires by itself.
  }
  await waitFor(() => !navigator.userActivation.isActive && !document.fullscreenElement, 'the user activation to end', 10_000);
}

/** The file input a pending chooseImage call created. */
export function pickerInput(): Promise<HTMLInputElement> {
  return waitFor(() => document.querySelector<HTMLInputElement>(`input[${PICKER_ATTRIBUTE}]`), 'the picker input');
}

/** What a person does in the picker: the chosen files land on the input and it fires `change`. */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The action sheet on screen. */
export function openSheet(): Promise<WxActionSheet> {
  return waitFor(() => {
    const sheet = [...document.querySelectorAll('wx-action-sheet')].at(-1);
    return sheet?.shadowRoot?.querySelector('dialog[open]') ? sheet : null;
  }, 'the action sheet');
}

export function sheetLabels(sheet: WxActionSheet): string[] {
  return [...sheet.shadowRoot!.querySelectorAll('button[part=item]')].map((b) => b.textContent!.trim());
}

/** Presses the sheet's action with this label. */
export async function pressSheetItem(label: string): Promise<void> {
  const sheet = await openSheet();
  const button = [...sheet.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=item]')].find(
    (b) => b.textContent!.trim() === label,
  );
  if (!button) throw new Error(`no sheet item "${label}" in ${JSON.stringify(sheetLabels(sheet))}`);
  button.click();
}

/** The upright (displayed) size of an image. */
export async function displayedSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** Every URL the page has requested so far. */
export function requestedURLs(): string[] {
  return performance.getEntriesByType('resource').map((entry) => entry.name);
}

/** Ends whatever a failed test left open: sheets (cancelled) and picker inputs (cancelled). */
export function closeLeftovers(): void {
  document.querySelectorAll('wx-action-sheet').forEach((sheet) => sheet.cancel());
  document.querySelectorAll(`input[${PICKER_ATTRIBUTE}]`).forEach((input) => input.dispatchEvent(new Event('cancel')));
}

/**
 * Headless Chromium closes a really opened file chooser at once and fires a trusted `cancel`.
 * Tests that click while the page still has user activation (it lasts a few seconds after a
 * sendKeys) would lose their picker to it; this holds those trusted cancels back, and leaves the
 * tests' own (untrusted) `cancel` events alone. Returns the function that lets them through again.
 */
export function holdHeadlessPickerCancel(): () => void {
  const hold = (event: Event) => {
    if (event.isTrusted && event.target instanceof HTMLInputElement && event.target.type === 'file') event.stopPropagation();
  };
  window.addEventListener('cancel', hold, true);
  return () => window.removeEventListener('cancel', hold, true);
}

/**
 * Records the text of every kit notice shown from now on (they leave after NOTICE_MS, which a
 * slow compression may outlast): `texts` as shown, the notice elements in `elements`.
 */
export function recordNotices(): { texts: string[]; elements: Element[]; stop: () => void } {
  const texts: string[] = [];
  const elements: Element[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const notice = record.target instanceof Element ? record.target.closest(`[${NOTICE_ATTRIBUTE}]`) : null;
      if (notice && record.addedNodes.length && notice.textContent) {
        texts.push(notice.textContent);
        elements.push(notice);
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { texts, elements, stop: () => observer.disconnect() };
}

/** A chooseMedia video fixture (test/fixtures/media) as a File named like it. */
export async function mediaFile(name: string): Promise<File> {
  const response = await fetch(`/test/fixtures/media/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  const blob = await response.blob();
  return new File([blob], name, { type: blob.type });
}
