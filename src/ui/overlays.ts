import { report } from '../contract/call.js';
import { loadPart } from '../contract/lazy.js';
import type { Ports } from './ports.js';

/**
 * The one place where the core meets the overlays: each port loads its overlay's
 * `components/<overlay>/open.ts` on first use, so a page that never shows an overlay never
 * downloads it, and the core (and the element-free `wx-image-kit/api` entry) never imports lit.
 * An overlay that does not load fails the call that asked for it (`could not load the viewer`).
 */
export const ui: Ports = {
  actionSheet: async (request) => (await loadPart('the action sheet', () => import('../../components/action-sheet/open.js'))).openActionSheetPort(request),
  consent: async (scope) => (await loadPart('the consent dialog', () => import('../../components/consent-dialog/open.js'))).openConsentDialog({ scope }),
  settings: async (authSetting) => (await loadPart('the settings sheet', () => import('../../components/settings-sheet/open.js'))).openSettingsSheet({ authSetting }),
  camera: async (session) => (await loadPart('the camera sheet', () => import('../../components/camera-sheet/open.js'))).openCameraSheet(session),
  viewer: async () => (await loadPart('the viewer', () => import('../../components/image-preview/open.js'))).sharedViewer(),
  cropper: async (request) => (await loadPart('the cropper', () => import('../../components/crop-dialog/open.js'))).openCropDialog(request),
  // A notice is told, not asked: nothing waits for it, so a notice that cannot load is reported, not failed.
  notice: (text) =>
    void loadPart('the notice', () => import('../../components/notice/open.js')).then(({ showNotice }) => showNotice(text), report),
};
