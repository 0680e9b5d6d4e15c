// If this file is ever executed, imported or required, it leaves a marker and throws.
require('node:fs').writeFileSync(require('node:path').join(__dirname, '.', 'EXECUTED-timebombrc-cjs'), 'executed');
throw new Error('timebomb executed timebombrc-cjs');
module.exports = { failOn: 'none' };
