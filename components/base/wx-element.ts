import { LitElement } from 'lit';
import { onConfigChange } from '../../src/config.js';
import type { ApiResult, FailResult } from '../../src/contract/types.js';

/** The events every element emits, with `detail` = exactly the object the callback gets. */
export interface ContractEventMap<S extends ApiResult> {
  success: CustomEvent<S>;
  fail: CustomEvent<FailResult>;
  complete: CustomEvent<S | FailResult>;
}

type Listener<E, T> = (this: T, event: E) => unknown;

/**
 * Every event the kit's elements dispatch: bubbling, and not composed, so it stays inside the
 * shadow root of a component that uses one. (Built outside the class so that the manifest
 * analyzer lists each element's own documented events, not this generic one.)
 */
function kitEvent(type: string, detail: unknown, init: { cancelable?: boolean } = {}): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: false, ...init });
}

/**
 * The small base of every wx-image-kit element: a typed `emit`, the success/fail/complete relay
 * of an API call, re-rendering when the locale changes, and a `define()` that never registers a
 * tag twice. `E` is the element's event map, so `addEventListener('success', e => e.detail…)`
 * type-checks.
 */
export class WxElement<E extends object = Record<string, Event>> extends LitElement {
  /** Registers the element under `tag` unless that tag is already defined. */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  private stopConfigListener?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Strings come from configure({ locale }); a switch re-renders every element on the page.
    this.stopConfigListener = onConfigChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopConfigListener?.();
  }

  /** Dispatches a bubbling, non-composed CustomEvent; returns false when a listener cancelled it. */
  emit<K extends keyof E & string>(
    type: K,
    detail: E[K] extends CustomEvent<infer D> ? D : never,
    init: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(kitEvent(type, detail, init));
  }

  /**
   * The callbacks to pass to an API function so that its outcome is re-dispatched as the
   * element's `success`, `fail` and `complete` events with the very same objects.
   */
  protected relay<S extends ApiResult>(handlers: { success?: (r: S) => void; fail?: (r: FailResult) => void } = {}) {
    const emit = (type: string, detail: unknown) => this.dispatchEvent(kitEvent(type, detail));
    return {
      success: (result: S) => {
        handlers.success?.(result);
        emit('success', result);
      },
      fail: (result: FailResult) => {
        handlers.fail?.(result);
        emit('fail', result);
      },
      complete: (result: S | FailResult) => emit('complete', result),
    };
  }
}

/** The element's own events over the standard ones (its `change` and `close` win over HTMLElement's). */
type EventsOf<E> = Omit<HTMLElementEventMap, keyof E> & E;

export interface WxElement<E extends object> {
  addEventListener<K extends keyof EventsOf<E> & string>(type: K, listener: Listener<EventsOf<E>[K], this>, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof EventsOf<E> & string>(type: K, listener: Listener<EventsOf<E>[K], this>, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
