import { expect } from '@open-wc/testing';
import { backtrackingShape, regexLiterals } from './regex-shapes.js';
import { source, tsFiles } from './repo-files.js';

describe('no regular expression in src/ and components/ can backtrack for long (issue #11)', () => {
  it('tells the shapes that backtrack from the ones that do not', () => {
    // The SVG readers' old expressions, which froze the page for seconds on crafted files.
    expect(backtrackingShape(String.raw`^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([a-z]*)\s*$`)).to.equal('adjacent unbounded quantifiers');
    expect(backtrackingShape(String.raw`<svg(?::svg)?((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*\/?>`)).to.equal('nested unbounded quantifiers');
    expect(backtrackingShape(String.raw`<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>`)).to.equal('adjacent unbounded quantifiers');
    expect(backtrackingShape(String.raw`(a+)+$`)).to.equal('nested unbounded quantifiers');
    for (const safe of [String.raw`[\s,]+`, String.raw`^([a-z][a-z0-9+.-]*):`, String.raw`\.[a-z0-9]{1,5}$`, String.raw`\{(\w+)\}`, String.raw`(?<!\/)\/+$`]) {
      expect(backtrackingShape(safe), safe).to.equal(undefined);
    }
  });

  it('finds regular expression literals, not strings, comments or division', () => {
    const text = "const a = x / y / z; // /not+a+regex*/\nconst b = '/nor*this+/';\nreturn /\\d+/.test(s) || s.split(/[,]+/g);";
    expect(regexLiterals(text)).to.deep.equal(['\\d+', '[,]+']);
  });

  it('holds for every file', async () => {
    const files = [...(await tsFiles('src')), ...(await tsFiles('components'))];
    expect(files.length, 'files read').to.be.greaterThan(40);
    const found: string[] = [];
    let literals = 0;
    for (const file of files) {
      const text = await source(file);
      if (text.includes('new RegExp(')) found.push(`${file}: a RegExp built at run time`);
      for (const literal of regexLiterals(text)) {
        literals++;
        const shape = backtrackingShape(literal);
        if (shape) found.push(`${file}: /${literal}/ has ${shape}`);
      }
    }
    expect(literals, 'regular expressions checked').to.be.greaterThan(5);
    expect(found).to.deep.equal([]);
  });
});
