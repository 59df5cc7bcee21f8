import { expect } from '@open-wc/testing';
import { compressImage, poolState } from '../../src/compress/index.js';
import { meanDifference, thumbnail } from './pictures.js';

// Its own file (its own page): the pool remembers for the page that workers cannot run here.

/** A Worker whose script fails to load, as when a CSP without worker-src blocks it. */
class BlockedWorker extends EventTarget {
  constructor() {
    super();
    setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'blocked by worker-src' })), 0);
  }
  postMessage(): void {}
  terminate(): void {}
}

async function fixtureFile(name: string): Promise<File> {
  const blob = await (await fetch(`/test/fixtures/images/${name}`)).blob();
  return new File([blob], name, { type: 'image/jpeg' });
}

describe('compression where workers cannot run', () => {
  it('compresses in the page instead: upright, right-sized, and later calls start no worker', async () => {
    const original = window.Worker;
    window.Worker = BlockedWorker as unknown as typeof Worker;
    try {
      const output = await compressImage(await fixtureFile('Landscape_6.jpg'), 'jpeg', { maxEdge: 900 });
      const bitmap = await createImageBitmap(output);
      expect([bitmap.width, bitmap.height]).to.deep.equal([900, 600]);
      bitmap.close();
      const upright = await fixtureFile('Landscape_1.jpg');
      expect(meanDifference(await thumbnail(output), await thumbnail(upright))).to.be.lessThan(12);
      const second = await compressImage(await fixtureFile('Landscape_3.jpg'), 'jpeg', { maxEdge: 300 });
      expect(second.size).to.be.greaterThan(0);
      expect(poolState().workers).to.equal(0);
    } finally {
      window.Worker = original;
    }
  });
});
