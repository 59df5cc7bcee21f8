import type { BenchCase, BenchReport } from './bench.js';

// Runs the one case named in ?case= and leaves its report for scripts/bench.mjs to read. A case
// with viewports answers with them when no ?viewport= is given; the runner then loads it once
// per viewport, emulated.
const cases = import.meta.glob<{ bench: BenchCase }>('./cases/*.bench.ts');
const params = new URLSearchParams(location.search);
const name = params.get('case');
const viewport = params.get('viewport') ?? undefined;
declare global {
  interface Window {
    benchCases?: string[];
    benchResult?: { name: string; report?: BenchReport; error?: string; viewports?: BenchCase['viewports'] };
  }
}
window.benchCases = Object.keys(cases).map((path) => path.replace(/^.*\/|\.bench\.ts$/g, ''));
if (name) {
  const load = cases[`./cases/${name}.bench.ts`];
  (load ? load() : Promise.reject(new Error(`no bench case ${name}`)))
    .then(async ({ bench }) => {
      if (bench.viewports && !viewport) return (window.benchResult = { name: bench.name, viewports: bench.viewports });
      return (window.benchResult = { name: bench.name, report: await bench.run(viewport) });
    })
    .catch((error: unknown) => (window.benchResult = { name, error: String(error) }));
}
