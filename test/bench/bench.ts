/** What a benchmark case reports; the runner prints it. */
export interface BenchReport {
  /** The measured figures, e.g. medians of the subject and of the baseline. */
  rows: Array<{ label: string; value: number; unit: string }>;
  /** Subject against baseline, measured in the same run: e.g. "58.2× faster". */
  ratio?: string;
  /** The goal in words and whether this run met it. */
  target?: { text: string; met: boolean };
  /** Figures of the subject and of the baseline side by side; the runner prints subject ÷ baseline. */
  compare?: {
    /** Column names, e.g. "kit" and "PhotoSwipe". */
    subject: string;
    baseline: string;
    rows: Array<{ label: string; subject: number; baseline: number; unit: string }>;
  };
  /** More goals, each printed and each failing the run when missed. */
  targets?: Array<{ text: string; met: boolean }>;
}

/** A viewport to emulate (puppeteer's Viewport): the runner sets it before the case's page loads. */
export interface BenchViewport {
  width: number;
  height: number;
  deviceScaleFactor?: number;
  isMobile?: boolean;
  hasTouch?: boolean;
}

export interface BenchCase {
  name: string;
  /** Run once per viewport, each on a fresh page; `run` gets the key of the one it is in. */
  viewports?: Record<string, BenchViewport>;
  run(viewport?: string): Promise<BenchReport>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `runs` times after `warmup` runs and returns each duration in ms. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** A fixture image as a Blob. */
export async function fixture(name: string): Promise<Blob> {
  const response = await fetch(`/test/fixtures/images/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.blob();
}
