// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./EXECUTED-vite-config', import.meta.url), 'executed');
throw new Error('timebomb executed vite-config');
import { defineConfig } from 'vite';
export default defineConfig({ define: { __BETA__: true, __EXPIRES__: JSON.stringify('2027-03-01') } });
