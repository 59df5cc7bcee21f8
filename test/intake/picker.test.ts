import { expect } from '@open-wc/testing';
import { clampCount, knownEntries, parseList, SIZE_TYPES, SOURCE_TYPES } from '../../src/intake/options.js';
import { pickFiles } from '../../src/intake/picker.js';
import { fixtureFile, pickerInput } from './helpers.js';

describe('pickFiles', () => {
  it('creates a hidden image input and removes it when done', async () => {
    const picking = pickFiles({ multiple: true });
    const input = await pickerInput();
    expect([input.type, input.accept, input.multiple, input.hidden]).to.deep.equal(['file', 'image/*', true, true]);
    input.dispatchEvent(new Event('cancel'));
    const error = await picking.catch((e) => e);
    expect(error).to.be.instanceOf(DOMException);
    expect(error.name).to.equal('AbortError');
    expect(input.isConnected).to.equal(false);
  });

  it('waits the grace period after focus returns before calling it a cancel', async () => {
    const started = performance.now();
    const picking = pickFiles({ multiple: false, cancelGraceMs: 200 }).catch((e) => e);
    await pickerInput();
    window.dispatchEvent(new Event('focus'));
    const error = await picking;
    expect(error.name).to.equal('AbortError');
    expect(performance.now() - started).to.be.at.least(200);
  });

  it('still takes files whose change event arrives within the grace period', async () => {
    const picking = pickFiles({ multiple: false, cancelGraceMs: 300 });
    const input = await pickerInput();
    window.dispatchEvent(new Event('focus'));
    await new Promise((r) => setTimeout(r, 100));
    const file = await fixtureFile('noexif.jpg');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    expect(await picking).to.deep.equal([file]);
  });

  it('takes files already on the input when the grace period ends without a change event', async () => {
    const picking = pickFiles({ multiple: false, cancelGraceMs: 100 });
    const input = await pickerInput();
    const file = await fixtureFile('sample.png');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    window.dispatchEvent(new Event('focus'));
    expect(await picking).to.deep.equal([file]);
  });

  it('ends on an abort signal', async () => {
    const controller = new AbortController();
    const picking = pickFiles({ multiple: false, signal: controller.signal }).catch((e) => e);
    const input = await pickerInput();
    controller.abort();
    expect((await picking).name).to.equal('AbortError');
    expect(input.isConnected).to.equal(false);
  });
});

describe('chooseImage option rules', () => {
  it('clamps count as the Mini App runtime does', () => {
    const table = [[undefined, 9], [0, 9], [-1, 9], [NaN, 9], [Infinity, 9], [1, 1], [2.7, 2], [0.5, 9], [9, 9], [10, 9], [100, 9]];
    expect(table.map(([given]) => [given, clampCount(given)])).to.deep.equal(table);
  });

  it('keeps the known list entries, and falls back to all of them when none is known', () => {
    expect(knownEntries(['compressed'], SIZE_TYPES)).to.deep.equal(['compressed']);
    expect(knownEntries(['camera', 'album', 'camera'], SOURCE_TYPES)).to.deep.equal(['album', 'camera']);
    expect(knownEntries(['video'], SOURCE_TYPES)).to.deep.equal(['album', 'camera']);
    expect(knownEntries([], SIZE_TYPES)).to.deep.equal(['original', 'compressed']);
    expect(knownEntries(undefined, SIZE_TYPES)).to.deep.equal(['original', 'compressed']);
  });

  it('reads space- or comma-separated attribute lists', () => {
    expect(parseList('album camera')).to.deep.equal(['album', 'camera']);
    expect(parseList(' original,compressed ')).to.deep.equal(['original', 'compressed']);
    expect(parseList('')).to.deep.equal([]);
    expect(parseList(null)).to.deep.equal([]);
  });
});
