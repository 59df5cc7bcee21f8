// Shared steps of the uploader tests: add photos the way a person does, find the tiles.
import { sendKeys } from '@web/test-runner-commands';
import type { WxImageUploader } from '../../components/image-uploader/image-uploader.js';
import { chooseFiles, fixtureFile, pickerInput, waitFor } from '../intake/helpers.js';

export function addTile(el: WxImageUploader): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=add]');
}

export function thumbnails(el: WxImageUploader): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=thumbnail]')];
}

export function deleteButtons(el: WxImageUploader): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=delete]')];
}

/** The element in focus inside the uploader's shadow root. */
export function focused(el: WxImageUploader): Element | null {
  return el.shadowRoot!.activeElement;
}

/**
 * Focuses the add tile, presses Enter (album only: the picker opens at once) and picks these
 * fixture files; resolves when `expected` photos are in the grid.
 */
export async function addPhotos(el: WxImageUploader, names: string[], expected: number): Promise<File[]> {
  const files = await Promise.all(names.map(fixtureFile));
  addTile(el)!.focus();
  await sendKeys({ press: 'Enter' });
  chooseFiles(await pickerInput(), files);
  await waitFor(() => el.photos.length === expected && !el.busy, `${expected} photos in the grid`);
  return files;
}

/** Waits until every photo's thumbnail is drawn (or known undecodable). */
export function thumbnailsDrawn(el: WxImageUploader): Promise<unknown> {
  return waitFor(() => el.items.every((item) => item.canvas !== undefined), 'the thumbnails');
}

/** The form's entries under `name`, as text (a File as `file:<name>:<size>`). */
export function formEntries(form: HTMLFormElement, name: string): string[] {
  return new FormData(form).getAll(name).map((v) => (typeof v === 'string' ? v : `file:${v.name}:${v.size}`));
}
