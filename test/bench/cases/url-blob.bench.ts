import { getImageInfo } from '../../../src/apis/get-image-info.js';
import { createTempPath, releaseTempFile } from '../../../src/files/temp-store.js';
import { fixture, median, timeRuns, type BenchCase } from '../bench.js';

const FILE = 'canon-dslr.jpg';

/**
 * getImageInfo of a `blob:` URL the page made itself (`URL.createObjectURL(file)`, read through
 * fetch) against a temp path of the same bytes (read from the Blob the kit holds).
 */
export const bench: BenchCase = {
  name: `getImageInfo of a page-made blob: URL vs a temp path (${FILE})`,
  async run() {
    const blob = await fixture(FILE);
    const temp = createTempPath(blob);
    const pageUrl = URL.createObjectURL(blob);
    const tempMs = median(await timeRuns(() => getImageInfo({ src: temp }), 100, 10));
    const pageMs = median(await timeRuns(() => getImageInfo({ src: pageUrl }), 100, 10));
    // What the kit did before: the whole file through fetch, then the header from the Blob.
    const wholeMs = median(await timeRuns(async () => (await fetch(pageUrl)).blob(), 30, 3));
    releaseTempFile(temp);
    URL.revokeObjectURL(pageUrl);
    const ratio = pageMs / tempMs;
    return {
      rows: [
        { label: 'temp path median', value: tempMs, unit: 'ms' },
        { label: 'page-made blob: URL median', value: pageMs, unit: 'ms' },
        { label: 'fetch(blob: URL).blob() of the whole file median', value: wholeMs, unit: 'ms' },
      ],
      ratio: `page-made blob: URL takes ${ratio.toFixed(2)}× a temp path`,
      target: { text: 'a page-made blob: URL within 2× a temp path', met: ratio <= 2 },
    };
  },
};
