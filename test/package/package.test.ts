import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// Reads what `npm test` built first (package.json "pretest": library, gallery, manifest).
const source = async (path: string) => (await executeServerCommand('read-source', { path })) as string;
const exists = async (path: string) => source(path).then(() => true, () => false);

interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Array<{
      tagName?: string;
      attributes?: Array<{ name: string }>;
      members?: Array<{ name: string; kind: string }>;
      events?: Array<{ name: string; description?: string }>;
      slots?: unknown[];
      cssParts?: unknown[];
      cssProperties?: unknown[];
    }>;
  }>;
}

describe('the package', () => {
  it('gives every entry its JavaScript and its types', async () => {
    const pkg = JSON.parse(await source('package.json'));
    const entries = Object.entries(pkg.exports as Record<string, string | { types: string; default: string }>).filter(
      ([, target]) => typeof target === 'object',
    );
    expect(entries.map(([name]) => name)).to.deep.equal(['.', './api', './chooser', './preview', './info']);
    for (const [name, target] of entries) {
      const { types, default: js } = target as { types: string; default: string };
      expect(await exists(js), `${name} → ${js}`).to.equal(true);
      expect(await exists(types), `${name} → ${types}`).to.equal(true);
    }
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.files).to.deep.equal(['dist', 'README.md', 'LICENSE', 'custom-elements.json']);
  });

  it('marks every built file that defines a tag as having side effects', async () => {
    const pkg = JSON.parse(await source('package.json'));
    const globs = (pkg.sideEffects as string[]).map(
      (glob) => new RegExp('^' + glob.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*') + '$'),
    );
    const files = (await executeServerCommand('list-files', { dir: 'dist' })) as string[];
    const defining: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      if (/\.define\(["'`]wx-/.test(await source(file))) defining.push(file);
    }
    expect(defining.length).to.be.greaterThan(2);
    for (const file of defining) expect(globs.some((glob) => glob.test(file)), file).to.equal(true);
  });

  it('defines only its own public tag from each element entry', async () => {
    // This page has loaded no kit code yet, so each import shows exactly what that entry defines.
    const tags = ['wx-image-chooser', 'wx-image-preview', 'wx-image-info'];
    const defined = () => tags.filter((tag) => customElements.get(tag));
    expect(defined()).to.deep.equal([]);
    for (const [index, entry] of ['chooser', 'preview', 'info'].entries()) {
      await import(/* @vite-ignore */ `/dist/${entry}.js`);
      expect(defined(), entry).to.deep.equal(tags.slice(0, index + 1));
    }
  });

  it('describes the three tags in custom-elements.json: attributes, events, slots, parts, custom properties', async () => {
    const manifest: Manifest = JSON.parse(await source('custom-elements.json'));
    const elements = new Map(
      manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d] as const)),
    );
    const expected: Record<string, { attributes: string[]; events: string[] }> = {
      'wx-image-chooser': { attributes: ['count', 'size-type', 'source-type', 'name', 'required'], events: ['success', 'fail', 'complete', 'progress', 'change'] },
      'wx-image-preview': { attributes: ['current', 'open', 'showmenu', 'referrer-policy'], events: ['success', 'fail', 'complete', 'change', 'close'] },
      'wx-image-info': { attributes: ['src', 'headless'], events: ['success', 'fail', 'complete'] },
    };
    for (const [tag, { attributes, events }] of Object.entries(expected)) {
      const element = elements.get(tag);
      expect(element, tag).to.not.equal(undefined);
      expect(element!.attributes!.map((a) => a.name), tag).to.include.members(attributes);
      expect(element!.events!.map((e) => e.name), tag).to.include.members(events);
      for (const event of element!.events!) expect(event.description, `${tag} ${event.name}`).to.be.a('string').and.not.equal('');
      expect(element!.cssParts!.length, tag).to.be.greaterThan(0);
      expect(element!.cssProperties!.length, tag).to.be.greaterThan(0);
    }
    expect(elements.get('wx-image-chooser')!.slots).to.have.length(1);
    expect(elements.get('wx-image-preview')!.members!.map((m) => m.name)).to.include.members(['urls', 'show', 'close']);
  });
});
