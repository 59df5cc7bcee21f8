import { expect } from '@open-wc/testing';
import { releaseAllTempFiles } from '../../src/index.js';
import { mountPhotoPicker } from './vue-snippet.js';

async function fixtureFile(name: string, type: string): Promise<File> {
  const blob = await (await fetch(`/test/fixtures/images/${name}`)).blob();
  return new File([blob], name, { type });
}

describe('the README Vue 3 snippet', () => {
  afterEach(() => {
    document.getElementById('app')?.remove();
    releaseAllTempFiles();
  });

  it('renders the chooser as a custom element and shows what a person drops on it', async () => {
    const host = Object.assign(document.createElement('div'), { id: 'app' });
    document.body.append(host);
    mountPhotoPicker('#app');
    const chooser = host.querySelector('wx-image-chooser')!;
    expect(chooser.constructor.name).to.equal('WxImageChooser');
    const succeeded = new Promise((resolve) => chooser.addEventListener('success', resolve, { once: true }));
    const files = new DataTransfer();
    files.items.add(await fixtureFile('noexif.jpg', 'image/jpeg'));
    files.items.add(await fixtureFile('sample.png', 'image/png'));
    chooser.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    await succeeded;
    await new Promise((r) => setTimeout(r, 0));
    const images = [...host.querySelectorAll('img')];
    expect(images).to.have.length(2);
    for (const img of images) {
      expect(img.src).to.match(/^blob:/);
      await img.decode();
    }
  });
});
