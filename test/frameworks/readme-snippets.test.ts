import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const source = async (path: string) => (await executeServerCommand('read-source', { path })) as string;

/** A snippet file without its leading comment lines, which say where it comes from. */
function body(file: string): string {
  const lines = file.split('\n');
  while (lines[0]?.startsWith('//')) lines.shift();
  return lines.join('\n').trim();
}

// The React snippet is type-checked (npm run typecheck) and the Vue one runs (vue.test.ts); these
// checks keep the README showing exactly that code.
describe('the README framework snippets', () => {
  for (const [heading, file, fence] of [
    ['### React 19', 'test/frameworks/react-snippet.tsx', 'tsx'],
    ['### Vue 3', 'test/frameworks/vue-snippet.ts', 'ts'],
  ]) {
    it(`shows ${file} under "${heading}"`, async () => {
      const readme = await source('README.md');
      const section = readme.slice(readme.indexOf(heading));
      const block = new RegExp('```' + fence + '\\n([\\s\\S]*?)```').exec(section)?.[1];
      expect(block?.trim()).to.equal(body(await source(file)));
    });
  }
});
