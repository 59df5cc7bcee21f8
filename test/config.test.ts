import { expect } from '@open-wc/testing';
import { configure, getConfig, resetConfig, strings } from '../src/config.js';

describe('configure', () => {
  afterEach(() => resetConfig());

  it('keeps what is not given and merges compression defaults', () => {
    configure({ downloadDomains: ['img.example.com'] });
    configure({ compression: { quality: 0.6 } as never });
    expect(getConfig().downloadDomains).to.deep.equal(['img.example.com']);
    expect(getConfig().compression).to.deep.equal({ maxEdge: 1920, quality: 0.6 });
  });

  it('switches the UI strings with the locale, and takes single overrides', () => {
    expect(strings().takePhoto).to.equal('Take Photo');
    configure({ locale: 'zh-CN' });
    expect(strings().takePhoto).to.equal('拍照');
    configure({ strings: { takePhoto: 'Camera' } });
    expect(strings().takePhoto).to.equal('Camera');
    expect(strings().cancel).to.equal('取消');
  });

  it('warns once per unknown key in development', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      configure({ downloadDomain: ['typo'] } as never);
      configure({ downloadDomain: ['typo'] } as never);
      configure({ locale: 'en' });
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('"downloadDomain"');
  });
});
