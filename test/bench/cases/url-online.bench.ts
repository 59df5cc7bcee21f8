import { getImageInfo } from '../../../src/apis/get-image-info.js';
import { configure } from '../../../src/config.js';
import { releaseTempFile } from '../../../src/files/temp-store.js';
import type { BenchCase } from '../bench.js';

const NAME = 'canon-dslr.jpg';
// Another origin with CORS, paced at 10 Mbit/s (scripts/bench.mjs; port 8630 unless BENCH_ONLINE_PORT moves it).
const ORIGIN: string = import.meta.env.VITE_BENCH_ONLINE_ORIGIN ?? 'http://127.0.0.1:8630';

async function served(): Promise<{ bytesSent: number; requests: number }> {
  return (await fetch(`/paced-stats?server=online&name=${NAME}`)).json();
}

/**
 * getImageInfo of an online image of an allowed download domain, three times: the first call
 * downloads it (its `path` is a temp file, as in the Mini App); the next ones reuse that temp
 * path while it lives; after it is released, the next call downloads again.
 */
export const bench: BenchCase = {
  name: `getImageInfo of an online ${NAME} (allowed domain, CORS, 10 Mbit/s): first call vs the next`,
  async run() {
    configure({ downloadDomains: [new URL(ORIGIN).host] });
    const src = `${ORIGIN}/paced/${NAME}`;
    await fetch('/paced-reset');
    let start = performance.now();
    const first = await getImageInfo({ src });
    const firstMs = performance.now() - start;
    const afterFirst = await served();
    start = performance.now();
    const second = await getImageInfo({ src });
    const secondMs = performance.now() - start;
    const afterSecond = await served();
    releaseTempFile(first.path);
    await getImageInfo({ src }).then((r) => releaseTempFile(r.path));
    const afterRelease = await served();
    const secondBytes = afterSecond.bytesSent - afterFirst.bytesSent;
    return {
      rows: [
        { label: 'first call (downloads)', value: firstMs, unit: 'ms' },
        { label: 'first call: bytes sent', value: afterFirst.bytesSent / 1024, unit: 'KiB' },
        { label: 'second call (same URL, temp path live)', value: secondMs, unit: 'ms' },
        { label: 'second call: bytes sent', value: secondBytes, unit: 'B' },
        { label: 'second call gave the same temp path', value: Number(second.path === first.path), unit: '' },
        { label: 'requests after a release and one more call', value: afterRelease.requests, unit: '' },
      ],
      ratio: `second call ${(firstMs / Math.max(secondMs, 0.01)).toFixed(0)}× faster, ${secondBytes} bytes sent`,
      target: { text: 'a second call for the same URL sends nothing', met: secondBytes === 0 && afterSecond.requests === 1 && second.path === first.path },
    };
  },
};
