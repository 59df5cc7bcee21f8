import { html, render } from 'lit';
import '../src/index.js';
import type { GallerySection } from './section.js';

// Each file in sections/ adds one section; the page lists them in their order.
const modules = import.meta.glob<{ section: GallerySection }>('./sections/*.ts', { eager: true });
const sections = Object.values(modules)
  .map((m) => m.section)
  .sort((a, b) => a.order - b.order);

render(
  html`${sections.map((s) => html`<a href="#${s.id}">${s.title}</a>`)}`,
  document.getElementById('toc')!,
);
render(
  html`${sections.map(
    (s) => html`<section class="demo" id=${s.id} aria-labelledby="${s.id}-title">
      <h2 id="${s.id}-title">${s.title}</h2>
      <p>${s.summary}</p>
      <div class="body">
        <div class="live">${s.render()}</div>
        <pre class="code"><code>${s.code.trim()}</code></pre>
      </div>
    </section>`,
  )}`,
  document.getElementById('sections')!,
);

const localeSwitch = document.getElementById('locale-switch') as HTMLInputElement;
// The kit follows <html lang> by itself (no configure({ locale }) needed).
localeSwitch.addEventListener('change', () => {
  document.documentElement.lang = localeSwitch.checked ? 'zh-CN' : 'en';
});
