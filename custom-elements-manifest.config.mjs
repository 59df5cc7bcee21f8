// `npm run analyze`: custom-elements.json, plus the editor data generated from it
// (vscode.html-custom-data.json, web-types.json). The plugin makes the manifest describe the
// package as shipped: module paths name the .d.ts files in the tarball (the sources are not in
// it), each define.ts module declares the tag it defines, and the generic define() of the base
// class is not taken for a tag definition.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { vscodeCustomData, webTypes } from './scripts/element-docs.mjs';

const root = import.meta.dirname;

/** A source module path (`components/x/y.ts`, `/components/x/y.js`) → its shipped declaration file. */
function shipped(path, from = '') {
  const relative = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  if (!/^(src|components)\/.+\.(ts|js)$/.test(relative)) return path;
  return `dist/types/${relative.replace(/\.(ts|js)$/, '.d.ts')}`;
}

function shippedPaths() {
  return {
    name: 'wx-shipped-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elements = manifest.modules.flatMap((m) =>
        (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ module: m.path, name: d.name, tagName: d.tagName })),
      );
      for (const module of manifest.modules) {
        const source = module.path;
        // `customElements.define(tag, this)` in the base class's define() is no tag of its own.
        module.exports = (module.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'));
        if (source.endsWith('/define.ts')) {
          const element = elements.find((e) => dirname(e.module) === dirname(source));
          if (element) {
            module.exports.push({
              kind: 'custom-element-definition',
              name: element.tagName,
              declaration: { name: element.name, module: shipped(element.module) },
            });
          }
        }
        for (const exported of module.exports) {
          if (exported.declaration?.module) exported.declaration.module = shipped(exported.declaration.module, source);
        }
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.module) declaration.superclass.module = shipped(declaration.superclass.module, source);
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
            if (item.inheritedFrom?.module) item.inheritedFrom.module = shipped(item.inheritedFrom.module, source);
          }
        }
        module.path = shipped(source);
      }
    },
  };
}

/** Writes the editors' data next to the manifest. */
function editorData() {
  return {
    name: 'wx-editor-data',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
      const write = (file, data) => writeFileSync(resolve(root, file), JSON.stringify(data, null, 2) + '\n');
      write('vscode.html-custom-data.json', vscodeCustomData(manifest));
      write('web-types.json', webTypes(manifest, pkg));
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  // The framework faces (React wrappers, Vue types) declare no element of their own.
  exclude: ['components/**/*.styles.ts', 'components/frameworks/**'],
  outdir: '.',
  litelement: true,
  plugins: [shippedPaths(), editorData()],
};
