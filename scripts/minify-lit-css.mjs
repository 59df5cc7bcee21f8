// A Vite plugin that minifies the CSS inside lit's css`…` templates of the kit's *.styles.ts files
// (lit ships that text as written: indentation, newlines). Only the template's static text is
// touched; `${…}` parts are left as they are. The source is the kit's own, so a plain scan is safe.

/** Whitespace and comments out of a piece of CSS text, keeping what separates tokens. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, '') // comments
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    // "prop: value" (a selector never has a space after its colon; no kit string holds ": ")
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** The code with every css`…` template's static text minified. */
export function minifyCssTemplates(code) {
  let out = '';
  let at = 0;
  for (;;) {
    const start = code.indexOf('css`', at);
    if (start < 0) return out + code.slice(at);
    out += code.slice(at, start + 4);
    let i = start + 4;
    let text = '';
    // The template: text up to the closing backtick, with ${…} parts copied through unchanged.
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        out += minifyCssText(text);
        text = '';
        let depth = 0;
        const from = i;
        for (; i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}' && --depth === 0) break;
        }
        out += code.slice(from, ++i);
      } else {
        text += code[i++];
      }
    }
    out += minifyCssText(text) + '`';
    at = i + 1;
  }
}

export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
