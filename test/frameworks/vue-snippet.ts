// The README's Vue 3 snippet, run by vue.test.ts. Keep it in step with README.md.
import { createApp } from 'vue';
import 'wx-image-kit';

export function mountPhotoPicker(selector: string) {
  const app = createApp({
    data: () => ({ paths: [] as string[] }),
    template: `
      <wx-image-chooser count="3" size-type="original" @success="paths = $event.detail.tempFilePaths"></wx-image-chooser>
      <img v-for="path in paths" :key="path" :src="path" alt="">`,
  });
  // wx-* tags are custom elements, not Vue components. With Vite and .vue files, set the same
  // function in vue({ template: { compilerOptions: { isCustomElement } } }) instead.
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('wx-');
  return app.mount(selector);
}
