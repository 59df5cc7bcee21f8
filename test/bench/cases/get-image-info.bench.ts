import { getImageInfo } from '../../../src/apis/get-image-info.js';
import { createTempPath, releaseTempFile } from '../../../src/files/temp-store.js';
import { fixture, median, timeRuns, type BenchCase } from '../bench.js';

const FILE = 'canon-dslr.jpg'; // the largest JPEG fixture: 5184×3456, 2 MB, with EXIF

/**
 * getImageInfo on a photo held as a blob: URL (a temp path) against what the H5 runtimes do:
 * decode it with `new Image()` + `decode()`. Each decode gets a fresh blob: URL, so no decoded
 * copy can be reused between runs.
 */
export const bench: BenchCase = {
  name: `getImageInfo vs Image decode (${FILE})`,
  async run() {
    const blob = await fixture(FILE);
    const path = createTempPath(blob);
    let size = '';
    const info = median(
      await timeRuns(async () => {
        const result = await getImageInfo({ src: path });
        size = `${result.width}×${result.height}`;
      }, 200, 10),
    );
    const decode = median(
      await timeRuns(async () => {
        const url = URL.createObjectURL(blob);
        const img = new Image();
        img.src = url;
        await img.decode();
        URL.revokeObjectURL(url);
      }, 15, 2),
    );
    releaseTempFile(path);
    const ratio = decode / Math.max(info, 0.001);
    return {
      rows: [
        { label: `getImageInfo median (${size})`, value: info, unit: 'ms' },
        { label: 'new Image() + decode() median', value: decode, unit: 'ms' },
      ],
      ratio: `${ratio.toFixed(1)}× faster than decoding`,
      target: { text: 'at least 50× faster than decoding, under 2 ms median', met: ratio >= 50 && info < 2 },
    };
  },
};
