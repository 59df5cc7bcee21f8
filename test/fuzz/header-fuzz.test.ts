import { expect } from '@open-wc/testing';
import { getImageInfo } from '../../src/apis/get-image-info.js';
import { ALBUM_FORMATS } from '../../src/apis/save-image-to-photos-album.js';
import { imageFile } from '../../src/files/source.js';
import { createTempPath, releaseTempFile } from '../../src/files/temp-store.js';
import { fixtureBlob, loadManifest } from '../image/fixture-manifest.js';
import { fuzzCase, type Fixture } from './generators.js';

/**
 * The fuzz suite: generated hostile files (random bytes; truncations, byte mutations and huge
 * sizes written into every fixture; odd SVG attribute values; deep nesting; segment, chunk, box
 * and IFD floods; offsets that loop) through getImageInfo and save's type check. Each call must
 * settle within CASE_LIMIT_MS, never throw, leave no unhandled rejection, and answer either a
 * sane size or `invalid image`. The seeds are fixed, so a run is the same every time.
 */
const SEEDS = [0x11a, 0x11b, 0x11c];
const CASES_PER_SEED = 150;
/** A hang detector, not a speed goal (those are in `npm run bench`): far above any real read. */
const CASE_LIMIT_MS = 3000;

/**
 * Cases that once failed (before the budgets and the size limit), by (seed, index), with what
 * was wrong. Replayed on every run, whatever SEEDS and CASES_PER_SEED become.
 */
const REGRESSIONS: Array<{ seed: number; index: number; was: string }> = [
  { seed: 0x11a, index: 16, was: 'TIFF with self-pointing IFD: ok 127x4294967295' },
  { seed: 0x11a, index: 123, was: 'random bytes after a signature: ok 2483241887x604018864' },
  { seed: 0x11b, index: 76, was: 'random bytes after a signature: ok 250369674x3526044050' },
  { seed: 0x11c, index: 66, was: 'random bytes after a signature: ok 2273824480x1689356669' },
];

type Outcome = { ok: true; width: number; height: number } | { ok: false; errMsg: string };

function settleWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not settled after ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function check(seed: number, index: number, fixtures: Fixture[]): Promise<void> {
  const { kind, blob } = await fuzzCase(seed, index, fixtures);
  const name = `seed ${seed} case ${index} (${kind})`;
  const path = createTempPath(blob);
  try {
    const outcome: Outcome = await settleWithin(
      getImageInfo({ src: path }).then(
        (r) => ({ ok: true as const, width: r.width, height: r.height }),
        (f: { errMsg: string }) => ({ ok: false as const, errMsg: f.errMsg }),
      ),
      CASE_LIMIT_MS,
      name,
    );
    if (outcome.ok) {
      for (const edge of [outcome.width, outcome.height]) {
        expect(Number.isInteger(edge) && edge >= 1 && edge <= 2 ** 31 - 1, `${name}: size ${outcome.width}x${outcome.height}`).to.equal(true);
      }
    } else {
      expect(outcome.errMsg, name).to.equal('getImageInfo:fail invalid image');
    }
    // Save's type check reads the same header within the same budgets.
    const file = await settleWithin(imageFile(blob, name, ALBUM_FORMATS), CASE_LIMIT_MS, `${name} save check`);
    if (file) expect(outcome.ok, `${name}: saved as ${file.type} though getImageInfo failed`).to.equal(true);
  } finally {
    releaseTempFile(path);
  }
}

describe('fuzz: hostile files settle with a sane answer', () => {
  let fixtures: Fixture[];
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

  before(async () => {
    const manifest = await loadManifest();
    fixtures = await Promise.all(manifest.map(async ({ file }) => ({ file, blob: await fixtureBlob(file) })));
    window.addEventListener('unhandledrejection', onUnhandled);
  });
  after(() => window.removeEventListener('unhandledrejection', onUnhandled));
  afterEach(async () => {
    // Rejections are reported a task later.
    await new Promise((r) => setTimeout(r, 0));
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });

  for (const seed of SEEDS) {
    it(`seed ${seed}: ${CASES_PER_SEED} generated files`, async function () {
      this.timeout(CASES_PER_SEED * CASE_LIMIT_MS);
      for (let index = 0; index < CASES_PER_SEED; index++) await check(seed, index, fixtures);
    });
  }

  for (const { seed, index, was } of REGRESSIONS) {
    it(`regression: seed ${seed} case ${index} (${was})`, async () => {
      await check(seed, index, fixtures);
    });
  }
});
