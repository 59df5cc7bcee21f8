import { expect } from '@open-wc/testing';
import { NOTICE_ATTRIBUTE, NOTICE_MS, showNotice } from '../../components/notice/open.js';
import { configure, resetConfig } from '../../src/config.js';
import { installClock } from '../clock.js';

describe('the notice (the toast the core asks for through src/ui)', () => {
  let clock: ReturnType<typeof installClock>;
  beforeEach(() => (clock = installClock()));
  afterEach(() => {
    clock.restore();
    resetConfig();
    document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`).forEach((notice) => notice.remove());
  });

  it('is a polite status whose text arrives after it is in the page, and leaves after NOTICE_MS', () => {
    const notice = showNotice('You can choose up to 2 images');
    expect(notice.isConnected).to.equal(true);
    expect([notice.getAttribute('role'), notice.getAttribute('aria-live')]).to.deep.equal(['status', 'polite']);
    // Empty at first, so that a screen reader announces the text as a change of the live region.
    expect(notice.textContent).to.equal('');
    clock.tick(30);
    expect(notice.textContent).to.equal('You can choose up to 2 images');
    clock.tick(NOTICE_MS - 31);
    expect(notice.isConnected, 'still shown 1 ms before NOTICE_MS').to.equal(true);
    clock.tick(1);
    expect(notice.isConnected).to.equal(false);
    expect(clock.pending()).to.equal(0);
  });

  it('replaces the notice on screen, so two never stack', () => {
    const first = showNotice('one');
    const second = showNotice('two');
    expect(first.isConnected).to.equal(false);
    expect([...document.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`)]).to.deep.equal([second]);
  });

  it("is read in the language of the kit's UI, whatever the page's", () => {
    configure({ locale: 'zh-CN' });
    const notice = showNotice('最多只能选择 2 张图片');
    expect([notice.lang, notice.dir]).to.deep.equal(['zh-CN', 'ltr']);
  });
});
