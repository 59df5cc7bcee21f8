// webpack's defaults (entry ./src/index.js, output dist/), plus the page html-webpack-plugin writes.
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = { mode: 'production', plugins: [new HtmlWebpackPlugin()] };
