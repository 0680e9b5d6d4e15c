// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../EXECUTED-ts-constants', import.meta.url), 'executed');
throw new Error('timebomb executed ts-constants');
export const END: number = Date.UTC(2027, 8, 1);
