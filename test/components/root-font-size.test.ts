import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

// Rem layouts (Taro, uni-app, flexible.js) set 20–50px on <html> and let the page inherit it:
// the kit's trigger elements keep their own size there, and grow only through --wx-scale.

type Box = { width: number; height: number };

async function buttonBox(tag: 'wx-image-chooser' | 'wx-media-chooser' | 'wx-image-cropper', style = ''): Promise<Box> {
  const host = await fixture<HTMLElement>(html`<div style=${style}>${tag === 'wx-image-chooser'
    ? html`<wx-image-chooser></wx-image-chooser>`
    : tag === 'wx-media-chooser'
      ? html`<wx-media-chooser></wx-media-chooser>`
      : html`<wx-image-cropper></wx-image-cropper>`}</div>`);
  const element = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  const box = element.shadowRoot!.querySelector('[part~="button"]')!.getBoundingClientRect();
  host.remove();
  return { width: box.width, height: box.height };
}

/** The larger of the two sides' ratios, either way round (1 = the same size). */
function sizeRatio(a: Box, b: Box): number {
  return Math.max(a.width / b.width, b.width / a.width, a.height / b.height, b.height / a.height);
}

describe('trigger elements under a large root font size', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    document.body.style.fontSize = '';
  });

  for (const tag of ['wx-image-chooser', 'wx-media-chooser', 'wx-image-cropper'] as const) {
    it(`<${tag}>'s button keeps its size (within 15 %) when <html> has font-size 40px and the page inherits it`, async () => {
      const plain = await buttonBox(tag);
      document.documentElement.style.fontSize = '40px';
      const remPage = await buttonBox(tag, 'font-size: 1rem');
      expect(getComputedStyle(document.body).fontSize).to.equal('40px');
      expect(sizeRatio(plain, remPage), `plain ${JSON.stringify(plain)}, rem page ${JSON.stringify(remPage)}`).to.be.at.most(1.15);
    });
  }

  it('--wx-scale scales the chooser on purpose: 1.5 makes its button about 1.5× as tall and wide', async () => {
    const plain = await buttonBox('wx-image-chooser');
    document.documentElement.style.fontSize = '40px';
    const scaled = await buttonBox('wx-image-chooser', '--wx-scale: 1.5; font-size: 1rem');
    expect(scaled.height / plain.height).to.be.within(1.4, 1.6);
    expect(scaled.width / plain.width).to.be.within(1.3, 1.7);
  });
});
