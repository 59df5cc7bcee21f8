import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/action-sheet/define.js';
import '../../components/camera-sheet/define.js';
import '../../components/consent-dialog/define.js';
import '../../components/image-chooser/define.js';
import '../../components/image-info/define.js';
import '../../components/image-preview/define.js';
import '../../components/settings-sheet/define.js';
import type { WxActionSheet } from '../../components/action-sheet/action-sheet.js';
import type { WxCameraSheet } from '../../components/camera-sheet/camera-sheet.js';
import type { WxConsentDialog } from '../../components/consent-dialog/consent-dialog.js';
import type { WxImageChooser } from '../../components/image-chooser/image-chooser.js';
import type { WxImageInfo } from '../../components/image-info/image-info.js';
import type { WxSettingsSheet } from '../../components/settings-sheet/settings-sheet.js';
import { resetConfig } from '../../src/index.js';
import { ENGINE } from '../engine.js';
import { applyForcedColourRules, contrast, isDark, resolvedVar, styleOf, systemColour, withoutTransitions } from './colour.js';

type Modal = WxActionSheet | WxConsentDialog | WxSettingsSheet | WxCameraSheet;

/** Opens a modal element (appended to the body) and waits for its dialog. */
async function opened<T extends Modal>(el: T): Promise<T> {
  document.body.append(el);
  void el.show();
  await waitUntil(() => el.shadowRoot?.querySelector('dialog')?.open, 'the dialog did not open');
  withoutTransitions(el.shadowRoot!);
  return el;
}

function dialogOf(el: Element): HTMLDialogElement {
  return el.shadowRoot!.querySelector('dialog')!;
}

function actionSheet(): Promise<WxActionSheet> {
  const sheet = document.createElement('wx-action-sheet');
  sheet.heading = 'Share this photo';
  sheet.items = [{ label: 'Send' }, { label: 'Delete', destructive: true }];
  return opened(sheet);
}

function settingsSheet(granted = false): Promise<WxSettingsSheet> {
  return opened(Object.assign(document.createElement('wx-settings-sheet'), { authSetting: { 'scope.writePhotosAlbum': granted } }));
}

const consentDialog = () => opened(document.createElement('wx-consent-dialog'));

/** Every colour pair a person must tell apart on the sheets and dialogs, checked against WCAG. */
function checkOverlayContrast(sheet: WxActionSheet, settings: WxSettingsSheet, consent: WxConsentDialog): void {
  const rows = resolvedVar(dialogOf(sheet), '--wx-sheet-item-background');
  for (const [name, minimum] of [
    ['--wx-sheet-color', 4.5],
    ['--wx-sheet-muted', 4.5],
    ['--wx-sheet-danger', 4.5],
    ['--wx-sheet-focus', 3],
    ['--wx-sheet-accent', 3],
  ] as const) {
    expect(contrast(resolvedVar(dialogOf(sheet), name), rows), `${name} on the rows`).to.be.at.least(minimum);
  }
  // The settings switch: track against the row, knob against the track, off and on.
  const toggle = settings.shadowRoot!.querySelector<HTMLInputElement>('[part=switch]')!;
  const row = resolvedVar(dialogOf(settings), '--wx-sheet-item-background');
  for (const checked of [false, true]) {
    toggle.checked = checked;
    const track = styleOf(toggle, 'background-color');
    expect(contrast(track, row), `switch track (${checked ? 'on' : 'off'}) on the row`).to.be.at.least(3);
    expect(contrast(styleOf(toggle, 'background-color', '::after'), track), `knob on the track (${checked ? 'on' : 'off'})`).to.be.at.least(3);
  }
  const done = settings.shadowRoot!.querySelector('[part=done]')!;
  expect(contrast(styleOf(done, 'color'), styleOf(done, 'background-color')), 'Done text').to.be.at.least(4.5);
  expect(contrast(styleOf(done, 'background-color'), row), 'Done against its bar').to.be.at.least(3);
  const box = resolvedVar(dialogOf(consent), '--wx-dialog-background');
  expect(contrast(styleOf(consent.shadowRoot!.querySelector('[part=allow]')!, 'color'), box), 'Allow').to.be.at.least(4.5);
  expect(contrast(styleOf(consent.shadowRoot!.querySelector('[part=description]')!, 'color'), box), 'consent text').to.be.at.least(4.5);
  expect(contrast(resolvedVar(dialogOf(consent), '--wx-dialog-focus'), box), 'consent focus ring').to.be.at.least(3);
}

