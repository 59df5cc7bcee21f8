import './define.js';
import { openModal } from '../base/open-modal.js';
import type { ActionSheetAnswer, ActionSheetRequest } from '../../src/ui/ports.js';
import type { ActionSheetItem, WxActionSheet } from './action-sheet.js';
import { checkboxRow } from './checkbox-row.js';

export interface OpenActionSheetOptions {
  heading?: string;
  /** The sheet's accessible name when there is no heading. */
  label?: string;
  items: ActionSheetItem[];
  /** Text colour of the actions (showActionSheet's itemColor). */
  itemColor?: string;
  /** Content shown above the actions (the sheet's default slot). */
  extra?: Node;
  /** Closes the sheet as cancelled. */
  signal?: AbortSignal;
}

/**
 * Shows an action sheet over the page and removes it afterwards. Resolves with the chosen index,
 * or null when the person cancels. The choice comes from their tap, so a file picker opened right
 * after it has the user activation it needs.
 */
export async function openActionSheet(options: OpenActionSheetOptions): Promise<number | null> {
  const sheet = document.createElement('wx-action-sheet') as WxActionSheet;
  sheet.heading = options.heading ?? '';
  sheet.label = options.label ?? '';
  sheet.items = options.items;
  sheet.itemColor = options.itemColor ?? '';
  if (options.extra) sheet.append(options.extra);
  return openModal(sheet, { signal: options.signal });
}

/** The core's action-sheet port (src/ui/ports.ts): plain labels, and the optional checkbox row. */
export async function openActionSheetPort({ items, toggle, ...rest }: ActionSheetRequest): Promise<ActionSheetAnswer | null> {
  const row = toggle === undefined ? undefined : checkboxRow(toggle);
  const index = await openActionSheet({ ...rest, items: items.map((label) => ({ label })), extra: row?.node });
  return index === null ? null : { index, toggled: row?.checked() ?? false };
}
