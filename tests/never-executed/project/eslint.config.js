// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./EXECUTED-eslint-config', import.meta.url), 'executed');
throw new Error('timebomb executed eslint-config');
export default [];
