export default {
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: 'wx-image-kit' },
};
