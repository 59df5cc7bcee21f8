import './define.js';
import { openModal } from '../base/open-modal.js';
import type { ActionSheetItem, WxActionSheet } from './action-sheet.js';

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
