import { getImageInfo } from '../../../src/apis/get-image-info.js';
import { median, type BenchCase } from '../bench.js';

const NAME = 'photo-3.7mb.jpg'; // canon-dslr.jpg padded to 3.7 MB (scripts/bench.mjs)
const RUNS = 3;

interface Served {
  bytesSent: number;
  requests: number;
}

/** Runs `work` after resetting the paced server's counters; its time and what the server sent. */
async function measured(work: () => Promise<unknown>): Promise<{ ms: number } & Served> {
  await fetch('/paced-reset');
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  // The server counts a body as it writes it: let a cancelled reply's last chunk settle.
  await new Promise((r) => setTimeout(r, 300));
  const served = (await (await fetch(`/paced-stats?name=${NAME}`)).json()) as Served;
  return { ms, ...served };
}

/**
 * getImageInfo of a same-origin 3.7 MB photo over a link paced at 10 Mbit/s, against fetching
 * the file (what the kit did before): time and bytes the server sent, both in this run.
 */
export const bench: BenchCase = {
  name: `getImageInfo of a same-origin ${NAME} on a 10 Mbit/s link vs fetching it`,
  async run() {
    const info: Array<{ ms: number } & Served> = [];
    const full: Array<{ ms: number } & Served> = [];
    let size = '';
    for (let i = 0; i < RUNS; i++) {
      info.push(
        await measured(async () => {
          const result = await getImageInfo({ src: `/paced/${NAME}` });
          size = `${result.width}×${result.height}`;
        }),
      );
      full.push(await measured(async () => (await fetch(`/paced/${NAME}`, { cache: 'no-store' })).blob()));
    }
    const infoMs = median(info.map((r) => r.ms));
    const fullMs = median(full.map((r) => r.ms));
    const infoBytes = Math.max(...info.map((r) => r.bytesSent));
    const fullBytes = median(full.map((r) => r.bytesSent));
    const ratio = fullMs / infoMs;
    return {
      rows: [
        { label: `getImageInfo median (${size})`, value: infoMs, unit: 'ms' },
        { label: 'getImageInfo: bytes sent by the server (most of 3 runs)', value: infoBytes / 1024, unit: 'KiB' },
        { label: 'getImageInfo: requests per call', value: info[0].requests, unit: '' },
        { label: 'fetch of the whole file median', value: fullMs, unit: 'ms' },
        { label: 'fetch: bytes sent by the server', value: fullBytes / 1024, unit: 'KiB' },
      ],
      ratio: `${ratio.toFixed(1)}× less time, ${(fullBytes / infoBytes).toFixed(1)}× fewer bytes than fetching the file`,
      target: { text: 'at most 128 KB sent and at least 10× less time than fetching the file', met: infoBytes <= 128 * 1024 && ratio >= 10 },
    };
  },
};
