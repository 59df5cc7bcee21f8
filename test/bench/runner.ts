import type { BenchCase, BenchReport } from './bench.js';

// Runs the one case named in ?case= and leaves its report for scripts/bench.mjs to read.
const cases = import.meta.glob<{ bench: BenchCase }>('./cases/*.bench.ts');
const name = new URLSearchParams(location.search).get('case');
declare global {
  interface Window {
    benchCases?: string[];
    benchResult?: { name: string; report?: BenchReport; error?: string };
  }
}
window.benchCases = Object.keys(cases).map((path) => path.replace(/^.*\/|\.bench\.ts$/g, ''));
if (name) {
  const load = cases[`./cases/${name}.bench.ts`];
  (load ? load() : Promise.reject(new Error(`no bench case ${name}`)))
    .then(async ({ bench }) => (window.benchResult = { name: bench.name, report: await bench.run() }))
    .catch((error: unknown) => (window.benchResult = { name, error: String(error) }));
}
