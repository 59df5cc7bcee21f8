import { expect } from '@open-wc/testing';
import { resetConfig, configure } from '../../src/config.js';
import { classifySource, decodeDataUrl, isDownloadAllowed, loadSource } from '../../src/files/resolve.js';
import { createTempPath, releaseAllTempFiles } from '../../src/files/temp-store.js';

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { reason?: string }).reason ?? String(error);
  }
  throw new Error('expected a failure');
}

/** Counts the network requests the page starts while `work` runs. */
async function requestsDuring(work: () => Promise<unknown>): Promise<string[]> {
  performance.clearResourceTimings();
  await work().catch(() => undefined);
  return performance.getEntriesByType('resource').map((e) => e.name);
}

describe('resolving a source', () => {
  afterEach(() => {
    resetConfig();
    releaseAllTempFiles();
  });

  it('classifies every kind of src', () => {
    const temp = createTempPath(new Blob(['x']));
    const cases: Array<[string, string]> = [
      [temp, 'temp'],
      ['blob:' + location.origin + '/0000', 'blob'],
      ['data:image/png;base64,AAAA', 'data'],
      ['cloud://env-1/a.png', 'cloud'],
      ['img/a.png', 'same-origin'],
      ['/img/a.png', 'same-origin'],
      [location.origin + '/a.png', 'same-origin'],
      ['https://img.example.com/a.png', 'online'],
      ['//img.example.com/a.png', 'online'],
      ['javascript:alert(1)', 'unsupported'],
      ['file:///etc/passwd', 'unsupported'],
      ['ftp://example.com/a.png', 'unsupported'],
    ];
    for (const [src, kind] of cases) expect(classifySource(src).kind, src).to.equal(kind);
    expect(classifySource('img/a.png').url).to.equal(new URL('img/a.png', document.baseURI).href);
  });

  it('matches download domains by host, origin or wildcard', () => {
    configure({ downloadDomains: ['img.example.com', 'https://cdn.example.org', '*.pics.example.net'] });
    expect(isDownloadAllowed('https://img.example.com/a.png')).to.equal(true);
    expect(isDownloadAllowed('https://cdn.example.org/a.png')).to.equal(true);
    expect(isDownloadAllowed('http://cdn.example.org/a.png')).to.equal(false);
    expect(isDownloadAllowed('https://a.pics.example.net/a.png')).to.equal(true);
    expect(isDownloadAllowed('https://evil.example.com/a.png')).to.equal(false);
    expect(isDownloadAllowed('https://img.example.com.evil.com/a.png')).to.equal(false);
  });

  it('refuses an online URL outside the domain list before any request', async () => {
    const url = 'https://img.example.com/a.png';
    let reason = '';
    const requests = await requestsDuring(async () => (reason = await reasonOf(loadSource(classifySource(url)))));
    expect(reason).to.equal('url not in domain list');
    expect(requests.filter((r) => r.startsWith('https://img.example.com'))).to.deep.equal([]);
  });

  it('refuses other schemes without a request', async () => {
    expect(await reasonOf(loadSource(classifySource('javascript:alert(1)')))).to.equal('invalid url');
    expect(await reasonOf(loadSource(classifySource('file:///etc/passwd')))).to.equal('invalid url');
  });

  it('decodes data: URLs without fetching', async () => {
    const blob = decodeDataUrl('data:text/plain;base64,aGVsbG8=');
    expect(await blob.text()).to.equal('hello');
    expect(blob.type).to.equal('text/plain');
    expect(await decodeDataUrl('data:,a%20b').text()).to.equal('a b');
    expect(await reasonOf(Promise.resolve().then(() => decodeDataUrl('data:nocomma')))).to.equal('invalid data url');
  });

  it('loads temp paths, same-origin paths and foreign blob: URLs', async () => {
    const blob = new Blob(['abc']);
    expect(await loadSource(classifySource(createTempPath(blob)))).to.equal(blob);
    const fixture = await loadSource(classifySource('/test/fixtures/images/gen-1x1.png'));
    expect(fixture.size).to.equal(275);
    const foreign = URL.createObjectURL(new Blob(['def']));
    expect(await (await loadSource(classifySource(foreign))).text()).to.equal('def');
    URL.revokeObjectURL(foreign);
    expect(await reasonOf(loadSource(classifySource(foreign)))).to.equal('file not found');
  });

  it('says "file not found" for a missing same-origin file', async () => {
    expect(await reasonOf(loadSource(classifySource('/test/fixtures/images/missing.png')))).to.equal('file not found');
  });

  it('resolves cloud:// IDs through the configured resolver, and fails clearly without one', async () => {
    expect(await reasonOf(loadSource(classifySource('cloud://env/a.png')))).to.contain('resolveCloudFileID');
    configure({ resolveCloudFileID: async (id) => id.replace('cloud://env/', '/test/fixtures/images/') });
    const blob = await loadSource(classifySource('cloud://env/gen-1x1.png'));
    expect(blob.size).to.equal(275);
  });
});
