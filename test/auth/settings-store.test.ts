import { expect } from '@open-wc/testing';
import { configure } from '../../src/config.js';
import { readAuthSetting, readDecision, settingsKey, writeAuthSetting } from '../../src/auth/settings-store.js';
import { SCOPES, isScope } from '../../src/auth/scopes.js';
import { forgetDecisions, memoryStorage } from './helpers.js';

describe('authorization settings store', () => {
  beforeEach(forgetDecisions);
  afterEach(forgetDecisions);

  it('knows its scopes from one list', () => {
    expect(SCOPES).to.deep.equal(['scope.writePhotosAlbum']);
    expect(isScope('scope.writePhotosAlbum')).to.equal(true);
    expect(isScope('scope.userLocation')).to.equal(false);
    expect(isScope(undefined)).to.equal(false);
  });

  it('keeps decisions under a key namespaced by the kit and the origin', () => {
    expect(settingsKey()).to.equal(`wx-image-kit:authSetting:${location.origin}`);
    expect(settingsKey('https://a.example')).to.not.equal(settingsKey('https://b.example'));
    writeAuthSetting({ 'scope.writePhotosAlbum': false });
    expect(localStorage.getItem(settingsKey())).to.equal('{"scope.writePhotosAlbum":false}');
    expect(readDecision('scope.writePhotosAlbum')).to.equal(false);
  });

  it('never asked reads as undefined', () => {
    expect(readDecision('scope.writePhotosAlbum')).to.equal(undefined);
    expect(readAuthSetting()).to.deep.equal({});
  });

  it('drops unknown scopes and non-boolean values, on read and on write', () => {
    const storage = memoryStorage({
      [settingsKey()]: JSON.stringify({ 'scope.camera': true, 'scope.writePhotosAlbum': 1, __proto__: { x: 1 } }),
    });
    configure({ storage });
    expect(readAuthSetting()).to.deep.equal({});
    writeAuthSetting({ 'scope.camera': true } as never);
    expect(storage.items.get(settingsKey())).to.equal('{}');
  });

  it('does not write when only reading', () => {
    const storage = memoryStorage();
    configure({ storage });
    readAuthSetting();
    readDecision('scope.writePhotosAlbum');
    expect(storage.writes).to.equal(0);
  });

  it('keeps decisions in memory when the configured storage is not a storage', () => {
    const notStorages = ['localStorage', 42, {}, { getItem: 1, setItem: 2 }];
    notStorages.forEach((storage, i) => {
      configure({ storage: storage as never });
      expect(() => readAuthSetting()).not.to.throw();
      const granted = i % 2 === 0;
      expect(() => writeAuthSetting({ 'scope.writePhotosAlbum': granted })).not.to.throw();
      expect(readDecision('scope.writePhotosAlbum')).to.equal(granted);
      expect(localStorage.getItem(settingsKey())).to.equal(null);
    });
  });
});
