import { it } from 'vitest';
import { evaluate } from './helpers.js';
const cases: string[] = [
  `new Date().getMonth() + 1 === 12`, `new Date().getFullYear() + 1 > 2027`, `new Date().getFullYear() - 2026 > 0`,
  `import dayjs from 'dayjs'; dayjs().year() > 2026`, `import moment from 'moment'; moment().month() === 11`,
  `import { getYear } from 'date-fns'; getYear(new Date()) >= 2027`,
  `new Date().getUTCFullYear() >= 2027`,
];
it('scratch', () => {
  for (const c of cases) console.log(c, '=>', JSON.stringify(evaluate(c)));
});
