import { expect } from '@open-wc/testing';
import { source, tsFiles } from '../source/repo-files.js';

// The rules of ARCHITECTURE.md, checked on the files as they are on disk.

/** The entries: they assemble the kit and may import elements and overlays. */
const ENTRIES = ['src/index.ts', 'src/wx.ts'];
/** The seam: the one place of the core that loads overlays. */
const SEAM = 'src/ui/';

/** Every module a file names: static imports and re-exports (types too) and dynamic `import(…)`. */
export function specifiersOf(text: string): string[] {
  const found: string[] = [];
  // `from '…'`, `import '…'` and `import('…')`; a quote never spans lines.
  for (const match of text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"\n]+)['"]/g)) found.push(match[1]);
  return found;
}

/** A relative specifier as a repo path (`src/apis/x.ts` + `../ui/y.js` → `src/ui/y.js`); others as written. */
export function resolveFrom(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const parts = file.split('/').slice(0, -1);
  for (const step of specifier.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** Whether a file of src/ is core: everything but the entries and the seam. */
export function isCore(file: string): boolean {
  return file.startsWith('src/') && !ENTRIES.includes(file) && !file.startsWith(SEAM);
}

/** `file: target` for each import of a core file that reaches into components/. */
export function coreViolations(file: string, text: string): string[] {
  if (!isCore(file)) return [];
  return specifiersOf(text)
    .map((specifier) => resolveFrom(file, specifier))
    .filter((target) => target.startsWith('components/'))
    .map((target) => `${file}: ${target}`);
}

describe('ARCHITECTURE.md: the core never imports components/', () => {
  it('the checker sees static, type-only, re-exported and dynamic imports of components/', () => {
    const file = 'src/apis/example.ts';
    const text = [
      "import { openActionSheet } from '../../components/action-sheet/open.js';",
      "import type { WxImagePreview } from '../../components/image-preview/image-preview.js';",
      "export { x } from '../../components/x/x.js';",
      "import '../../components/image-preview/define.js';",
      "const sheet = await import('../../components/camera-sheet/open.js');",
      "const other = await import(\n  '../../components/notice/open.js');",
      "import { ApiError } from '../contract/errors.js';",
    ].join('\n');
    expect(coreViolations(file, text)).to.deep.equal([
      `${file}: components/action-sheet/open.js`,
      `${file}: components/image-preview/image-preview.js`,
      `${file}: components/x/x.js`,
      `${file}: components/image-preview/define.js`,
      `${file}: components/camera-sheet/open.js`,
      `${file}: components/notice/open.js`,
    ]);
    // The same imports are allowed to the seam and the entries.
    expect(coreViolations('src/ui/overlays.ts', "import('../../components/camera-sheet/open.js')")).to.deep.equal([]);
    expect(coreViolations('src/index.ts', "import '../components/image-chooser/define.js';")).to.deep.equal([]);
  });

  it('holds for every file of the core', async () => {
    const files = await tsFiles('src');
    const core = files.filter(isCore);
    expect(core.length, 'core files read').to.be.greaterThan(40);
    const found: string[] = [];
    for (const file of core) found.push(...coreViolations(file, await source(file)));
    expect(found).to.deep.equal([]);
  });

  it('the seam loads each overlay lazily through its one components/<overlay>/open.ts, and its ports import no component', async () => {
    const seam = (await tsFiles('src/ui')).sort();
    expect(seam).to.deep.equal(['src/ui/overlays.ts', 'src/ui/ports.ts']);
    const wiring = await source('src/ui/overlays.ts');
    const targets = specifiersOf(wiring).map((specifier) => resolveFrom('src/ui/overlays.ts', specifier));
    const loaded = targets.filter((target) => target.startsWith('components/'));
    // Besides the overlays: the ports, and the contract's lazy loader (a missing overlay fails the call).
    expect(targets.filter((target) => !loaded.includes(target)).sort(), 'besides the overlays').to.deep.equal(['src/contract/call.js', 'src/contract/lazy.js', 'src/ui/ports.js']);
    expect(loaded.length, 'overlays wired').to.be.greaterThan(5);
    for (const target of loaded) expect(target, 'an open.ts').to.match(/^components\/[a-z-]+\/open\.js$/);
    // Only dynamic imports: nothing of an overlay loads with the core.
    expect(wiring).not.to.match(/^\s*(?:import|export)\b[^(\n]*from\s*['"][^'"\n]*components\//m);
    const ports = specifiersOf(await source('src/ui/ports.ts'));
    expect(ports.filter((specifier) => specifier.includes('components/'))).to.deep.equal([]);
  });

  it('the element-free entry (wx-image-kit/api) reaches neither lit nor components/ nor the seam, statically or lazily', async () => {
    const seen = new Set<string>();
    const reached: string[] = [];
    const visit = async (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of specifiersOf(await source(file))) {
        const target = resolveFrom(file, specifier);
        if (target.startsWith('lit') || target.startsWith('@lit/') || target.startsWith('components/') || target.startsWith(SEAM)) reached.push(`${file}: ${target}`);
        else if (target.startsWith('src/') && target.endsWith('.js')) await visit(target.replace(/\.js$/, '.ts'));
      }
    };
    await visit('src/api.ts');
    expect(seen.size, 'modules followed').to.be.greaterThan(10);
    expect(reached).to.deep.equal([]);
  });

  it('src/build-plugins/ (Node, build time) imports only Node built-ins and its own files, and nothing imports it', async () => {
    const plugins = await tsFiles('src/build-plugins');
    expect(plugins.length, 'build-plugin files read').to.be.greaterThan(2);
    const outside: string[] = [];
    for (const file of plugins) {
      for (const specifier of specifiersOf(await source(file))) {
        const target = resolveFrom(file, specifier);
        if (!specifier.startsWith('node:') && !target.startsWith('src/build-plugins/')) outside.push(`${file}: ${specifier}`);
      }
    }
    expect(outside).to.deep.equal([]);
    const importers: string[] = [];
    for (const file of [...(await tsFiles('src')), ...(await tsFiles('components'))].filter((f) => !plugins.includes(f))) {
      for (const specifier of specifiersOf(await source(file))) {
        if (resolveFrom(file, specifier).startsWith('src/build-plugins/')) importers.push(`${file}: ${specifier}`);
      }
    }
    expect(importers).to.deep.equal([]);
  });

  it('ARCHITECTURE.md names the entries and the seam this test enforces', async () => {
    const text = await source('ARCHITECTURE.md');
    for (const name of [...ENTRIES, SEAM, 'components/<overlay>/open.ts']) expect(text, name).to.include(name);
  });
});
