export const MS_PER_SECOND = 1000;
export const MS_PER_MINUTE = 60 * MS_PER_SECOND;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 86_400_000;
export const MS_PER_WEEK = 7 * MS_PER_DAY;

export const UNIX_EPOCH = new Date(0);

/**
 * The range this library promises to handle correctly (DST tables, week numbering, the parse
 * formats below). Inputs outside it are rejected by the parse/construct entry points.
 */
export const MIN_DATE = new Date(1970, 0, 1);
export const MAX_DATE = new Date(2100, 0, 1);

/** Largest instant a Date can hold (ECMA-262, Time Values and Time Range). */
export const MAX_REPRESENTABLE = new Date(8.64e15);

/** First day of the Gregorian calendar; week and Easter maths are wrong before it. */
export const GREGORIAN_REFORM = new Date(1582, 9, 15);

/** Largest value of a signed 32-bit time_t: 2038-01-19T03:14:07Z. */
export const INT32_MAX_SECONDS = 2147483647;

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Days per month in a common year, January first. */
export const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** POSIX strptime %y: 69-99 are 1969-1999, 00-68 are 2000-2068. */
export const TWO_DIGIT_YEAR_PIVOT = 69;
