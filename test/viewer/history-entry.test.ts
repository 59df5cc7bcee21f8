import { expect } from '@open-wc/testing';
import { HistoryEntry } from '../../src/viewer/history-entry.js';

const popstate = () => new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * On page `below`, an entry is pushed; then a router pushes `above` with a copy of that state on
 * top (as some routers spread history.state) and the entry is released. Whether a popstate came.
 */
async function releaseUnderRouterCopy(below: string, above: string): Promise<boolean> {
  history.pushState({ page: below }, '');
  const entry = new HistoryEntry();
  await entry.push(() => undefined);
  history.pushState({ ...history.state, page: above }, '');
  let popped = false;
  const onPop = () => (popped = true);
  window.addEventListener('popstate', onPop);
  entry.release();
  await wait(150);
  window.removeEventListener('popstate', onPop);
  return popped;
}

describe('HistoryEntry', () => {
  it('pushes one entry that keeps the page state, and Back calls onPop', async () => {
    history.pushState({ page: 'a' }, '');
    const entry = new HistoryEntry();
    let popped = 0;
    await entry.push(() => popped++);
    await entry.push(() => popped++);
    // Not history.length: browsers keep 50 entries per tab, and a long test run reaches that.
    expect(history.state.page).to.equal('a');
    expect(entry.active).to.equal(true);
    const back = popstate();
    history.back();
    await back;
    expect(popped).to.equal(1);
    expect(entry.active).to.equal(false);
    // One Back is back on the page's own entry: the second push() added none.
    expect(history.state).to.deep.equal({ page: 'a' });
  });

  it('release() goes back over its own entry only', async () => {
    history.pushState({ page: 'b' }, '');
    const entry = new HistoryEntry();
    let popped = 0;
    await entry.push(() => popped++);
    const back = popstate();
    entry.release();
    await back;
    expect(history.state).to.deep.equal({ page: 'b' });
    // Its own back() is not a Back press: onPop is not called.
    expect(popped).to.equal(0);
    entry.release();
    await wait(100);
    expect(history.state).to.deep.equal({ page: 'b' });
  });

  it('release() leaves an entry the page pushed on top alone, even one that copied its state', async () => {
    expect(await releaseUnderRouterCopy('c', 'd'), 'release() went back').to.equal(false);
    expect(history.state.page).to.equal('d');
  });

  it('release() tells its entry from a copy pushed on top past 50 history entries, without the Navigation API', async () => {
    // Browsers stop counting history.length at 50 entries; the kit must not rely on it.
    for (let i = 0; i < 55; i++) history.pushState({ page: `filler-${i}` }, '');
    const navigation = Object.getOwnPropertyDescriptor(window, 'navigation');
    Object.defineProperty(window, 'navigation', { value: undefined, configurable: true });
    try {
      expect(await releaseUnderRouterCopy('f', 'g'), 'release() went back over the page\'s own entry').to.equal(false);
      expect(history.state.page).to.equal('g');
      // Its own entry, on top, is still gone back over.
      history.pushState({ page: 'h' }, '');
      const own = new HistoryEntry();
      await own.push(() => undefined);
      const back = popstate();
      own.release();
      await back;
      expect(history.state).to.deep.equal({ page: 'h' });
    } finally {
      if (navigation) Object.defineProperty(window, 'navigation', navigation);
      else delete (window as unknown as Record<string, unknown>).navigation;
    }
  });

  it('a push right after a release waits for that back() to land', async () => {
    history.pushState({ page: 'e' }, '');
    const entry = new HistoryEntry();
    await entry.push(() => undefined);
    entry.release();
    let popped = 0;
    await entry.push(() => popped++);
    await wait(150);
    expect(entry.active).to.equal(true);
    expect(popped).to.equal(0);
    expect(history.state.page).to.equal('e');
    const back = popstate();
    entry.release();
    await back;
    expect(history.state).to.deep.equal({ page: 'e' });
  });
});
