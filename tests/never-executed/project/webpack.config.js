// If this file is ever executed, imported or required, it leaves a marker and throws.
require('node:fs').writeFileSync(require('node:path').join(__dirname, '.', 'EXECUTED-webpack-config'), 'executed');
throw new Error('timebomb executed webpack-config');
const webpack = require('webpack');
module.exports = { plugins: [new webpack.DefinePlugin({ BUILD_EXPIRES: JSON.stringify('2027-03-01') })] };
