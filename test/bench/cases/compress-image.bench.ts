import { compressImage } from '../../../src/apis/compress-image.js';
import { warmPool } from '../../../src/compress/index.js';
import { createTempPath, getTempFile, releaseTempFile } from '../../../src/files/temp-store.js';
import { fixture, median, timeRuns, type BenchCase } from '../bench.js';

const FILE = 'canon-dslr.jpg'; // 5184×3456 (18 MP), 2 MB, with EXIF
const [WIDTH, HEIGHT] = [1920, 1280];
const QUALITY = 80;

/**
 * `wx.compressImage({ src, quality: 80, compressedWidth: 1920 })` on a temp path of a 16+ MP photo
 * — the whole call: contract, header and EXIF read, a warm pool worker, the temp path of the
 * output — against the browser's own resize + encode in this page (createImageBitmap at the
 * output size, one draw on an OffscreenCanvas, convertToBlob at the same quality), interleaved
 * in the same run.
 */
export const bench: BenchCase = {
  name: `wx.compressImage of one photo (${FILE} → ${WIDTH}×${HEIGHT}, quality ${QUALITY}) vs the browser's own resize + encode`,
  async run() {
    const blob = await fixture(FILE);
    const src = createTempPath(blob, 'jpg');
    await warmPool();
    let apiSize = 0;
    let baseSize = 0;
    let shape = '';
    const apiRun = async () => {
      const { tempFilePath } = await compressImage({ src, quality: QUALITY, compressedWidth: WIDTH });
      apiSize = getTempFile(tempFilePath)!.size;
      shape = tempFilePath.split('.').pop()!;
      releaseTempFile(tempFilePath);
    };
    const baselineRun = async () => {
      const bitmap = await createImageBitmap(blob, { resizeWidth: WIDTH, resizeHeight: HEIGHT });
      const canvas = new OffscreenCanvas(WIDTH, HEIGHT);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      bitmap.close();
      baseSize = (await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY / 100 })).size;
    };
    // Interleaved, so a busy moment of the machine weighs on both alike.
    const apiTimes: number[] = [];
    const baselineTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      apiTimes.push(...(await timeRuns(apiRun, 1, i ? 0 : 2)));
      baselineTimes.push(...(await timeRuns(baselineRun, 1, i ? 0 : 2)));
    }
    releaseTempFile(src);
    const api = median(apiTimes);
    const baseline = median(baselineTimes);
    const ratio = api / baseline;
    return {
      rows: [
        { label: `wx.compressImage median (.${shape})`, value: api, unit: 'ms' },
        { label: 'browser resize + encode in the page median', value: baseline, unit: 'ms' },
        { label: 'output size, wx.compressImage', value: apiSize / 1024, unit: 'KiB' },
        { label: 'output size, browser resize + encode', value: baseSize / 1024, unit: 'KiB' },
      ],
      ratio: `${ratio.toFixed(2)}× the browser's own resize + encode`,
      target: { text: "within 1.5× the browser's own resize + encode, output within 5 % of its size", met: ratio <= 1.5 && apiSize <= baseSize * 1.05 },
    };
  },
};
