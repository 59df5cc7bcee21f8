import { canShareImages, loadPreviewImage, saveImageFromPreview, shareImageFromPreview } from '../../src/viewer/preview-actions.js';
import { strings } from '../../src/config.js';
import type { ApiResult } from '../../src/contract/types.js';
import { loadPart } from '../../src/contract/lazy.js';
import type { ConsentPort } from '../../src/ui/ports.js';
import { saveFeedback } from './save-feedback.js';

/**
 * The consent dialog for Save Image, loaded by the viewer itself: the seam (src/ui/overlays.ts)
 * loads the viewer, so the viewer asks no port of it.
 */
const askConsent: ConsentPort = async (scope) =>
  (await loadPart('the consent dialog', () => import('../consent-dialog/open.js'))).openConsentDialog({ scope });

/** The viewer, as its menu sees it. */
export interface PreviewMenuHost {
  referrerPolicy(): ReferrerPolicy;
  /** Whether the viewer is still open (a toast after it closed would show nowhere). */
  showing(): boolean;
  /** Save Image finished: the `saveImageToPhotosAlbum` result, ok or fail. */
  saved(result: ApiResult): void;
  /** A message for the person (the save's outcome). */
  toast(text: string): void;
}

/**
 * The viewer's menu: Save Image and (where the browser shares files) Share, for one image, in the
 * kit's action sheet. One menu at a time; closing the viewer closes it.
 */
export class PreviewMenu {
  private open?: AbortController;

  constructor(private readonly host: PreviewMenuHost) {}

  /** Shows the menu for `url`, unless one is showing already; resolves when its action is done. */
  async show(url: string): Promise<void> {
    if (this.open) return;
    const menu = (this.open = new AbortController());
    const text = strings();
    const share = canShareImages();
    // Share must run while the tap that chose it still counts as user activation: have the file ready.
    const blob = share ? loadPreviewImage(url, this.host.referrerPolicy()) : undefined;
    blob?.catch(() => undefined);
    try {
      // The sheet loads with the first menu opened.
      const { openActionSheet } = await loadPart('the action sheet', () => import('../action-sheet/open.js'));
      const choice = await openActionSheet({
        label: text.moreActions,
        items: [{ label: text.saveImage }, ...(share ? [{ label: text.share }] : [])],
        signal: menu.signal,
      });
      if (choice === 0) {
        const result = await saveImageFromPreview(url, askConsent, blob, this.host.referrerPolicy());
        this.host.saved(result);
        const feedback = saveFeedback(result, strings());
        if (feedback && this.host.showing()) this.host.toast(feedback);
      } else if (choice === 1 && blob) {
        await shareImageFromPreview(url, blob).catch(() => undefined);
      }
    } finally {
      if (this.open === menu) this.open = undefined;
    }
  }

  /** Closes the menu if it is showing. */
  close(): void {
    this.open?.abort();
  }
}
