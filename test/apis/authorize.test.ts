import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { authorize, configure, getSetting, openSetting, saveImageToPhotosAlbum, wx, type ApiResult, type AuthorizeOptions } from '../../src/index.js';
import { settingsKey } from '../../src/auth/settings-store.js';
import { clickAt, consentDialog, forgetDecisions, memoryStorage, part, settingsSheet, watchForTag } from '../auth/helpers.js';

const SCOPE = 'scope.writePhotosAlbum';

describe('wx.authorize, wx.getSetting, wx.openSetting (scope.writePhotosAlbum)', () => {
  beforeEach(forgetDecisions);
  afterEach(forgetDecisions);

  it('are the functions on wx', () => {
    expect(wx.authorize).to.equal(authorize);
    expect(wx.getSetting).to.equal(getSetting);
    expect(wx.openSetting).to.equal(openSetting);
  });

  it('getSetting leaves a scope never asked about out', async () => {
    expect(await getSetting()).to.deep.equal({ authSetting: {}, errMsg: 'getSetting:ok' });
  });

  it('asks the first time; Allow grants, is remembered, and later calls succeed with no dialog', async () => {
    const call = authorize({ scope: SCOPE });
    const dialog = await consentDialog();
    expect(part(dialog, 'title').textContent!.trim()).to.equal(`${location.host} asks for permission`);
    expect(part(dialog, 'description').textContent!.trim()).to.equal('Save images to your device');
    expect(part(dialog, 'deny').textContent!.trim()).to.equal('Deny');
    expect(part(dialog, 'allow').textContent!.trim()).to.equal('Allow');
    await clickAt(part(dialog, 'allow'));
    expect(await call).to.deep.equal({ errMsg: 'authorize:ok' });
    expect(document.querySelector('wx-consent-dialog')).to.equal(null);
    expect(await getSetting()).to.deep.equal({ authSetting: { [SCOPE]: true }, errMsg: 'getSetting:ok' });
    expect(JSON.parse(localStorage.getItem(settingsKey())!)).to.deep.equal({ [SCOPE]: true });

    const again = await watchForTag('wx-consent-dialog', () => authorize({ scope: SCOPE }));
    expect(again.value).to.deep.equal({ errMsg: 'authorize:ok' });
    expect(again.appeared).to.equal(false);
  });

  it('Deny fails with "auth deny", is remembered, and later authorize and save fail at once with no dialog', async () => {
    const call = authorize({ scope: SCOPE }).catch((failure) => failure);
    await clickAt(part(await consentDialog(), 'deny'));
    expect(await call).to.deep.equal({ errMsg: 'authorize:fail auth deny' });
    expect(await getSetting()).to.deep.equal({ authSetting: { [SCOPE]: false }, errMsg: 'getSetting:ok' });

    const again = await watchForTag('wx-consent-dialog', () => authorize({ scope: SCOPE }).catch((failure) => failure));
    expect(again.value).to.deep.equal({ errMsg: 'authorize:fail auth deny' });
    expect(again.appeared).to.equal(false);

    const save = await watchForTag('wx-consent-dialog', () =>
      saveImageToPhotosAlbum({ filePath: '/test/fixtures/images/sample.png' }).catch((failure) => failure),
    );
    expect(save.value).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' });
    expect(save.appeared).to.equal(false);
  });

  it('Esc on the consent dialog is Deny', async () => {
    const call = authorize({ scope: SCOPE }).catch((failure) => failure);
    await consentDialog();
    await sendKeys({ press: 'Escape' });
    expect(await call).to.deep.equal({ errMsg: 'authorize:fail auth deny' });
    expect((await getSetting()).authSetting).to.deep.equal({ [SCOPE]: false });
  });

  it('works from the keyboard: focus starts on Deny, Tab then Enter allows', async () => {
    const call = authorize({ scope: SCOPE });
    const dialog = await consentDialog();
    expect(dialog.shadowRoot!.activeElement).to.equal(part(dialog, 'deny'));
    await sendKeys({ press: 'Tab' });
    expect(dialog.shadowRoot!.activeElement).to.equal(part(dialog, 'allow'));
    await sendKeys({ press: 'Enter' });
    expect(await call).to.deep.equal({ errMsg: 'authorize:ok' });
  });

  it('Space on the focused Deny denies', async () => {
    const call = authorize({ scope: SCOPE }).catch((failure) => failure);
    await consentDialog();
    await sendKeys({ press: ' ' });
    expect(await call).to.deep.equal({ errMsg: 'authorize:fail auth deny' });
  });

  it('concurrent calls share one dialog and its answer', async () => {
    const watched = watchForTag('wx-consent-dialog', async () => {
      const first = authorize({ scope: SCOPE });
      const second = authorize({ scope: SCOPE });
      const dialog = await consentDialog();
      expect(document.querySelectorAll('wx-consent-dialog').length).to.equal(1);
      await clickAt(part(dialog, 'allow'));
      return Promise.all([first, second]);
    });
    const { value } = await watched;
    expect(value).to.deep.equal([{ errMsg: 'authorize:ok' }, { errMsg: 'authorize:ok' }]);
    expect(document.querySelectorAll('wx-consent-dialog').length).to.equal(0);
  });

  it('openSetting lists the scopes asked about and its switch turns a denial back into a grant', async () => {
    const denied = authorize({ scope: SCOPE }).catch((failure) => failure);
    await clickAt(part(await consentDialog(), 'deny'));
    expect((await denied).errMsg).to.equal('authorize:fail auth deny');

    const opened = openSetting();
    const sheet = await settingsSheet();
    const toggle = part<HTMLInputElement>(sheet, 'switch');
    expect(toggle.getAttribute('role')).to.equal('switch');
    expect(toggle.checked).to.equal(false);
    expect(toggle.closest('label')!.textContent!.trim()).to.equal('Save to album');
    await expect(sheet).to.be.accessible();
    await clickAt(toggle);
    expect(toggle.checked).to.equal(true);
    await clickAt(part(sheet, 'done'));
    expect(await opened).to.deep.equal({ authSetting: { [SCOPE]: true }, errMsg: 'openSetting:ok' });
    expect(document.querySelector('wx-settings-sheet')).to.equal(null);

    const again = await watchForTag('wx-consent-dialog', () => authorize({ scope: SCOPE }));
    expect(again.value).to.deep.equal({ errMsg: 'authorize:ok' });
    expect(again.appeared).to.equal(false);
    expect(await getSetting()).to.deep.equal({ authSetting: { [SCOPE]: true }, errMsg: 'getSetting:ok' });
  });

  it('openSetting can also revoke a grant, from the keyboard (Space on the switch, Esc keeps it)', async () => {
    const granted = authorize({ scope: SCOPE });
    await clickAt(part(await consentDialog(), 'allow'));
    await granted;

    const opened = openSetting();
    const sheet = await settingsSheet();
    part(sheet, 'switch').focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Escape' });
    expect(await opened).to.deep.equal({ authSetting: { [SCOPE]: false }, errMsg: 'openSetting:ok' });
    const save = await saveImageToPhotosAlbum({ filePath: '/test/fixtures/images/sample.png' }).catch((failure) => failure);
    expect(save).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' });
  });

  it('openSetting with nothing asked yet shows the empty state and resolves with an empty authSetting', async () => {
    const opened = openSetting();
    const sheet = await settingsSheet();
    expect(part(sheet, 'empty').textContent!.trim()).to.equal('This site has not asked for any permission yet');
    expect(sheet.shadowRoot!.querySelector('[part~="switch"]')).to.equal(null);
    await expect(sheet).to.be.accessible();
    await sendKeys({ press: 'Enter' }); // focus is on Done, the only control
    expect(await opened).to.deep.equal({ authSetting: {}, errMsg: 'openSetting:ok' });
  });

  it('concurrent openSetting calls share one sheet', async () => {
    const first = openSetting();
    const second = openSetting();
    const sheet = await settingsSheet();
    expect(document.querySelectorAll('wx-settings-sheet').length).to.equal(1);
    await clickAt(part(sheet, 'done'));
    expect(await Promise.all([first, second])).to.deep.equal([
      { authSetting: {}, errMsg: 'openSetting:ok' },
      { authSetting: {}, errMsg: 'openSetting:ok' },
    ]);
  });

  it('an unknown scope fails clearly, before any dialog', async () => {
    const outcome = await watchForTag('wx-consent-dialog', () =>
      authorize({ scope: 'scope.camera' as never }).catch((failure) => failure),
    );
    expect(outcome.value).to.deep.equal({ errMsg: 'authorize:fail invalid scope' });
    expect(outcome.appeared).to.equal(false);
  });

  it('checks its parameters like the Mini App', async () => {
    expect(await authorize({} as unknown as AuthorizeOptions).catch((failure) => failure)).to.deep.equal({
      errMsg: 'authorize:fail parameter error: parameter.scope should be String instead of Undefined;',
    });
    expect(await authorize({ scope: 1 } as unknown as AuthorizeOptions).catch((failure) => failure)).to.deep.equal({
      errMsg: 'authorize:fail parameter error: parameter.scope should be String instead of Number;',
    });
  });

  it('calls success and complete once with the callback style, and returns undefined', async () => {
    const seen: string[] = [];
    let returned: unknown = 'not yet';
    const done = new Promise<void>((resolve) => {
      returned = authorize({
        scope: SCOPE,
        success: (result: ApiResult) => seen.push(`success ${result.errMsg}`),
        fail: (result: ApiResult) => seen.push(`fail ${result.errMsg}`),
        complete: (result: ApiResult) => {
          seen.push(`complete ${result.errMsg}`);
          resolve();
        },
      });
    });
    expect(returned).to.equal(undefined);
    await clickAt(part(await consentDialog(), 'allow'));
    await done;
    expect(seen).to.deep.equal(['success authorize:ok', 'complete authorize:ok']);
  });

  it('keeps decisions in the storage given to configure({ storage }), not in localStorage', async () => {
    const storage = memoryStorage();
    configure({ storage });
    const call = authorize({ scope: SCOPE }).catch((failure) => failure);
    await clickAt(part(await consentDialog(), 'deny'));
    expect((await call).errMsg).to.equal('authorize:fail auth deny');
    expect(JSON.parse(storage.items.get(`wx-image-kit:authSetting:${location.origin}`)!)).to.deep.equal({ [SCOPE]: false });
    expect(localStorage.getItem(settingsKey())).to.equal(null);

    // A decision already in the given storage answers without a dialog.
    configure({ storage: memoryStorage({ [settingsKey()]: JSON.stringify({ [SCOPE]: true }) }) });
    const granted = await watchForTag('wx-consent-dialog', () => authorize({ scope: SCOPE }));
    expect(granted.value).to.deep.equal({ errMsg: 'authorize:ok' });
    expect(granted.appeared).to.equal(false);
  });

  for (const [label, stored] of [
    ['text that is not JSON', '{"scope.writePhotosAlbum": tru'],
    ['JSON null', 'null'],
    ['an array', '[true]'],
    ['a value that is not a boolean', '{"scope.writePhotosAlbum":"no"}'],
  ] as const) {
    it(`counts corrupt stored data (${label}) as never asked, then overwrites it`, async () => {
      localStorage.setItem(settingsKey(), stored);
      expect(await getSetting()).to.deep.equal({ authSetting: {}, errMsg: 'getSetting:ok' });
      const call = authorize({ scope: SCOPE });
      await clickAt(part(await consentDialog(), 'allow'));
      expect(await call).to.deep.equal({ errMsg: 'authorize:ok' });
      expect(JSON.parse(localStorage.getItem(settingsKey())!)).to.deep.equal({ [SCOPE]: true });
    });
  }

  it('treats a storage that throws as never asked and still remembers the answer for this page', async () => {
    const broken = {
      getItem(): string | null {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem(): void {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    configure({ storage: broken });
    expect(await getSetting()).to.deep.equal({ authSetting: {}, errMsg: 'getSetting:ok' });
    const call = authorize({ scope: SCOPE }).catch((failure) => failure);
    await clickAt(part(await consentDialog(), 'deny'));
    expect(await call).to.deep.equal({ errMsg: 'authorize:fail auth deny' });
    const again = await watchForTag('wx-consent-dialog', () => authorize({ scope: SCOPE }).catch((failure) => failure));
    expect(again.value).to.deep.equal({ errMsg: 'authorize:fail auth deny' });
    expect(again.appeared).to.equal(false);
    expect((await getSetting()).authSetting).to.deep.equal({ [SCOPE]: false });
  });
});
