import { defineApi } from '../../../src/contract/index.js';
import { median, timeRuns, type BenchCase } from '../bench.js';

const CALLS = 10000;

const viaContract = defineApi<{ n: number }, { n: number }>({
  name: 'bench',
  schema: { n: { type: 'Number', required: true } },
  run: ({ n }) => ({ n }),
});

async function bare(options: { n: number }) {
  return { n: options.n, errMsg: 'bench:ok' };
}

/** What the call contract (validation, errMsg, Promise bridge) costs over a bare async function. */
export const bench: BenchCase = {
  name: 'call contract overhead (10000 Promise-style calls)',
  async run() {
    const contract = median(await timeRuns(async () => { for (let i = 0; i < CALLS; i++) await viaContract({ n: i }); }, 15));
    const baseline = median(await timeRuns(async () => { for (let i = 0; i < CALLS; i++) await bare({ n: i }); }, 15));
    const perCallUs = ((contract - baseline) / CALLS) * 1000;
    return {
      rows: [
        { label: 'contract, median of 10000 calls', value: contract, unit: 'ms' },
        { label: 'bare async function, median of 10000 calls', value: baseline, unit: 'ms' },
        { label: 'overhead per call', value: perCallUs, unit: 'µs' },
      ],
      ratio: `${(contract / Math.max(baseline, 0.001)).toFixed(1)}× the bare call`,
      target: { text: 'under 20 µs added per call', met: perCallUs < 20 },
    };
  },
};