/**
 * emulateMedia goes over CDP: Chromium only. Asked elsewhere it fails, and the runner prints a
 * stack trace for each call (8 blocks per run in Firefox), so the other engines are not asked.
 */
const EMULATES_MEDIA = ENGINE === 'chromium';

describe('appearance: light and dark, contrast, forced colours, landmarks', () => {
  const opens: Element[] = [];
  async function allOverlays() {
    const sheet = await actionSheet();
    const settings = await settingsSheet();
    const consent = await consentDialog();
    opens.push(sheet, settings, consent);
    return { sheet, settings, consent };
  }
  afterEach(async () => {
    for (const el of opens.splice(0)) el.remove();
    document.documentElement.style.removeProperty('--wx-color-scheme');
    resetConfig();
    if (EMULATES_MEDIA) await emulateMedia({ colorScheme: 'no-preference' });
  });

  it('light by default: text 4.5:1, focus rings, switch and accent 3:1 against what they sit on', async () => {
    document.documentElement.style.setProperty('--wx-color-scheme', 'light');
    const { sheet, settings, consent } = await allOverlays();
    expect(isDark(styleOf(dialogOf(sheet), 'background-color'))).to.equal(false);
    checkOverlayContrast(sheet, settings, consent);
  });

  it('dark when forced with --wx-color-scheme: dark, at the same contrast', async () => {
    document.documentElement.style.setProperty('--wx-color-scheme', 'dark');
    const { sheet, settings, consent } = await allOverlays();
    for (const el of [sheet, settings, consent]) expect(isDark(styleOf(dialogOf(el), 'background-color')), el.localName).to.equal(true);
    checkOverlayContrast(sheet, settings, consent);
    await expect(sheet).to.be.accessible();
    await expect(settings).to.be.accessible();
    await expect(consent).to.be.accessible();
  });

  it("overlays follow the person's prefers-color-scheme (emulated where the launcher can)", async () => {
    // Chromium's launcher emulates the preference; where emulateMedia is not supported (the
    // WebDriver launcher, puppeteer over BiDi) the engine's own preference is what is checked.
    if (EMULATES_MEDIA) await emulateMedia({ colorScheme: 'dark' });
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    if (EMULATES_MEDIA) expect(prefersDark).to.equal(true);
    const sheet = await actionSheet();
    opens.push(sheet);
    expect(isDark(styleOf(dialogOf(sheet), 'background-color'))).to.equal(prefersDark);
  });

  it('inline elements take the page colour scheme: dark only on a page that declares dark', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <wx-image-chooser></wx-image-chooser>
      <wx-image-info src="/test/fixtures/images/sample.png"></wx-image-info>
    </div>`);
    const chooser = wrapper.querySelector<WxImageChooser>('wx-image-chooser')!;
    const info = wrapper.querySelector<WxImageInfo>('wx-image-info')!;
    await waitUntil(() => info.info, 'the info card');
    await info.updateComplete;
    const button = chooser.shadowRoot!.querySelector('[part=button]')!;
    const card = info.shadowRoot!.querySelector('[part=card]')!;
    for (const scheme of ['light', 'dark'] as const) {
      wrapper.style.colorScheme = scheme;
      const page = scheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)';
      expect(contrast(styleOf(button, 'color'), styleOf(button, 'background-color')), `${scheme}: button text`).to.be.at.least(4.5);
      expect(contrast(styleOf(button, 'background-color'), page), `${scheme}: button on the page`).to.be.at.least(3);
      expect(contrast(styleOf(chooser.shadowRoot!.querySelector('[part=hint]')!, 'color'), page), `${scheme}: hint`).to.be.at.least(4.5);
      expect(contrast(resolvedVar(chooser.shadowRoot!, '--wx-chooser-danger'), page), `${scheme}: failure line`).to.be.at.least(4.5);
      expect(isDark(styleOf(card, 'background-color')), `${scheme}: info card`).to.equal(scheme === 'dark');
      expect(contrast(styleOf(card.querySelector('dt')!, 'color'), styleOf(card, 'background-color')), `${scheme}: info labels`).to.be.at.least(4.5);
    }
    wrapper.style.colorScheme = 'light';
    wrapper.style.setProperty('--wx-color-scheme', 'dark');
    expect(isDark(styleOf(card, 'background-color')), '--wx-color-scheme forces it').to.equal(true);
  });

  describe('forced colours (the @media (forced-colors: active) rules applied)', () => {
    it('the settings switch keeps a visible track, and on/off differ in position, not only colour', async () => {
      const settings = await settingsSheet(false);
      opens.push(settings);
      applyForcedColourRules(settings.shadowRoot!);
      const toggle = settings.shadowRoot!.querySelector<HTMLInputElement>('[part=switch]')!;
      expect(parseFloat(styleOf(toggle, 'border-top-width'))).to.be.at.least(2);
      expect(styleOf(toggle, 'border-top-style')).to.equal('solid');
      // System colours in their pairs (the person's theme makes each pair readable): off is a
      // CanvasText knob in a CanvasText ring on Canvas, on is a HighlightText knob on Highlight.
      expect(styleOf(toggle, 'border-top-color')).to.equal(systemColour('CanvasText'));
      expect(styleOf(toggle, 'background-color')).to.equal(systemColour('Canvas'));
      expect(styleOf(toggle, 'background-color', '::after')).to.equal(systemColour('CanvasText'));
      const offKnob = styleOf(toggle, 'transform', '::after');
      toggle.checked = true;
      expect(styleOf(toggle, 'transform', '::after'), 'the knob moves').to.not.equal(offKnob);
      expect(styleOf(toggle, 'background-color')).to.equal(systemColour('Highlight'));
      expect(styleOf(toggle, 'background-color', '::after')).to.equal(systemColour('HighlightText'));
      const done = settings.shadowRoot!.querySelector('[part=done]')!;
      expect(styleOf(done, 'border-top-style')).to.equal('solid');
      expect(parseFloat(styleOf(done, 'border-top-width'))).to.be.at.least(2);
    });

    it('buttons keep an outline: sheet rows, consent answers, the chooser, the shutter, the viewer', async () => {
      const sheet = await actionSheet();
      const consent = await consentDialog();
      const camera = await opened(document.createElement('wx-camera-sheet'));
      opens.push(sheet, consent, camera);
      const chooser = await fixture<WxImageChooser>(html`<wx-image-chooser></wx-image-chooser>`);
      const viewer = await fixture(html`<wx-image-preview></wx-image-preview>`);
      const buttons: Element[] = [];
      for (const el of [sheet, consent, camera, chooser, viewer]) {
        applyForcedColourRules(el.shadowRoot!);
        buttons.push(...el.shadowRoot!.querySelectorAll('button'));
      }
      expect(buttons.length).to.be.at.least(9);
      for (const button of buttons) {
        const name = `${(button.getRootNode() as ShadowRoot).host.localName} ${button.getAttribute('part')}`;
        expect(styleOf(button, 'border-top-style'), name).to.equal('solid');
        expect(parseFloat(styleOf(button, 'border-top-width')), name).to.be.at.least(2);
      }
    });
  });

  it('no landmark inside an overlay: the headed action sheet and the settings sheet have no <header>', async () => {
    const { sheet, settings } = await allOverlays();
    for (const el of [sheet, settings]) {
      expect(el.shadowRoot!.querySelector('header, [role=banner]'), el.localName).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });
});
