// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../EXECUTED-component', import.meta.url), 'executed');
throw new Error('timebomb executed component');
export const Banner = () => (Date.now() > Date.parse('2027-02-01') ? <p>beta expired</p> : null);
