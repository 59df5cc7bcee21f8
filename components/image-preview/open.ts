import './define.js';
import type { WxImagePreview } from './image-preview.js';

let shared: WxImagePreview | undefined;

/** The core's viewer port (src/ui/ports.ts): the one viewer `wx.previewImage` uses, created on first use. */
export async function sharedViewer(): Promise<WxImagePreview> {
  if (!shared || !shared.isConnected) {
    shared = document.createElement('wx-image-preview');
    document.body.append(shared);
  }
  return shared;
}
