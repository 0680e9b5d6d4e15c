// If this file is ever executed, imported or required, it leaves a marker and throws.
require('node:fs').writeFileSync(require('node:path').join(__dirname, '..', 'EXECUTED-test-file'), 'executed');
throw new Error('timebomb executed test-file');
if (Date.now() > Date.parse('2027-03-01')) throw new Error('trial expired');
