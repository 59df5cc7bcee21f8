import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The trigger of an element that acts on a press (the choosers, the cropper): its default button,
 * a control the page slotted in, or — around plain slotted content such as an avatar image — the
 * element itself as the button. One place for how that is decided and how keys press it.
 */

/** What can be focused and pressed by itself: slotted, it is the trigger as it is. */
export const INTERACTIVE = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';

/** Nothing slotted (the default button), a control of the page's own, or plain content. */
export type SlottedTrigger = 'none' | 'interactive' | 'plain';

export function slottedTriggerOf(slot: HTMLSlotElement): SlottedTrigger {
  const slotted = slot.assignedElements({ flatten: true });
  if (!slotted.length) return 'none';
  return slotted.some((el) => el.matches(INTERACTIVE) || el.querySelector(INTERACTIVE)) ? 'interactive' : 'plain';
}

/**
 * How a host that is itself the button (around plain content) presents itself: role `button`
 * through its internals, `aria-disabled` while `unavailable`, and in the tab order unless
 * `disabled`. With any other trigger (its default button, a slotted control) the host has no role
 * or tab stop: that control carries them.
 */
export function syncPlainTriggerRole(
  host: HTMLElement,
  internals: ElementInternals,
  plain: boolean,
  { disabled, unavailable = disabled }: { disabled: boolean; unavailable?: boolean },
): void {
  internals.role = plain ? 'button' : null;
  internals.ariaDisabled = plain && unavailable ? 'true' : null;
  if (plain && !disabled) host.tabIndex = 0;
  else host.removeAttribute('tabindex');
}

/**
 * Keys on a host that is itself the button, taken as a native button takes them: Enter on
 * keydown, Space on keyup — on Space's keydown a dialog would open under the held key, whose
 * release would pick its first item — and neither scrolls the page. A controller: it listens on
 * the host while the host is in the page.
 */
export class PlainTriggerKeys implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly isPlain: () => boolean,
    private readonly press: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.keydown);
    this.host.addEventListener('keyup', this.keyup);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.keydown);
    this.host.removeEventListener('keyup', this.keyup);
  }

  private readonly keydown = (event: KeyboardEvent) => {
    if (event.target !== this.host || !this.isPlain()) return;
    if (event.key === 'Enter' || event.key === ' ') event.preventDefault();
    if (event.key === 'Enter' && !event.repeat) this.press();
  };

  private readonly keyup = (event: KeyboardEvent) => {
    if (event.target !== this.host || !this.isPlain() || event.key !== ' ') return;
    event.preventDefault();
    this.press();
  };
}
