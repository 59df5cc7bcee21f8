import { asNamedFile } from '../../src/files/file-name.js';
import { getTempFile } from '../../src/files/temp-store.js';
import type { UploaderStrings } from '../../src/i18n-uploader.js';
import type { UploaderItem } from './uploader-items.js';

/**
 * What the form submits under `name`: one entry per done photo, in grid order: its value (the
 * server's answer, or the URL it was given as), or, where nothing was uploaded, the file itself.
 * Null when there is nothing to submit.
 */
export function formValue(items: readonly UploaderItem[], name: string): FormData | null {
  if (!name) return null;
  const data = new FormData();
  for (const [i, item] of items.entries()) {
    if (item.state !== 'done') continue;
    const file = item.value === undefined ? getTempFile(item.path) : undefined;
    if (file) data.append(name, asNamedFile(file, `photo-${i + 1}`));
    else if (item.value !== undefined) data.append(name, item.value);
  }
  return [...data.keys()].length ? data : null;
}

/** The constraint the form sees: nothing added (`required`), photos still uploading, or a failed one. */
export function validityOf(items: readonly UploaderItem[], required: boolean, text: UploaderStrings): { flags: ValidityStateFlags; message?: string } {
  if (required && !items.length) return { flags: { valueMissing: true }, message: text.uploaderRequired };
  if (items.some((i) => i.state === 'waiting' || i.state === 'uploading')) return { flags: { customError: true }, message: text.uploaderPending };
  if (items.some((i) => i.state === 'failed')) return { flags: { customError: true }, message: text.uploaderHasFailed };
  return { flags: {} };
}
