// If this file is ever executed, imported or required, it leaves a marker and throws.
require('node:fs').writeFileSync(require('node:path').join(__dirname, '..', 'EXECUTED-index'), 'executed');
throw new Error('timebomb executed index');
const { END } = require('./constants.cjs');
const flags = require('./flags.json');
require('evil');
exports.check = () => { if (Date.now() > END) throw new Error('trial expired'); };
exports.beta = () => { if (flags.beta && Date.now() > Date.parse(flags.betaEnds)) process.exit(1); };
