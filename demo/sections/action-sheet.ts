import { html } from 'lit';
import { wx } from '../../src/index.js';
import { showResult, type GallerySection } from '../section.js';

export const section: GallerySection = {
  id: 'show-action-sheet',
  title: 'wx.showActionSheet',
  order: 90,
  summary: 'The action sheet the kit uses for image sources and the viewer menu, as its own Mini App API. Cancel, Esc or a tap outside fails with "cancel".',
  code: `
const { tapIndex } = await wx.showActionSheet({
  alertText: 'Share this photo',
  itemList: ['Send to chat', 'Copy link', 'Report'],
});
// Cancel → rejects with { errMsg: 'showActionSheet:fail cancel' }`,
  render() {
    const open = async (event: Event) => {
      const output = (event.target as Element).closest('.live')!.querySelector('output');
      try {
        showResult(output, await wx.showActionSheet({ alertText: 'Share this photo', itemList: ['Send to chat', 'Copy link', 'Report'] }));
      } catch (failure) {
        showResult(output, failure);
      }
    };
    return html`<div><button class="primary" type="button" @click=${open}>Open the action sheet</button></div>
      <output class="log" aria-live="polite"></output>`;
  },
};
