import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ENGINE } from '../engine.js';

const ROW_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' } as const;

describe("README's Browsers table", () => {
  it('names the engine this suite runs in, at the version it runs', async () => {
    const readme = (await executeServerCommand('read-source', { path: 'README.md' })) as string;
    const start = readme.indexOf('<!-- browsers-table -->');
    const end = readme.indexOf('<!-- /browsers-table -->');
    expect(start, 'the table markers').to.be.greaterThan(-1);
    const rows = readme.slice(start, end).split('\n').filter((line) => line.startsWith('| '));
    const row = rows.find((line) => line.startsWith(`| ${ROW_NAMES[ENGINE]} |`));
    expect(row, `a row for ${ROW_NAMES[ENGINE]}`).to.be.a('string');
    const version = (await executeServerCommand('engine-version')) as string;
    // The major version (and WebKitGTK's minor, its release line) as the second cell says it.
    const [major, minor] = version.split('.');
    const tested = row!.split('|')[2];
    expect(tested, `running ${version}`).to.contain(ENGINE === 'webkit' ? `${major}.${minor}` : major);
  });
});
