import '../../../components/image-uploader/define.js';
import type { WxImageUploader } from '../../../components/image-uploader/image-uploader.js';
import { warmPool } from '../../../src/compress/index.js';
import { createTempPath, getTempFile, releaseTempFile } from '../../../src/files/temp-store.js';
import { bytesToSend, UploadSlots } from '../../../src/upload/photo-upload.js';
import { fixture, type BenchCase } from '../bench.js';

/** 16 MP, 4:3. */
const WIDTH = 4608;
const HEIGHT = 3456;
const PHOTOS = 9;
/** The bench server's upload endpoint: every request read through one 10 Mbit/s link (scripts/bench.mjs). */
const ENDPOINT = '/paced-upload';

/** A tile of grain: a phone photo's sensor noise, which keeps its compressed size near a real one's. */
function grain(): OffscreenCanvas {
  const tile = new OffscreenCanvas(512, 512);
  const pixels = new ImageData(512, 512);
  for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = i % 4 === 3 ? 255 : Math.random() * 255;
  tile.getContext('2d')!.putImageData(pixels, 0, 0);
  return tile;
}

/**
 * Nine 16 MP JPEGs: a real photo (canon-dslr.jpg, 18 MP) drawn at 4608×3456 with grain, each a
 * little tinted so no two are the same bytes.
 */
async function sixteenMegapixelPhotos(): Promise<File[]> {
  const source = await createImageBitmap(await fixture('canon-dslr.jpg'));
  const canvas = new OffscreenCanvas(WIDTH, HEIGHT);
  const context = canvas.getContext('2d')!;
  const noise = context.createPattern(grain(), 'repeat')!;
  const photos: File[] = [];
  for (let i = 0; i < PHOTOS; i++) {
    context.drawImage(source, 0, 0, WIDTH, HEIGHT);
    context.globalAlpha = 0.12;
    context.fillStyle = noise;
    context.fillRect(0, 0, WIDTH, HEIGHT);
    context.globalAlpha = 1;
    context.fillStyle = `rgb(${i * 25} 128 ${255 - i * 25} / 0.04)`;
    context.fillRect(0, 0, WIDTH, HEIGHT);
    photos.push(new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })], `photo-${i + 1}.jpg`, { type: 'image/jpeg' }));
  }
  source.close();
  return photos;
}

async function uploader(attributes: Record<string, string>): Promise<WxImageUploader> {
  const el = document.createElement('wx-image-uploader');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function until(condition: () => boolean, what: string, timeout = 240_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * `<wx-image-uploader>` with nine 16 MP photos:
 * - memory: the decoded pixels its thumbnails hold against full-size thumbnails (what Vant's
 *   Uploader shows by default: the whole image in an <img>), target ≤ 1/50;
 * - time: with size-type="compressed" and a 10 Mbit/s link, from the photos' arrival until all
 *   are uploaded, against the larger of all nine compressions alone and all nine uploads alone
 *   (the same bytes through the same three slots), measured in this run; target ≤ 1.2×;
 * - no main-thread task over 50 ms (Long Tasks API) while it works.
 */
export const bench: BenchCase = {
  name: `<wx-image-uploader>: nine 16 MP photos, size-type=compressed, 10 Mbit/s link`,
  async run() {
    const photos = await sixteenMegapixelPhotos();
    await warmPool();

    // Memory: the grid's thumbnails.
    const grid = await uploader({});
    await grid.addFiles(photos);
    await until(() => grid.items.length === PHOTOS && grid.items.every((item) => item.canvas !== undefined), 'the thumbnails');
    const held = grid.items.reduce((sum, item) => sum + (item.canvas ? item.canvas.width * item.canvas.height : 0), 0);
    const fullSize = PHOTOS * WIDTH * HEIGHT;
    grid.remove();

    // Baseline 1: all compressions alone (the uploader's own compression of each photo, at once).
    const paths = photos.map((photo) => createTempPath(photo, 'jpg'));
    let start = performance.now();
    const sent = await Promise.all(paths.map((path) => bytesToSend(path, true)));
    const compressionsAlone = performance.now() - start;
    const sentBytes = sent.reduce((sum, path) => sum + getTempFile(path)!.size, 0);

    // Baseline 2: all uploads alone: the compressed bytes through three slots over the link.
    const slots = new UploadSlots();
    start = performance.now();
    const results = await Promise.all(sent.map((filePath) => slots.send({ url: ENDPOINT, filePath, name: 'file' }, () => undefined)));
    const uploadsAlone = performance.now() - start;
    if (results.some((r) => r.statusCode !== 200)) throw new Error(`baseline upload failed: ${JSON.stringify(results.find((r) => r.statusCode !== 200))}`);
    for (const path of [...paths, ...sent]) releaseTempFile(path);

    // The uploader: photos in, thumbnails, compression and uploads overlapping.
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask', buffered: false });
    const el = await uploader({ 'upload-url': ENDPOINT, 'size-type': 'compressed' });
    start = performance.now();
    await el.addFiles(photos);
    await until(() => el.photos.length === PHOTOS && el.photos.every((p) => p.state === 'done' || p.state === 'failed'), 'the uploads');
    const together = performance.now() - start;
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    const failed = el.photos.filter((p) => p.state === 'failed').length;
    el.remove();
    if (failed) throw new Error(`${failed} uploads failed`);

    const memoryRatio = held / fullSize;
    const slower = Math.max(compressionsAlone, uploadsAlone);
    const timeRatio = together / slower;
    const longest = longTasks.length ? Math.max(...longTasks) : 0;
    return {
      rows: [
        { label: 'pixels held by the grid (9 thumbnails)', value: held, unit: 'px' },
        { label: 'pixels of 9 full-size thumbnails', value: fullSize, unit: 'px' },
        { label: 'bytes sent (9 compressed photos)', value: sentBytes, unit: 'B' },
        { label: 'all compressions alone', value: compressionsAlone, unit: 'ms' },
        { label: 'all uploads alone (10 Mbit/s, 3 at a time)', value: uploadsAlone, unit: 'ms' },
        { label: 'uploader: photos in → all uploaded', value: together, unit: 'ms' },
        { label: 'main-thread tasks over 50 ms', value: longTasks.length, unit: '' },
        { label: 'longest of them', value: longest, unit: 'ms' },
      ],
      ratio: `grid holds 1/${Math.round(1 / memoryRatio)} of full-size pixels; all uploaded in ${timeRatio.toFixed(2)}× max(compressions alone, uploads alone)`,
      target: {
        text: 'grid pixels ≤ 1/50 of full size, all uploaded within 1.2× the larger baseline, no task over 50 ms',
        met: memoryRatio <= 1 / 50 && timeRatio <= 1.2 && longTasks.length === 0,
      },
    };
  },
};
