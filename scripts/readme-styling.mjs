// `npm run docs`: writes the README's styling tables from custom-elements.json (run
// `npm run analyze` first). `--check` only reports whether they are in step (exit 1 if not).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stylingTables, stylingTablesIn, withStylingTables } from './element-docs.mjs';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const readmePath = resolve(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const tables = stylingTables(manifest);
if (process.argv.includes('--check')) {
  const inStep = stylingTablesIn(readme) === tables;
  console.log(inStep ? 'README styling tables are in step' : 'README styling tables are stale: run npm run docs');
  process.exit(inStep ? 0 : 1);
}
writeFileSync(readmePath, withStylingTables(readme, tables));
console.log('README styling tables written');
