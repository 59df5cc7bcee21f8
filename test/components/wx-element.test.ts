import { expect, fixture, html } from '@open-wc/testing';
import { WxElement, type ContractEventMap } from '../../components/base/wx-element.js';
import { defineApi, ApiError } from '../../src/contract/index.js';

interface Sized {
  size: number;
}

const measure = defineApi<{ size: number }, Sized>({
  name: 'measure',
  schema: { size: { type: 'Number', required: true } },
  run: ({ size }) => {
    if (size < 0) throw new ApiError('negative size');
    return { size };
  },
});

interface ProbeEventMap extends ContractEventMap<Sized & { errMsg: string }> {
  ping: CustomEvent<{ at: number }>;
}

/** An element on the base class, relaying one API call. */
class WxProbe extends WxElement<ProbeEventMap> {
  run(size: number) {
    measure({ size, ...this.relay() });
  }
}
WxProbe.define('wx-probe');

describe('WxElement, the base of every element', () => {
  it('define() never registers a tag twice', () => {
    expect(() => WxProbe.define('wx-probe')).not.to.throw();
    class Other extends WxElement {}
    expect(() => Other.define('wx-probe')).not.to.throw();
    expect(customElements.get('wx-probe')).to.equal(WxProbe);
  });

  it('emits typed CustomEvents that bubble and stay inside the shadow boundary', async () => {
    const probe = await fixture<WxProbe>(html`<wx-probe></wx-probe>`);
    let seen: CustomEvent<{ at: number }> | undefined;
    document.body.addEventListener('ping', (e) => (seen = e as CustomEvent<{ at: number }>), { once: true });
    probe.addEventListener('ping', (e) => expect(e.detail.at).to.equal(7));
    probe.emit('ping', { at: 7 });
    expect(seen?.detail).to.deep.equal({ at: 7 });
    expect(seen?.bubbles).to.equal(true);
    expect(seen?.composed).to.equal(false);
  });

  it('relays success then complete with exactly the callback objects', async () => {
    const probe = await fixture<WxProbe>(html`<wx-probe></wx-probe>`);
    const events: CustomEvent[] = [];
    for (const type of ['success', 'fail', 'complete'] as const) probe.addEventListener(type, (e) => events.push(e));
    const completed = new Promise((resolve) => probe.addEventListener('complete', resolve, { once: true }));
    probe.run(3);
    await completed;
    expect(events.map((e) => e.type)).to.deep.equal(['success', 'complete']);
    expect(events[0].detail).to.deep.equal({ size: 3, errMsg: 'measure:ok' });
    expect(events[1].detail).to.equal(events[0].detail);
  });

  it('relays fail then complete', async () => {
    const probe = await fixture<WxProbe>(html`<wx-probe></wx-probe>`);
    const events: CustomEvent[] = [];
    for (const type of ['success', 'fail', 'complete'] as const) probe.addEventListener(type, (e) => events.push(e));
    const completed = new Promise((resolve) => probe.addEventListener('complete', resolve, { once: true }));
    probe.run(-1);
    await completed;
    expect(events.map((e) => e.type)).to.deep.equal(['fail', 'complete']);
    expect(events[0].detail).to.deep.equal({ errMsg: 'measure:fail negative size' });
  });
});
