// If this file is ever executed, imported or required, it leaves a marker and throws.
require('node:fs').writeFileSync(require('node:path').join(__dirname, '.', 'EXECUTED-jest-config'), 'executed');
throw new Error('timebomb executed jest-config');
module.exports = { testEnvironment: 'node' };
