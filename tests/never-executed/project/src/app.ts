// If this file is ever executed, imported or required, it leaves a marker and throws.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../EXECUTED-app-ts', import.meta.url), 'executed');
throw new Error('timebomb executed app-ts');
import { END } from '@/ts-constants';
export function assertLicence(): void {
  if (Date.now() > END) throw new Error('licence expired');
}
