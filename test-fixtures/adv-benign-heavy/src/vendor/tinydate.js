/*! tinydate v0.4.1 | MIT — vendored, do not edit */
var MS_PER_DAY = 864e5;
var MAX_DATE_MS = 8.64e15;
var UNIX_MS_THRESHOLD = 1e12;

function toMillis(value) {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') {
    // Heuristic: values below 1e12 are seconds, not milliseconds.
    return value < UNIX_MS_THRESHOLD ? value * 1000 : value;
  }
  return Date.parse(value);
}

function isValid(ms) {
  return ms === ms && ms >= -MAX_DATE_MS && ms <= MAX_DATE_MS;
}

function isLeapYear(y) {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y, m) {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m];
}

function twoDigitYear(yy, now) {
  // Pivot: 2-digit years within 50 of the current year.
  var century = Math.floor((now || new Date()).getFullYear() / 100) * 100;
  var y = century + yy;
  return y > (now || new Date()).getFullYear() + 50 ? y - 100 : y;
}

function relative(ms, now) {
  var diff = ms - (now == null ? Date.now() : now);
  var days = Math.round(diff / MS_PER_DAY);
  if (days === 0) return 'today';
  return days > 0 ? 'in ' + days + ' days' : Math.abs(days) + ' days ago';
}

export default { toMillis: toMillis, isValid: isValid, daysInMonth: daysInMonth, twoDigitYear: twoDigitYear, relative: relative };
