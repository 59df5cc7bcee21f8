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

/** The import graph of `files`: each file and the files of the set it names (`.js` specifiers are the `.ts` files). */
export function importGraph(files: Record<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, text] of Object.entries(files)) {
    const targets = specifiersOf(text)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveFrom(file, specifier).replace(/\.js$/, '.ts'))
      .filter((target) => target !== file && target in files);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every import circle of the graph (its strongly connected components of two files or more), each sorted. */
export function importCircles(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm, with an explicit stack: the graph has a few hundred files.
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  for (const start of graph.keys()) {
    if (order.has(start)) continue;
    const work: { file: string; next: number }[] = [{ file: start, next: 0 }];
    order.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const targets = graph.get(frame.file) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!order.has(target)) {
          order.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ file: target, next: 0 });
        } else if (onStack.has(target)) low.set(frame.file, Math.min(low.get(frame.file)!, order.get(target)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].file;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.file)!));
      }
      if (low.get(frame.file) === order.get(frame.file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.file);
        if (component.length > 1) circles.push(component.sort());
      }
    }
  }
  return circles;
}

/** No source file over this many lines (styles excepted): a file that grows past it is split by concern. */
const MAX_LINES = 400;

describe('ARCHITECTURE.md: no import circle, no oversized file', () => {
  it('the checker finds circles through static, type-only and dynamic imports', () => {
    const circles = importCircles(
      importGraph({
        'src/apis/a.ts': "import { ui } from '../ui/b.js';",
        'src/ui/b.ts': "export const ui = { open: () => import('../../components/c/open.js') };",
        'components/c/open.ts': "import type { A } from '../../src/apis/a.js';",
        'src/contract/d.ts': "import { x } from '../apis/a.js';",
        'src/contract/e.ts': "import { y } from './f.js';",
        'src/contract/f.ts': "export const y = 1; // no way back to e",
      }),
    );
    expect(circles).to.deep.equal([['components/c/open.ts', 'src/apis/a.ts', 'src/ui/b.ts']]);
    expect(importCircles(importGraph({ 'src/x.ts': "import './y.js';", 'src/y.ts': "import('./x.js');" }))).to.deep.equal([['src/x.ts', 'src/y.ts']]);
  });

  it('src/ and components/ import in one direction only: no file reaches back to itself', async () => {
    const files: Record<string, string> = {};
    for (const file of [...(await tsFiles('src')), ...(await tsFiles('components'))]) if (!file.endsWith('.d.ts')) files[file] = await source(file);
    expect(Object.keys(files).length, 'files read').to.be.greaterThan(100);
    expect(importCircles(importGraph(files))).to.deep.equal([]);
  });

  it(`no file of src/ or components/ is over ${MAX_LINES} lines (styles excepted)`, async () => {
    const over: string[] = [];
    for (const file of [...(await tsFiles('src')), ...(await tsFiles('components'))]) {
      if (file.endsWith('.styles.ts')) continue;
      const lines = (await source(file)).split('\n').length - 1;
      if (lines > MAX_LINES) over.push(`${file}: ${lines} lines`);
    }
    expect(over).to.deep.equal([]);
  });
});

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
