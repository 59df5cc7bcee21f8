// Runs in the "reduced-motion" group: every engine started with the platform's "reduce motion"
// setting on (see scripts/engines.mjs), so the real media query answers, not an emulation.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WxImagePreview } from '../../components/image-preview/image-preview.js';
import '../../components/image-preview/define.js';
import { closeAll, dialogOf, image, nextFrame } from '../components/image-preview.helpers.js';

describe('<wx-image-preview> for a person who turned motion off', () => {
  afterEach(closeAll);

  it('the engine reports prefers-reduced-motion: reduce', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('animates nothing: no slide transition, no opening animation', async () => {
    const el = await fixture<WxImagePreview>(html`<wx-image-preview .urls=${['Landscape_0.jpg', 'Landscape_1.jpg'].map(image)}></wx-image-preview>`);
    const success = oneEvent(el, 'success');
    el.setAttribute('open', '');
    await success;
    await sendKeys({ press: 'ArrowRight' });
    await nextFrame();
    const track = el.shadowRoot!.querySelector<HTMLElement>('.track')!;
    expect(track.style.transition).to.equal('none');
    expect(getComputedStyle(dialogOf(el)).animationName).to.equal('none');
  });
});
