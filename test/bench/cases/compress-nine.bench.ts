import { compressImage, POOL_SIZE, warmPool } from '../../../src/compress/index.js';
import { fixture, median, timeRuns, type BenchCase } from '../bench.js';

const FILE = 'canon-dslr.jpg'; // 5184×3456 (18 MP), 2 MB

/** Nine photos compressed at once (as chooseImage does with count 9) against one, warm pool. */
export const bench: BenchCase = {
  name: `compression of nine photos at once vs one (${FILE}, ${POOL_SIZE} workers)`,
  async run() {
    const blob = await fixture(FILE);
    const files = Array.from({ length: 9 }, (_, i) => new File([blob], `${i}.jpg`, { type: 'image/jpeg' }));
    await warmPool();
    // Interleaved, so a busy moment of the machine weighs on both alike.
    const ones: number[] = [];
    const nines: number[] = [];
    const inTurn: number[] = [];
    for (let i = 0; i < 3; i++) {
      ones.push(...(await timeRuns(() => compressImage(files[i], 'jpeg'), 2, i ? 0 : 1)));
      nines.push(...(await timeRuns(() => Promise.all(files.map((file) => compressImage(file, 'jpeg'))), 1, 0)));
      inTurn.push(
        ...(await timeRuns(async () => {
          for (const file of files) await compressImage(file, 'jpeg');
        }, 1, 0)),
      );
    }
    const one = median(ones);
    const nine = median(nines);
    const ratio = nine / one;
    const limit = 9 / POOL_SIZE + 1;
    return {
      rows: [
        { label: 'one photo median', value: one, unit: 'ms' },
        { label: 'nine photos at once median', value: nine, unit: 'ms' },
        { label: 'nine photos one after another median (one worker busy)', value: median(inTurn), unit: 'ms' },
        { label: 'workers (min(hardwareConcurrency, 4))', value: POOL_SIZE, unit: '' },
        { label: 'hardwareConcurrency', value: navigator.hardwareConcurrency, unit: '' },
      ],
      ratio: `nine take ${ratio.toFixed(2)}× one; one after another they take ${(median(inTurn) / one).toFixed(2)}×`,
      target: { text: `nine within (9 / ${POOL_SIZE} + 1) = ${limit.toFixed(2)}× one`, met: ratio <= limit },
    };
  },
};
