import { expect } from '@open-wc/testing';
import { configure, resetConfig, wx } from '../../src/index.js';
import { downloadOnline } from '../../src/files/download.js';
import { loadSource } from '../../src/files/resolve.js';
import { getTempFile, releaseAllTempFiles } from '../../src/files/temp-store.js';

const SRC = 'https://img.example.com/photo.png';

/** Replaces window.fetch while `work` runs: answers `body` once `gate` opens; records each request's signal. */
async function withFetch<T>(body: Blob, work: (signals: AbortSignal[], open: () => void) => Promise<T>): Promise<T> {
  const original = window.fetch;
  const signals: AbortSignal[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  window.fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const signal = init!.signal!;
    signals.push(signal);
    await Promise.race([gate, new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))]);
    return new Response(body, { status: 200 });
  };
  try {
    return await work(signals, open);
  } finally {
    window.fetch = original;
  }
}

const png = async () => (await fetch('/test/fixtures/images/gen-1x1.png')).blob();

describe('online downloads', () => {
  beforeEach(() => configure({ downloadDomains: ['img.example.com'] }));
  afterEach(() => {
    resetConfig();
    releaseAllTempFiles();
  });

  it("are reused by every kit API while getImageInfo's temp path lives", async () => {
    await withFetch(await png(), async (signals, open) => {
      open();
      const { path } = await wx.getImageInfo({ src: SRC });
      const loaded = await loadSource({ kind: 'online', url: SRC });
      expect(loaded).to.equal(getTempFile(path));
      expect(signals).to.have.length(1);
    });
  });

  it('keep going for the callers still waiting when one gives up', async () => {
    await withFetch(await png(), async (signals, open) => {
      const leaving = new AbortController();
      const left = downloadOnline(SRC, { signal: leaving.signal });
      const staying = downloadOnline(SRC);
      leaving.abort();
      expect(await left.then(() => 'done', (e: DOMException) => e.name)).to.equal('AbortError');
      open();
      expect((await staying).size).to.be.greaterThan(0);
      expect(signals).to.have.length(1);
      expect(signals[0].aborted).to.equal(false);
    });
  });

  it('are aborted when every caller gives up, and asked again by the next call', async () => {
    await withFetch(await png(), async (signals, open) => {
      const a = new AbortController();
      const b = new AbortController();
      const calls = [downloadOnline(SRC, { signal: a.signal }), downloadOnline(SRC, { signal: b.signal })].map((p) =>
        p.then(() => 'done', (e: DOMException) => e.name),
      );
      a.abort();
      b.abort();
      expect(await Promise.all(calls)).to.deep.equal(['AbortError', 'AbortError']);
      expect(signals[0].aborted, 'the request itself ends').to.equal(true);
      open();
      expect((await downloadOnline(SRC)).size).to.be.greaterThan(0);
      expect(signals).to.have.length(2);
    });
  });

  it('keep nothing in memory when no caller asked for a temp path', async () => {
    await withFetch(await png(), async (signals, open) => {
      open();
      await loadSource({ kind: 'online', url: SRC });
      await loadSource({ kind: 'online', url: SRC });
      expect(signals, 'a plain load is not cached').to.have.length(2);
    });
  });
});
