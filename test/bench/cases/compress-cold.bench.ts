import { fixture, median, timeRuns, type BenchCase } from '../bench.js';

const FILE = 'canon-dslr.jpg';

/**
 * The first compression in a fresh page with no warm-up at all (a page that calls chooseImage
 * without a chooser element, the person picking at once), against a warm one: what warming saves.
 */
export const bench: BenchCase = {
  name: `first compression with no warm-up vs a warm one (${FILE})`,
  async run() {
    const blob = await fixture(FILE);
    const file = new File([blob], FILE, { type: 'image/jpeg' });
    const start = performance.now();
    const { compressImage } = await import('../../../src/compress/index.js');
    await compressImage(file, 'jpeg');
    const cold = performance.now() - start;
    const warm = median(await timeRuns(() => compressImage(file, 'jpeg'), 5, 1));
    return {
      rows: [
        { label: 'first compression, nothing warmed', value: cold, unit: 'ms' },
        { label: 'warm compression median', value: warm, unit: 'ms' },
      ],
      ratio: `cold first takes ${(cold / warm).toFixed(2)}× a warm one`,
    };
  },
};
