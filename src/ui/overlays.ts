import type { Ports } from './ports.js';

/**
 * The one place where the core meets the overlays: each port loads its overlay's
 * `components/<overlay>/open.ts` on first use, so a page that never shows an overlay never
 * downloads it, and the core (and the element-free `wx-image-kit/api` entry) never imports lit.
 */
export const ui: Ports = {
  actionSheet: async (request) => (await import('../../components/action-sheet/open.js')).openActionSheetPort(request),
  consent: async (scope) => (await import('../../components/consent-dialog/open.js')).openConsentDialog({ scope }),
  settings: async (authSetting) => (await import('../../components/settings-sheet/open.js')).openSettingsSheet({ authSetting }),
  camera: async (session) => (await import('../../components/camera-sheet/open.js')).openCameraSheet(session),
  viewer: async () => (await import('../../components/image-preview/open.js')).sharedViewer(),
  cropper: async (request) => (await import('../../components/crop-dialog/open.js')).openCropDialog(request),
  notice: (text) => void import('../../components/notice/open.js').then(({ showNotice }) => showNotice(text)),
};
