import imageCompression from 'browser-image-compression';
import { compressImage, warmPool } from '../../../src/compress/index.js';
import { getConfig } from '../../../src/config.js';
import { fixture, median, timeRuns, type BenchCase } from '../bench.js';

const FILE = 'canon-dslr.jpg'; // 5184×3456 (18 MP), 2 MB

/**
 * One photo's compression by the kit (a warm pool worker) against the browser's own resize and
 * encode in this page — createImageBitmap at the output size, one draw on an OffscreenCanvas,
 * convertToBlob at the same quality — and against browser-image-compression (what the worker
 * ran before), all in the same run.
 */
export const bench: BenchCase = {
  name: `compression of one photo (${FILE}): the kit vs the browser's own resize + encode`,
  async run() {
    const blob = await fixture(FILE);
    const file = new File([blob], FILE, { type: 'image/jpeg' });
    const { maxEdge, quality } = getConfig().compression;
    await warmPool();
    let kitSize = 0;
    let baseSize = 0;
    let librarySize = 0;
    const scale = Math.min(1, maxEdge / 5184);
    const [width, height] = [Math.round(5184 * scale), Math.round(3456 * scale)];
    const kitRun = async () => (kitSize = (await compressImage(file, 'jpeg')).size);
    const baselineRun = async () => {
      const bitmap = await createImageBitmap(file, { resizeWidth: width, resizeHeight: height });
      const canvas = new OffscreenCanvas(width, height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      bitmap.close();
      baseSize = (await canvas.convertToBlob({ type: 'image/jpeg', quality })).size;
    };
    // Interleaved, so a busy moment of the machine weighs on both alike.
    const kitTimes: number[] = [];
    const baselineTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      kitTimes.push(...(await timeRuns(kitRun, 1, i ? 0 : 2)));
      baselineTimes.push(...(await timeRuns(baselineRun, 1, i ? 0 : 2)));
    }
    const kit = median(kitTimes);
    const baseline = median(baselineTimes);
    const library = median(
      await timeRuns(async () => {
        librarySize = (await imageCompression(file, { useWebWorker: false, maxWidthOrHeight: maxEdge, initialQuality: quality })).size;
      }, 3, 1),
    );
    const ratio = kit / baseline;
    return {
      rows: [
        { label: 'kit (pool worker) median', value: kit, unit: 'ms' },
        { label: 'browser resize + encode in the page median', value: baseline, unit: 'ms' },
        { label: 'browser-image-compression (main thread) median', value: library, unit: 'ms' },
        { label: 'output size, kit', value: kitSize / 1024, unit: 'KiB' },
        { label: 'output size, browser resize + encode', value: baseSize / 1024, unit: 'KiB' },
        { label: 'output size, browser-image-compression', value: librarySize / 1024, unit: 'KiB' },
      ],
      ratio: `${ratio.toFixed(2)}× the browser's own resize + encode; ${(library / kit).toFixed(1)}× faster than browser-image-compression`,
      target: { text: "within 1.5× the browser's own resize + encode, output no larger", met: ratio <= 1.5 && kitSize <= baseSize },
    };
  },
};
