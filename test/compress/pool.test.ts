import { expect } from '@open-wc/testing';
import { compressImage, endWorkers, POOL_SIZE, poolState, warmPool } from '../../src/compress/index.js';
import { warmCompressionWhenIdle } from '../../src/compress/warm.js';
import { waitUntil } from '../wait.js';
import { meanDifference, thumbnail } from './pictures.js';

async function fixtureFile(name: string): Promise<File> {
  const blob = await (await fetch(`/test/fixtures/images/${name}`)).blob();
  return new File([blob], name, { type: 'image/jpeg' });
}

describe('the compression pool', () => {
  afterEach(() => endWorkers());

  it('has min(hardwareConcurrency, 4) workers', () => {
    expect(POOL_SIZE).to.equal(Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 4)));
  });

  it('compresses nine photos at once, never more than one per worker, each upright and right-sized', async () => {
    const names = ['Landscape_0.jpg', 'Landscape_1.jpg', 'Landscape_2.jpg', 'Landscape_3.jpg', 'Landscape_4.jpg', 'Landscape_5.jpg', 'Landscape_6.jpg', 'Landscape_7.jpg', 'Landscape_8.jpg'];
    const files = await Promise.all(names.map(fixtureFile));
    let mostBusy = 0;
    let mostWorkers = 0;
    let sawQueue = false;
    const sampler = setInterval(() => {
      const state = poolState();
      mostBusy = Math.max(mostBusy, state.busy);
      mostWorkers = Math.max(mostWorkers, state.workers);
      sawQueue ||= state.queued > 0;
    }, 1);
    const outputs = await Promise.all(files.map((file) => compressImage(file, 'jpeg', { maxEdge: 600 })));
    clearInterval(sampler);
    expect(mostWorkers).to.equal(POOL_SIZE);
    expect(mostBusy).to.be.within(1, POOL_SIZE);
    expect(sawQueue, 'nine photos wait for free workers').to.equal(true);
    const upright = await thumbnail(outputs[1]);
    for (const [i, output] of outputs.entries()) {
      const bitmap = await createImageBitmap(output);
      expect([bitmap.width, bitmap.height], names[i]).to.deep.equal([600, 400]);
      bitmap.close();
      // Landscape_N carries EXIF orientation N: every output shows the same upright picture.
      expect(meanDifference(await thumbnail(output), upright), names[i]).to.be.lessThan(12);
    }
  });

  it('warms every worker ahead of the first photo, once however often it is asked', async () => {
    expect(poolState().workers).to.equal(0);
    await Promise.all([warmPool(), warmPool()]);
    expect(poolState()).to.deep.equal({ workers: POOL_SIZE, busy: 0, queued: 0 });
    const output = await compressImage(await fixtureFile('Landscape_3.jpg'), 'jpeg', { maxEdge: 300 });
    expect(output.size).to.be.greaterThan(0);
    expect(poolState().workers).to.equal(POOL_SIZE);
  });

  it('starts the workers at idle time when asked to warm (requestIdleCallback, or a timeout without it)', async () => {
    warmCompressionWhenIdle();
    await waitUntil(() => poolState().workers === POOL_SIZE, 'the pool to fill');
  });

  it('drops a request given up while it waits, and still answers the others', async () => {
    const file = await fixtureFile('Landscape_1.jpg');
    const controller = new AbortController();
    const running = Array.from({ length: POOL_SIZE }, () => compressImage(file, 'jpeg', { maxEdge: 500 }));
    const waiting = compressImage(file, 'jpeg', { maxEdge: 500, signal: controller.signal });
    await waitUntil(() => poolState().queued > 0, 'a queued request');
    controller.abort();
    expect(await waiting.then(() => 'done', (error: DOMException) => error.name)).to.equal('AbortError');
    expect(poolState().queued).to.equal(0);
    for (const output of await Promise.all(running)) expect(output.size).to.be.greaterThan(0);
  });
});
