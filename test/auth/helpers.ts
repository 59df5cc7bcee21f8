// Shared steps of the authorization tests: find the dialogs the kit opens, press their real
// buttons with the mouse, start every test from "never asked".
import { waitUntil } from '../wait.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { WxConsentDialog } from '../../components/consent-dialog/consent-dialog.js';
import type { WxSettingsSheet } from '../../components/settings-sheet/settings-sheet.js';
import { resetConfig, type SettingsStorage } from '../../src/config.js';
import { settingsKey } from '../../src/auth/settings-store.js';

/** Forgets every decision in localStorage and puts the configuration back. */
export function forgetDecisions(): void {
  localStorage.removeItem(settingsKey());
  resetConfig();
}

/** Waits for a modal dialog of `tag` to be open and returns its host. */
async function openDialogOf<T extends Element>(tag: string): Promise<T> {
  await waitUntil(() => document.querySelector(tag)?.shadowRoot?.querySelector('dialog')?.open, `no open ${tag}`);
  return document.querySelector(tag) as unknown as T;
}

export const consentDialog = () => openDialogOf<WxConsentDialog>('wx-consent-dialog');
export const settingsSheet = () => openDialogOf<WxSettingsSheet>('wx-settings-sheet');

/** An element of a dialog's shadow tree by its part name. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T {
  const el = host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
  if (!el) throw new Error(`no part "${name}" in <${host.localName}>`);
  return el;
}

/** Clicks with the real mouse at the middle of an element. */
export async function clickAt(el: Element): Promise<void> {
  const box = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await resetMouse();
}

/**
 * Records whether a tag was ever added to the document while `action` runs, so a test can say
 * "no dialog appeared" rather than "no dialog is open now".
 */
export async function watchForTag<T>(tag: string, action: () => Promise<T>): Promise<{ value: T; appeared: boolean }> {
  let appeared = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && node.localName === tag) appeared = true;
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  try {
    const value = await action();
    observer.takeRecords().forEach((record) =>
      record.addedNodes.forEach((node) => {
        if (node instanceof Element && node.localName === tag) appeared = true;
      }),
    );
    return { value, appeared };
  } finally {
    observer.disconnect();
  }
}

/** A storage object like localStorage, in memory, that counts its writes. */
export function memoryStorage(initial: Record<string, string> = {}): SettingsStorage & { items: Map<string, string>; writes: number } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    writes: 0,
    getItem(key) {
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      this.writes++;
      items.set(key, value);
    },
  };
}
