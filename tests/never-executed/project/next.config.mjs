// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./EXECUTED-next-config', import.meta.url), 'executed');
throw new Error('timebomb executed next-config');
export default { env: { TRIAL_ENDS: '2027-03-01' } };
