import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { WxImageInfo, ImageInfoResult } from '../../components/image-info/image-info.js';
import { configure, resetConfig } from '../../src/config.js';
import type { FailResult } from '../../src/contract/types.js';
import { createTempPath, releaseAllTempFiles, tempFileCount } from '../../src/files/temp-store.js';
import { expectedType, FIXTURES, fixtureBlob, loadManifest } from '../image/fixture-manifest.js';

function settled(el: WxImageInfo): Promise<CustomEvent<ImageInfoResult | FailResult>> {
  return oneEvent(el, 'complete') as Promise<CustomEvent<ImageInfoResult | FailResult>>;
}

function part(el: WxImageInfo, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** Records the contract events an element dispatches. */
function record(el: WxImageInfo): string[] {
  const events: string[] = [];
  for (const type of ['success', 'fail', 'complete']) {
    el.addEventListener(type, (e) => events.push(`${type} ${(e as CustomEvent<{ errMsg: string }>).detail.errMsg}`));
  }
  return events;
}

describe('<wx-image-info>', () => {
  afterEach(() => {
    resetConfig();
    releaseAllTempFiles();
  });

  it('shows every fixture as the manifest says and emits the same result it exposes', async () => {
    const el = await fixture<WxImageInfo>(html`<wx-image-info></wx-image-info>`);
    for (const entry of await loadManifest()) {
      const done = settled(el);
      el.src = `${FIXTURES}${entry.file}`;
      const { detail } = await done;
      await el.updateComplete;
      if (entry.width === null) {
        expect(detail.errMsg, entry.file).to.equal('getImageInfo:fail invalid image');
        expect(el.error, entry.file).to.equal(detail);
        expect(el.info).to.equal(null);
        expect(part(el, 'message')!.textContent, entry.file).to.contain('getImageInfo:fail invalid image');
        continue;
      }
      if (!entry.valid && detail.errMsg !== 'getImageInfo:ok') continue;
      const info = detail as ImageInfoResult;
      expect(el.info, entry.file).to.equal(info);
      expect([info.width, info.height, info.orientation, info.type], entry.file).to.deep.equal([
        entry.width, entry.height, entry.orientation, expectedType(entry.type),
      ]);
      expect(part(el, 'size')!.textContent, entry.file).to.equal(`${entry.width} × ${entry.height}`);
      expect(part(el, 'type')!.textContent, entry.file).to.equal(expectedType(entry.type));
      expect(part(el, 'orientation')!.textContent, entry.file).to.equal(entry.orientation);
    }
  });

  it('emits success then complete with the callback object, bubbling', async () => {
    const path = createTempPath(await fixtureBlob('Landscape_6.jpg'));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: string[] = [];
    let detail: unknown;
    wrapper.addEventListener('success', (e) => {
      events.push('success');
      detail = (e as CustomEvent).detail;
    });
    wrapper.addEventListener('complete', (e) => {
      events.push('complete');
      expect((e as CustomEvent).detail).to.equal(detail);
    });
    const el = document.createElement('wx-image-info');
    const done = settled(el);
    el.src = path;
    wrapper.append(el);
    await done;
    expect(events).to.deep.equal(['success', 'complete']);
    expect(detail).to.deep.equal({ errMsg: 'getImageInfo:ok', width: 1200, height: 1800, path, orientation: 'right', type: 'jpeg' });
    await el.updateComplete;
    const img = part(el, 'thumbnail') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal(path);
  });

  it('lets the last src win when calls race', async () => {
    // The first src is slow (its download is held back); the second answers first.
    configure({ downloadDomains: ['slow.example.com'] });
    const slowBlob = await fixtureBlob('sample.png');
    let releaseSlow!: () => void;
    let slowStarted!: () => void;
    const slowRequested = new Promise<void>((resolve) => (slowStarted = resolve));
    const original = window.fetch;
    window.fetch = async (input: RequestInfo | URL) => {
      if (String(input).startsWith('https://slow.example.com/')) {
        slowStarted();
        await new Promise<void>((resolve) => (releaseSlow = resolve));
        return new Response(slowBlob);
      }
      return original(input);
    };
    try {
      const el = await fixture<WxImageInfo>(html`<wx-image-info></wx-image-info>`);
      const events = record(el);
      const tempsBefore = tempFileCount();
      el.src = 'https://slow.example.com/a.png';
      await el.updateComplete;
      // The download code loads on first use: the slow request is under way before the second src.
      await slowRequested;
      const done = settled(el);
      el.src = `${FIXTURES}gen-111x37.gif`;
      await done;
      releaseSlow();
      await new Promise((r) => setTimeout(r, 100));
      expect(events).to.deep.equal(['success getImageInfo:ok', 'complete getImageInfo:ok']);
      expect([el.info!.width, el.info!.height, el.info!.type]).to.deep.equal([111, 37, 'gif']);
      await el.updateComplete;
      expect(part(el, 'size')!.textContent).to.equal('111 × 37');
      // The stale download's temp path was released: nobody will ever see it.
      expect(tempFileCount()).to.equal(tempsBefore);
    } finally {
      window.fetch = original;
    }
  });

  it('fails with the API message and shows it', async () => {
    const el = await fixture<WxImageInfo>(html`<wx-image-info></wx-image-info>`);
    const events = record(el);
    const done = oneEvent(el, 'fail');
    el.src = `${FIXTURES}gen-text-named.jpg`;
    const { detail } = await done;
    expect(detail).to.deep.equal({ errMsg: 'getImageInfo:fail invalid image' });
    await el.updateComplete;
    expect(el.error).to.equal(detail);
    expect(part(el, 'card')!.getAttribute('role')).to.equal('alert');
    await new Promise((r) => setTimeout(r));
    expect(events).to.deep.equal(['fail getImageInfo:fail invalid image', 'complete getImageInfo:fail invalid image']);
    await expect(el).to.be.accessible();
  });

  it('renders nothing when headless, yet runs the API and exposes the result', async () => {
    const el = await fixture<WxImageInfo>(html`<wx-image-info headless></wx-image-info>`);
    const done = settled(el);
    el.src = `${FIXTURES}gen-exif6-160x120.webp`;
    await done;
    await el.updateComplete;
    expect(el.shadowRoot!.children.length).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(el.info).to.include({ width: 160, height: 120, orientation: 'right', type: 'webp' });
  });

  it('is accessible while loading and when loaded, and follows the locale', async () => {
    const el = await fixture<WxImageInfo>(html`<wx-image-info alt="A sample photo"></wx-image-info>`);
    const done = settled(el);
    el.src = `${FIXTURES}Landscape_8.jpg`;
    await el.updateComplete;
    expect(el.loading).to.equal(true);
    expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await done;
    await el.updateComplete;
    expect(el.loading).to.equal(false);
    expect((part(el, 'thumbnail') as HTMLImageElement).alt).to.equal('A sample photo');
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('Size');
    configure({ locale: 'zh-CN' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('尺寸');
  });

  it('shows no thumbnail for an image the browser would have to decode at 400 megapixels', async () => {
    const el = await fixture<WxImageInfo>(html`<wx-image-info></wx-image-info>`);
    const done = settled(el);
    el.src = `${FIXTURES}gen-bomb-20000x20000.png`;
    await done;
    await el.updateComplete;
    expect(part(el, 'thumbnail')).to.equal(null);
    expect(part(el, 'placeholder')).to.not.equal(null);
    expect(part(el, 'size')!.textContent).to.equal('20000 × 20000');
  });

  it('clears the card when src is removed', async () => {
    const el = await fixture<WxImageInfo>(html`<wx-image-info src=${`${FIXTURES}gen-1x1.png`}></wx-image-info>`);
    await settled(el);
    el.removeAttribute('src');
    el.src = '';
    await el.updateComplete;
    expect(el.info).to.equal(null);
    expect(el.shadowRoot!.children.length).to.equal(0);
  });
});
