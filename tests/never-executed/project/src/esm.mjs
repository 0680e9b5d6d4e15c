// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../EXECUTED-esm', import.meta.url), 'executed');
throw new Error('timebomb executed esm');
import { END } from './esm-constants.mjs';
import evil from 'evil';
export const check = () => { if (Date.now() > END) throw new Error('licence expired'); };
const later = await import('./esm-constants.mjs');
export default later;
