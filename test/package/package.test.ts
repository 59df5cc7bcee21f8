import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { stylingTables, stylingTablesIn } from '../../scripts/element-docs.mjs';

// Reads what `npm test` built first (package.json "pretest": library, gallery, manifest).
const source = async (path: string) => (await executeServerCommand('read-source', { path })) as string;
const exists = async (path: string) => source(path).then(() => true, () => false);

interface Manifest {
  modules: Array<{
    path: string;
    exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
    declarations?: Array<{
      tagName?: string;
      attributes?: Array<{ name: string }>;
      members?: Array<{ name: string; kind: string }>;
      events?: Array<{ name: string; description?: string; type?: { text: string } }>;
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
    expect(entries.map(([name]) => name)).to.deep.equal([
      '.', './api', './chooser', './preview', './info', './cropper', './media-chooser', './uploader', './react', './react-jsx', './vue', './taro', './uni', './cdn',
    ]);
    for (const [name, target] of entries) {
      const { types, default: js, import: esm, require: cjs } = target as { types: string; default?: string; import?: string; require?: string };
      // The build plugins (taro, uni) run in Node: an ES module and a CommonJS file (uni bundles its vite.config to CommonJS).
      const files = [js, esm, cjs].filter((file): file is string => file !== undefined);
      // wx-image-kit/vue and /react-jsx are types only (they declare the tags for Vue's and React 19's type-checking).
      expect(files.length > 0 || name === './vue' || name === './react-jsx', `${name} has code`).to.equal(true);
      for (const file of files) expect(await exists(file), `${name} → ${file}`).to.equal(true);
      expect(await exists(types), `${name} → ${types}`).to.equal(true);
    }
    expect(pkg.unpkg).to.equal(pkg.exports['./cdn'].default);
    expect(pkg.jsdelivr).to.equal(pkg.exports['./cdn'].default);
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg['web-types']).to.equal('./web-types.json');
    expect(pkg.files).to.deep.equal(['dist', 'README.md', 'LICENSE', 'custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json']);
    for (const file of pkg.files.slice(1)) expect(await exists(file), file).to.equal(true);
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
    const tags = ['wx-image-chooser', 'wx-image-preview', 'wx-image-info', 'wx-image-cropper', 'wx-media-chooser', 'wx-image-uploader'];
    const defined = () => tags.filter((tag) => customElements.get(tag));
    expect(defined()).to.deep.equal([]);
    for (const [index, entry] of ['chooser', 'preview', 'info', 'cropper', 'media-chooser', 'uploader'].entries()) {
      await import(/* @vite-ignore */ `/dist/${entry}.js`);
      expect(defined(), entry).to.deep.equal(tags.slice(0, index + 1));
    }
  });

  it('describes the six tags in custom-elements.json: attributes, events, slots, parts, custom properties', async () => {
    const manifest: Manifest = JSON.parse(await source('custom-elements.json'));
    const elements = new Map(
      manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d] as const)),
    );
    const expected: Record<string, { attributes: string[]; events: string[] }> = {
      'wx-image-chooser': { attributes: ['count', 'size-type', 'source-type', 'name', 'required'], events: ['success', 'fail', 'complete', 'progress', 'change'] },
      'wx-image-preview': { attributes: ['current', 'open', 'showmenu', 'referrer-policy'], events: ['success', 'fail', 'complete', 'change', 'close'] },
      'wx-image-info': { attributes: ['src', 'headless'], events: ['success', 'fail', 'complete'] },
      'wx-image-cropper': { attributes: ['src', 'crop-scale', 'disabled'], events: ['success', 'fail', 'complete'] },
      'wx-media-chooser': { attributes: ['count', 'media-type', 'max-duration', 'camera', 'size-type', 'source-type', 'name', 'required'], events: ['success', 'fail', 'complete', 'progress', 'change'] },
      'wx-image-uploader': {
        attributes: ['count', 'size-type', 'source-type', 'crop-scale', 'max-size', 'upload-url', 'upload-name', 'name', 'required', 'disabled'],
        events: ['success', 'fail', 'complete', 'upload', 'delete', 'change'],
      },
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
    // The inner dialogs are documented under their tags too (for theming).
    expect([...elements.keys()]).to.include.members(['wx-action-sheet', 'wx-camera-sheet', 'wx-consent-dialog', 'wx-settings-sheet', 'wx-crop-dialog']);
    expect(elements.get('wx-image-preview')!.members!.map((m) => m.name)).to.include.members(['urls', 'show', 'close']);
  });

  it('types every event in custom-elements.json and names only files the package ships', async () => {
    const manifest: Manifest = JSON.parse(await source('custom-elements.json'));
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const event of declaration.events ?? []) {
          expect(event.type?.text, `${declaration.tagName} ${event.name}`).to.match(/^(CustomEvent<.+>|Event)$/);
        }
      }
    }
    const paths = new Set(
      manifest.modules.flatMap((module) => [module.path, ...(module.exports ?? []).map((e) => e.declaration.module ?? module.path)]),
    );
    for (const path of paths) {
      expect(path, path).to.match(/^dist\/types\/.+\.d\.ts$/);
      expect(await exists(path), path).to.equal(true);
    }
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    expect(definitions.map((d) => d.name).sort()).to.deep.equal(
      ['wx-action-sheet', 'wx-camera-sheet', 'wx-consent-dialog', 'wx-crop-dialog', 'wx-image-chooser', 'wx-image-cropper', 'wx-image-info', 'wx-image-preview', 'wx-image-uploader', 'wx-media-chooser', 'wx-settings-sheet'],
    );
  });

  it('gives editors the six tags: VS Code custom data and JetBrains web-types', async () => {
    const vscode = JSON.parse(await source('vscode.html-custom-data.json'));
    const webTypes = JSON.parse(await source('web-types.json'));
    const tags = ['wx-image-chooser', 'wx-image-preview', 'wx-image-info', 'wx-image-cropper', 'wx-media-chooser', 'wx-image-uploader'];
    expect(vscode.tags.map((t: { name: string }) => t.name)).to.deep.equal(tags);
    const chooser = vscode.tags[0].attributes.map((a: { name: string }) => a.name);
    expect(chooser).to.include.members(['count', 'size-type', 'source-type', 'name', 'required']);
    expect(chooser, 'media attributes belong to <wx-media-chooser>').to.not.include('media-type');
    const mediaChooser = vscode.tags[4].attributes.map((a: { name: string }) => a.name);
    expect(mediaChooser).to.include.members(['count', 'media-type', 'max-duration', 'camera', 'size-type', 'source-type', 'name', 'required']);
    const elements = webTypes.contributions.html.elements;
    expect(elements.map((e: { name: string }) => e.name)).to.deep.equal(tags);
    const success = elements[0].js.events.find((e: { name: string }) => e.name === 'success');
    expect(success.type).to.equal('CustomEvent<ChooseImageResult>');
    const mediaSuccess = elements[4].js.events.find((e: { name: string }) => e.name === 'success');
    expect(mediaSuccess.type).to.equal('CustomEvent<ChooseMediaResult>');
  });

  it("shows every element's parts and custom properties in the README, as the manifest lists them", async () => {
    const manifest = JSON.parse(await source('custom-elements.json'));
    const tables = stylingTables(manifest);
    expect(tables).to.contain('`::part(button)`').and.contain('`--wx-chooser-accent`');
    expect(stylingTablesIn(await source('README.md')), 'README.md is stale: run npm run docs').to.equal(tables);
  });
});
