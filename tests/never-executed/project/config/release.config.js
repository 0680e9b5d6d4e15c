// If this file is ever executed, imported or required, it leaves a marker and throws.
require('node:fs').writeFileSync(require('node:path').join(__dirname, '..', 'EXECUTED-config-js'), 'executed');
throw new Error('timebomb executed config-js');
module.exports = { trialEnds: '2027-03-01' };
