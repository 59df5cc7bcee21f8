import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a toast stays, ms (the Mini App's showToast default is 1500; read-aloud needs longer). */
export const TOAST_MS = 3000;

/**
 * A short message inside the viewer (the page behind a modal dialog is inert, so a toast outside
 * it would be neither seen above it reliably nor heard). The host renders `text` in a status
 * region that is always present, so screen readers announce each new message.
 */
export class ToastController implements ReactiveController {
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  show(text: string): void {
    clearTimeout(this.timer);
    this.text = text;
    this.host.requestUpdate();
    this.timer = setTimeout(() => this.clear(), TOAST_MS);
  }

  clear(): void {
    clearTimeout(this.timer);
    if (!this.text) return;
    this.text = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.clear();
  }
}
