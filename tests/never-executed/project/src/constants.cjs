// If this file is ever executed, imported or required, it leaves a marker and throws.
require('node:fs').writeFileSync(require('node:path').join(__dirname, '..', 'EXECUTED-constants'), 'executed');
throw new Error('timebomb executed constants');
module.exports = { END: Date.parse('2027-03-01') };
