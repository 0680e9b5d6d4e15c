// Bundles the main process. Build metadata is inlined with DefinePlugin so that the
// About box and crash reports can show which build a user is running.
const path = require('path');
const { DefinePlugin } = require('webpack');
const { execSync } = require('child_process');

const gitSha = execSync('git rev-parse --short HEAD').toString().trim();

module.exports = {
  target: 'electron-main',
  entry: './src/main/index.js',
  output: { path: path.resolve(__dirname, 'build'), filename: 'main.js' },
  node: { __dirname: false },
  plugins: [
    new DefinePlugin({
      __BUILD_TIME__: JSON.stringify(Date.now()),
      __GIT_SHA__: JSON.stringify(gitSha),
      'process.env.BUILD_TIMESTAMP': JSON.stringify(String(Date.now())),
    }),
  ],
};
