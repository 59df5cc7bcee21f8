import type { ShowOptions, WxModalElement } from './modal-element.js';

/**
 * Shows a modal element over the page and removes it afterwards: appends it to the body, awaits
 * `show()` and takes it out again however it ended. Resolves with what `show()` resolves with; an
 * aborted signal settles it with the element's dismiss value (never opening it when already aborted).
 */
export async function openModal<T>(element: WxModalElement<T, object>, options: ShowOptions = {}): Promise<T> {
  document.body.append(element);
  try {
    return await element.show(options);
  } finally {
    element.remove();
  }
}
