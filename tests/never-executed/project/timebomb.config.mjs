// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./EXECUTED-timebomb-config-mjs', import.meta.url), 'executed');
throw new Error('timebomb executed timebomb-config-mjs');
export default { failOn: 'none' };
