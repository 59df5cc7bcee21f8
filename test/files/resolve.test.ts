import { expect } from '@open-wc/testing';
import { resetConfig, configure } from '../../src/config.js';
import { classifySource, decodeDataUrl, isDownloadAllowed, loadSource } from '../../src/files/resolve.js';
import { resolveSource, type SourceRules } from '../../src/files/source.js';
import { createTempPath, releaseAllTempFiles } from '../../src/files/temp-store.js';

/** Rules that read every kind of source. */
const EVERY_KIND: SourceRules = { kinds: ['temp', 'blob', 'data', 'same-origin', 'online', 'cloud'], refused: 'invalid url' };

/** The pipeline's first two steps: resolve under EVERY_KIND, then load. */
const load = async (src: string) => loadSource(await resolveSource(src, EVERY_KIND));

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
    const requests = await requestsDuring(async () => (reason = await reasonOf(load(url))));
    expect(reason).to.equal('url not in domain list');
    expect(requests.filter((r) => r.startsWith('https://img.example.com'))).to.deep.equal([]);
  });

  it('refuses other schemes without a request', async () => {
    expect(await reasonOf(load('javascript:alert(1)'))).to.equal('invalid url');
    expect(await reasonOf(load('file:///etc/passwd'))).to.equal('invalid url');
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
    expect(await load(createTempPath(blob))).to.equal(blob);
    const fixture = await load('/test/fixtures/images/gen-1x1.png');
    expect(fixture.size).to.equal(275);
    const foreign = URL.createObjectURL(new Blob(['def']));
    expect(await (await load(foreign)).text()).to.equal('def');
    URL.revokeObjectURL(foreign);
    expect(await reasonOf(load(foreign))).to.equal('file not found');
  });

  it('reads only the kinds the rules list, refusing the rest with their reason before any request', async () => {
    const local: SourceRules = { kinds: ['temp', 'blob', 'same-origin'], refused: 'invalid file path' };
    configure({ resolveCloudFileID: async () => '/test/fixtures/images/gen-1x1.png', downloadDomains: ['img.example.com'] });
    let reasons: string[] = [];
    const requests = await requestsDuring(async () => {
      const srcs = ['data:image/png;base64,AAAA', 'https://img.example.com/a.png', 'cloud://env/a.png', 'javascript:alert(1)'];
      reasons = await Promise.all(srcs.map((src) => reasonOf(resolveSource(src, local))));
    });
    expect(reasons).to.deep.equal(['invalid file path', 'invalid file path', 'invalid file path', 'invalid file path']);
    expect(requests).to.deep.equal([]);
    expect(await resolveSource('/a.png', local)).to.deep.equal({ kind: 'same-origin', url: new URL('/a.png', location.href).href });
  });

  it("refuses a blob: URL of another origin (the page can never read it) and a cloud ID that resolves to another cloud ID", async () => {
    expect(classifySource('blob:https://example.com/7c2d0b1e').kind).to.equal('unsupported');
    let asked = 0;
    configure({ resolveCloudFileID: async (id) => (asked++, id) });
    expect(await reasonOf(load('cloud://env/loop.png'))).to.equal('invalid url');
    expect(asked, 'resolved once, not in a loop').to.equal(1);
  });

  it('says "file not found" for a missing same-origin file', async () => {
    expect(await reasonOf(load('/test/fixtures/images/missing.png'))).to.equal('file not found');
  });

  it('resolves cloud:// IDs through the configured resolver, and fails clearly without one', async () => {
    expect(await reasonOf(load('cloud://env/a.png'))).to.contain('resolveCloudFileID');
    configure({ resolveCloudFileID: async (id) => id.replace('cloud://env/', '/test/fixtures/images/') });
    const blob = await load('cloud://env/gen-1x1.png');
    expect(blob.size).to.equal(275);
  });
});
