import { expect } from '@open-wc/testing';
import {
  createTempPath,
  getTempFile,
  isTempPath,
  releaseAllTempFiles,
  releaseTempFile,
  tempFileCount,
} from '../../src/files/temp-store.js';
import { wx } from '../../src/index.js';

async function loads(src: string): Promise<boolean> {
  const img = new Image();
  img.src = src;
  try {
    await img.decode();
    return true;
  } catch {
    return false;
  }
}

const onePixelPng = () =>
  fetch(new URL('../fixtures/images/gen-1x1.png', import.meta.url)).then((r) => r.blob());

describe('the temp-file store', () => {
  afterEach(() => releaseAllTempFiles());

  it('turns a Blob into a blob: path that works as <img src>', async () => {
    const path = createTempPath(await onePixelPng());
    expect(path).to.match(/^blob:/);
    expect(await loads(path)).to.equal(true);
  });

  it('resolves a path back to the very same Blob', async () => {
    const blob = await onePixelPng();
    const path = createTempPath(blob);
    expect(getTempFile(path)).to.equal(blob);
    expect(isTempPath(path)).to.equal(true);
    expect(getTempFile('blob:http://example.invalid/nope')).to.equal(undefined);
  });

  it('releases one path: the URL is revoked and the Blob dropped', async () => {
    const keep = createTempPath(await onePixelPng());
    const drop = createTempPath(await onePixelPng());
    expect(releaseTempFile(drop)).to.equal(true);
    expect(releaseTempFile(drop)).to.equal(false);
    expect(getTempFile(drop)).to.equal(undefined);
    expect(await loads(drop)).to.equal(false);
    expect(await loads(keep)).to.equal(true);
    expect(tempFileCount()).to.equal(1);
  });

  it('releases all paths at once', async () => {
    const paths = [createTempPath(await onePixelPng()), createTempPath(new Blob(['x']))];
    expect(tempFileCount()).to.equal(2);
    expect(releaseAllTempFiles()).to.equal(2);
    expect(tempFileCount()).to.equal(0);
    for (const path of paths) expect(getTempFile(path)).to.equal(undefined);
    expect(await loads(paths[0])).to.equal(false);
  });

  it('is reachable from wx', async () => {
    const path = createTempPath(new Blob(['x']));
    expect(wx.releaseTempFile(path)).to.equal(true);
    createTempPath(new Blob(['y']));
    expect(wx.releaseAllTempFiles()).to.equal(1);
  });
});
