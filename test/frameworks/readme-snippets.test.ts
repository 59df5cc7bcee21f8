import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const source = async (path: string) => (await executeServerCommand('read-source', { path })) as string;

/** The part of a file the README shows: all of it, or what lies between the snippet markers of a page. */
function shownPart(path: string, file: string): string {
  if (!path.endsWith('.html')) return file.trim();
  const start = file.indexOf('<!-- README "No bundler" snippet: -->');
  const end = file.indexOf('<!-- end of snippet -->');
  return file.slice(file.indexOf('\n', start), end).trim();
}

// The README's framework and no-bundler snippets are files of the consumer apps that
// `npm run test:consumers` installs from the packed tarball, type-checks, builds and runs. Each
// README block says which file it is (`<!-- snippet: path -->`); these checks keep them the same.
describe('the README snippets', () => {
  it('are, block by block, the consumer apps that npm run test:consumers runs', async () => {
    const readme = await source('README.md');
    const blocks = [...readme.matchAll(/<!-- snippet: (\S+) -->\n```\w+\n([\s\S]*?)```/g)];
    expect(blocks.map((b) => b[1])).to.deep.equal([
      'test/consumers/plain/index.html',
      'test/consumers/react/src/PhotoPicker.tsx',
      'test/consumers/react/src/env.d.ts',
      'test/consumers/react/src/RawTags.tsx',
      'test/consumers/vue/vite.config.ts',
      'test/consumers/vue/src/env.d.ts',
      'test/consumers/vue/src/PhotoPicker.vue',
      'test/consumers/taro-vite/config/index.js',
      'test/consumers/uni/vite.config.js',
    ]);
    for (const [, path, block] of blocks) {
      expect(block!.trim(), path).to.equal(shownPart(path!, await source(path!)));
    }
  });
});
