// Taro's config as `taro init` writes it, with the Vite runner and the kit's one line.
import { vitePlugin } from 'wx-image-kit/taro';

export default {
  projectName: 'consumer-taro-vite',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist',
  plugins: [],
  framework: 'react',
  compiler: { type: 'vite', vitePlugins: [vitePlugin()] },
  h5: { publicPath: '/', staticDirectory: 'static' },
};
