import { warmCompressionWhenIdle } from '../../../src/compress/warm.js';
import { fixture, median, timeRuns, type BenchCase } from '../bench.js';

const FILE = 'canon-dslr.jpg';
/** A short time for a person to pick a photo once the picker is open (a few seconds is usual). */
const PICKING_MS = 2000;

/**
 * The first compression in a fresh page, as the kit runs it: the pool is warmed at idle when a
 * chooser is defined or a picker opens (here: warmCompressionWhenIdle, then a second for the
 * person to pick), against a warm one. The compression module itself loads lazily, as in
 * chooseImage.
 */
export const bench: BenchCase = {
  name: `first compression after load (warmed at idle) vs a warm one (${FILE})`,
  async run() {
    const blob = await fixture(FILE);
    const file = new File([blob], FILE, { type: 'image/jpeg' });
    warmCompressionWhenIdle();
    await new Promise((r) => setTimeout(r, PICKING_MS));
    let start = performance.now();
    const { compressImage } = await import('../../../src/compress/index.js');
    await compressImage(file, 'jpeg');
    const first = performance.now() - start;
    const warm = median(await timeRuns(() => compressImage(file, 'jpeg'), 5, 1));
    const ratio = first / warm;
    return {
      rows: [
        { label: 'first compression (pool warmed at idle)', value: first, unit: 'ms' },
        { label: 'warm compression median', value: warm, unit: 'ms' },
      ],
      ratio: `first takes ${ratio.toFixed(2)}× a warm one`,
      target: { text: 'the first photo within 1.5× a warm one', met: ratio <= 1.5 },
    };
  },
};
