// If this file is ever executed, imported or required, it leaves a marker and throws.
require('node:fs').writeFileSync(require('node:path').join(__dirname, '.', 'EXECUTED-timebomb-config-js'), 'executed');
throw new Error('timebomb executed timebomb-config-js');
module.exports = { failOn: 'none' };
