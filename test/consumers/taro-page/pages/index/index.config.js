export default { navigationBarTitleText: 'Photos' };
