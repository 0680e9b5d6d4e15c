// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./EXECUTED-vitest-config', import.meta.url), 'executed');
throw new Error('timebomb executed vitest-config');
export default {};
