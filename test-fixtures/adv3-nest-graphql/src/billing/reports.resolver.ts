import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConfigService } from '@nestjs/config';
import { Temporal } from '@js-temporal/polyfill';
import { format, subMonths } from 'date-fns';

const TAX_YEARS = [2022, 2023, 2024, 2025, 2026, 2027] as const;
const CSV_V1_REMOVED_MS = Date.UTC(2027, 6, 1);
const HOLIDAYS: Record<string, string> = { '01-01': 'New Year', '12-25': 'Christmas Day', '12-26': 'Boxing Day' };

@Resolver('Reports')
export class ReportsResolver {
  constructor(private readonly config: ConfigService) {}

  @Query('taxYears')
  taxYears() {
    return TAX_YEARS.filter((y) => y <= new Date().getFullYear());
  }

  @Query('lastSixMonths')
  lastSixMonths() {
    return Array.from({ length: 6 }, (_, i) => format(subMonths(new Date(), i), 'yyyy-MM'));
  }

  @Query('exportCsv')
  exportCsv(@Args('version') version: number) {
    if (version === 1 && Temporal.Now.instant().epochMilliseconds >= CSV_V1_REMOVED_MS) { // expect: js/hardcoded-expiry error
      throw new Error('CSV export v1 was removed; request version 2');
    }
    return { url: `/exports/${version}/${Date.now()}.csv`, expiresIn: 3600 };
  }

  @Query('legacyExportsAvailable')
  legacyExportsAvailable() {
    const sunset = this.config.get<string>('LEGACY_EXPORT_SUNSET', '2027-05-01');
    return Date.now() < Date.parse(sunset); // expect: js/hardcoded-expiry
  }

  @ResolveField('migrationBanner')
  migrationBanner(): string | null {
    if (Date.now() > Date.UTC(2027, 2, 31)) { // expect: js/hardcoded-expiry
      return 'Statements before April 2027 moved to the archive';
    }
    return null;
  }

  @Query('holiday')
  holiday() {
    return HOLIDAYS[new Date().toISOString().slice(5, 10)] ?? null;
  }
}
