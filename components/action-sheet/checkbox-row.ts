/**
 * A checkbox row for the action sheet's slot (chooseImage's "Original" toggle). Plain DOM in the
 * page's light tree, styled inline so it needs no stylesheet of its own; the sheet's custom
 * properties theme it.
 */
export function checkboxRow(text: string): { node: HTMLElement; checked: () => boolean } {
  const label = document.createElement('label');
  label.style.cssText = 'display:flex;align-items:center;justify-content:center;gap:8px;min-height:48px;padding:4px 16px;background:var(--wx-sheet-item-background,#fff);border-bottom:1px solid var(--wx-sheet-separator,rgb(0 0 0 / 0.08));font-size:15px;cursor:pointer';
  const box = document.createElement('input');
  box.type = 'checkbox';
  // The sheet's accent: 3:1 or more against the row in light and dark (WeChat's #07c160 is 2.4:1 on white).
  box.style.cssText = 'width:20px;height:20px;margin:0;accent-color:var(--wx-sheet-accent,#0a7c42)';
  label.append(box, text);
  return { node: label, checked: () => box.checked };
}
