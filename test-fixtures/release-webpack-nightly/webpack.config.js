const path = require('path');
const webpack = require('webpack');

// The nightly pipeline copies this file over the stable one; nobody switched it back.
module.exports = (env, argv) => ({
  entry: './src/index.js',
  output: { path: path.resolve(__dirname, 'dist'), filename: 'dashboard.[contenthash].js' },
  plugins: [
    new webpack.DefinePlugin({
      __NIGHTLY__: JSON.stringify(true), // expect: config/prerelease-switch error
      'process.env.RELEASE_CHANNEL': JSON.stringify('nightly'), // expect: config/prerelease-switch error
      'process.env.API_URL': JSON.stringify('https://api.example.com'),
      __DEBUG_PANEL__: JSON.stringify(argv.mode !== 'production'),
    }),
  ],
});
