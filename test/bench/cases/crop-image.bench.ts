import { cropImage } from '../../../src/apis/crop-image.js';
import { previewImage } from '../../../src/apis/preview-image.js';
import { median, type BenchCase } from '../bench.js';

/** An 18 MP DSLR JPEG, the 1800×1200 photo upright and with EXIF 6, and a 4800×3600 JPEG. */
const FILES = ['canon-dslr.jpg', 'Landscape_1.jpg', 'Landscape_6.jpg', 'very-large.jpg'];
const ROUNDS = 3;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A fresh URL per open, so every open fetches and decodes its image anew (no memory cache). */
let run = 0;
const urlOf = (file: string) => `/test/fixtures/images/${file}?run=${++run}`;

/** From the call to the frame after the cropper's picture is on screen (a large photo's rendition first); then cancelled. */
async function timeCropper(file: string): Promise<number> {
  const start = performance.now();
  const call = cropImage({ src: urlOf(file), cropScale: '1:1' }).catch(() => undefined);
  let cropper = document.querySelector('wx-crop-dialog');
  while (!cropper?.shadowRoot?.querySelector('dialog')?.open) {
    await frame();
    cropper = document.querySelector('wx-crop-dialog');
  }
  // The rendition of a large photo, or the image itself, painted.
  await cropper.shown;
  await frame();
  const painted = performance.now() - start;
  cropper.cancel();
  await call;
  return painted;
}

/** The baseline, the same way: previewImage of the same image, from the call to the frame after success. */
async function timeViewer(file: string): Promise<number> {
  const start = performance.now();
  await previewImage({ urls: [urlOf(file)] });
  await frame();
  const painted = performance.now() - start;
  const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  document.querySelector('wx-image-preview')!.close();
  await back;
  return painted;
}

/** cropImage's cropper: from the call to the picture painted, against the preview viewer on the same images. */
export const bench: BenchCase = {
  name: 'cropImage: call → cropper painted (4 large photos), against previewImage on the same images',
  async run() {
    // The first calls also load the overlays' code (dynamic imports), as on a real page.
    const firstCropper = await timeCropper(FILES[1]!);
    const firstViewer = await timeViewer(FILES[1]!);
    const cropper: number[] = [];
    const viewer: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const file of FILES) {
        cropper.push(await timeCropper(file));
        viewer.push(await timeViewer(file));
      }
    }
    const byFile = (times: number[], index: number) => median(times.filter((_, i) => i % FILES.length === index));
    const subject = median(cropper);
    const baseline = median(viewer);
    return {
      rows: [
        { label: 'first call, cropper code loaded on demand', value: firstCropper, unit: 'ms' },
        { label: 'first call, viewer code loaded on demand', value: firstViewer, unit: 'ms' },
        { label: `cropper, median of ${cropper.length} opens`, value: subject, unit: 'ms' },
        ...FILES.map((file, i) => ({ label: `cropper, ${file}`, value: byFile(cropper, i), unit: 'ms' })),
        { label: `viewer, median of ${viewer.length} opens`, value: baseline, unit: 'ms' },
        ...FILES.map((file, i) => ({ label: `viewer, ${file}`, value: byFile(viewer, i), unit: 'ms' })),
      ],
      ratio: `${(subject / Math.max(baseline, 0.001)).toFixed(2)}× the preview viewer opening the same image`,
      target: { text: 'the cropper paints within 1.5× the time the viewer takes on the same image', met: subject < baseline * 1.5 },
    };
  },
};
