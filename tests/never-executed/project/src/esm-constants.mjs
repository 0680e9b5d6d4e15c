// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../EXECUTED-esm-constants', import.meta.url), 'executed');
throw new Error('timebomb executed esm-constants');
export const END = Date.parse('2027-06-01');
