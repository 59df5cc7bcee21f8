import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { WxImagePreview } from '../../components/image-preview/image-preview.js';
import '../../components/image-preview/define.js';
import { lockPageScroll } from '../../src/viewer/scroll-lock.js';
import { closeAll, image } from '../components/image-preview.helpers.js';

const root = document.documentElement;

describe('lockPageScroll', () => {
  beforeEach(() => {
    // The page's own overflow, which every lock must give back.
    root.style.overflow = 'clip';
  });
  afterEach(async () => {
    await closeAll();
    root.style.overflow = '';
  });

  it('holds the page while any lock is held, released in the order taken or the other', () => {
    for (const order of [
      [0, 1],
      [1, 0],
    ]) {
      const releases = [lockPageScroll(), lockPageScroll()];
      expect(root.style.overflow).to.equal('hidden');
      releases[order[0]]();
      expect(root.style.overflow, `after releasing lock ${order[0]} first`).to.equal('hidden');
      releases[order[1]]();
      expect(root.style.overflow).to.equal('clip');
    }
  });

  it('counts a release once, however often it is called', () => {
    const first = lockPageScroll();
    const second = lockPageScroll();
    first();
    first();
    expect(root.style.overflow).to.equal('hidden');
    second();
    expect(root.style.overflow).to.equal('clip');
  });

  it('two viewers opened and closed in any order give the page back as it was', async () => {
    const urls = ['Landscape_0.jpg'].map(image);
    for (const closeFirst of [0, 1]) {
      const viewers = [
        await fixture<WxImagePreview>(html`<wx-image-preview .urls=${urls}></wx-image-preview>`),
        await fixture<WxImagePreview>(html`<wx-image-preview .urls=${urls}></wx-image-preview>`),
      ];
      for (const viewer of viewers) {
        const opened = oneEvent(viewer, 'success');
        viewer.open = true;
        await opened;
      }
      expect(root.style.overflow).to.equal('hidden');
      viewers[closeFirst].close();
      expect(root.style.overflow, 'one viewer still open').to.equal('hidden');
      viewers[1 - closeFirst].close();
      expect(root.style.overflow).to.equal('clip');
    }
  });
});
