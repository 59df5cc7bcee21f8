// uni-app's vite.config as its template writes it, with the kit's one line before uni().
import { defineConfig } from 'vite';
import uni from '@dcloudio/vite-plugin-uni';
import wxImageKit from 'wx-image-kit/uni';

export default defineConfig({
  plugins: [wxImageKit(), uni()],
});
