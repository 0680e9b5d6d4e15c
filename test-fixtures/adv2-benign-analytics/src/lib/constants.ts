export const DAY = 86_400_000;
export const RETENTION_DAYS = 90;
/** When the product launched; shown on the About page. */
export const LAUNCHED_ON = new Date('2019-05-01T00:00:00Z');
/** The earliest data we hold. Charts never go further back. */
export const DATA_START = Date.UTC(2020, 0, 1);
export const BUILD_TIME = 1780272000000; // injected at build: 2026-06-01
export const SCHEMA_V2_FROM = '2025-03-01';
export const SCHEMA_V3_FROM = '2026-02-01';
export const SURVEY_CLOSES = '2027-01-15';
export const HOLIDAYS_2027 = ['2027-01-01', '2027-05-31', '2027-07-05', '2027-12-24'];
