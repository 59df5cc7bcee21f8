import type { TemplateResult } from 'lit';

/** One section of the gallery: a live demo and the code that makes it. */
export interface GallerySection {
  id: string;
  title: string;
  /** Position on the page; lower first. */
  order: number;
  /** One or two sentences on what the section shows (a template where it names code). */
  summary: string | TemplateResult;
  /** The code shown next to the live demo. */
  code: string;
  render(): TemplateResult;
}

/** Shows an API result in a section's log: the errMsg and the rest as JSON. */
export function showResult(output: Element | null, result: unknown): void {
  if (output) output.textContent = JSON.stringify(result, null, 2);
}
