import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { WxModalElement } from '../../components/base/modal-element.js';
import { openModal } from '../../components/base/open-modal.js';

interface ProbeEventMap {
  close: CustomEvent<{ answer: string }>;
}

/** A modal on the base class: Esc is "cancel", going away unanswered is "dismissed". */
class WxModalProbe extends WxModalElement<string, ProbeEventMap> {
  closes: string[] = [];
  /** Whether the dialog was closed (not just hidden) when the close event came. */
  closedBeforeEvent: boolean[] = [];

  setBackdropCancels(value: boolean): void {
    this.backdropCancels = value;
  }

  answer(value: string): void {
    this.settle(value);
  }

  protected cancelValue(): string {
    return 'cancel';
  }

  protected override dismissValue(): string {
    return 'dismissed';
  }

  protected emitClose(answer: string): void {
    this.closes.push(answer);
    this.closedBeforeEvent.push(!this.shadowRoot!.querySelector('dialog')!.open);
    this.emit('close', { answer });
  }

  override render() {
    return html`<dialog aria-label="Probe" style="width: 200px; height: 100px; padding: 20px">
      <button type="button" @click=${() => this.answer('yes')}>Yes</button>
    </dialog>`;
  }
}
WxModalProbe.define('wx-modal-probe');

const dialogOf = (el: WxModalProbe) => el.shadowRoot!.querySelector('dialog')!;
const opened = (el: WxModalProbe) => waitUntil(() => el.shadowRoot?.querySelector('dialog')?.open, 'the dialog did not open');

describe('WxModalElement, the base of the modal elements', () => {
  it('opens modally and answers once: close event after the dialog closed, then the promise', async () => {
    const el = await fixture<WxModalProbe>(html`<wx-modal-probe></wx-modal-probe>`);
    const answer = el.show();
    await opened(el);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    await expect(el).to.be.accessible();
    el.answer('yes');
    el.answer('again');
    expect(await answer).to.equal('yes');
    expect(el.closes).to.deep.equal(['yes']);
    expect(el.closedBeforeEvent).to.deep.equal([true]);
  });

  it('Esc answers with the cancel value', async () => {
    const el = await fixture<WxModalProbe>(html`<wx-modal-probe></wx-modal-probe>`);
    const answer = el.show();
    await opened(el);
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.equal('cancel');
    expect(dialogOf(el).open).to.equal(false);
  });

  it('a tap on the backdrop cancels; a tap on the box outside its content does not', async () => {
    const el = await fixture<WxModalProbe>(html`<wx-modal-probe></wx-modal-probe>`);
    const answer = el.show();
    await opened(el);
    const box = dialogOf(el).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.bottom - 5)] });
    await resetMouse();
    expect(dialogOf(el).open, 'a tap on the padding is inside').to.equal(true);
    await sendMouse({ type: 'click', position: [5, 5] });
    await resetMouse();
    expect(await answer).to.equal('cancel');
  });

  it('a subclass can turn the backdrop off', async () => {
    const el = await fixture<WxModalProbe>(html`<wx-modal-probe></wx-modal-probe>`);
    el.setBackdropCancels(false);
    const answer = el.show();
    await opened(el);
    await sendMouse({ type: 'click', position: [5, 5] });
    await resetMouse();
    expect(dialogOf(el).open).to.equal(true);
    expect(el.closes).to.deep.equal([]);
    el.answer('yes');
    expect(await answer).to.equal('yes');
  });

  it('a second show() leaves the first with the dismiss value and no close event', async () => {
    const el = await fixture<WxModalProbe>(html`<wx-modal-probe></wx-modal-probe>`);
    const first = el.show();
    await opened(el);
    const second = el.show();
    expect(await first).to.equal('dismissed');
    expect(el.closes).to.deep.equal([]);
    expect(dialogOf(el).open).to.equal(true);
    el.answer('yes');
    expect(await second).to.equal('yes');
    expect(el.closes).to.deep.equal(['yes']);
  });

  it('removal from the page answers with the dismiss value', async () => {
    const el = await fixture<WxModalProbe>(html`<wx-modal-probe></wx-modal-probe>`);
    const answer = el.show();
    await opened(el);
    el.remove();
    expect(await answer).to.equal('dismissed');
    expect(el.closes).to.deep.equal(['dismissed']);
  });
});

describe('openModal', () => {
  it('puts the element on the page while it is open and takes it away after', async () => {
    const el = document.createElement('wx-modal-probe') as WxModalProbe;
    const answer = openModal(el);
    expect(el.parentNode).to.equal(document.body);
    await opened(el);
    el.answer('yes');
    expect(await answer).to.equal('yes');
    expect(el.isConnected).to.equal(false);
  });

  it('an abort while open answers with the dismiss value; a later abort does nothing', async () => {
    const controller = new AbortController();
    const el = document.createElement('wx-modal-probe') as WxModalProbe;
    const answer = openModal(el, { signal: controller.signal });
    await opened(el);
    controller.abort();
    expect(await answer).to.equal('dismissed');
    expect(el.closes).to.deep.equal(['dismissed']);

    const again = new AbortController();
    const next = document.createElement('wx-modal-probe') as WxModalProbe;
    const nextAnswer = openModal(next, { signal: again.signal });
    await opened(next);
    next.answer('yes');
    expect(await nextAnswer).to.equal('yes');
    again.abort();
    expect(next.closes).to.deep.equal(['yes']);
  });

  it('a signal aborted before the dialog opened never opens it', async () => {
    const showModal = HTMLDialogElement.prototype.showModal;
    let showModalCalls = 0;
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      showModalCalls += 1;
      showModal.call(this);
    };
    try {
      for (const abortAt of ['before the call', 'right after the call'] as const) {
        const controller = new AbortController();
        if (abortAt === 'before the call') controller.abort();
        const el = document.createElement('wx-modal-probe') as WxModalProbe;
        const answer = openModal(el, { signal: controller.signal });
        if (abortAt === 'right after the call') controller.abort();
        expect(await answer, abortAt).to.equal('dismissed');
        expect(el.closes, abortAt).to.deep.equal([]);
        expect(el.isConnected, abortAt).to.equal(false);
      }
      expect(showModalCalls).to.equal(0);
    } finally {
      HTMLDialogElement.prototype.showModal = showModal;
    }
  });
});
