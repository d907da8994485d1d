/**
 * Business dates (DESIGN §3): `YYYY-MM-DD` strings and months `YYYY-MM`, computed on integers (a
 * day number and a month index), never through a JS Date in local time, which shifts them at
 * +08:00. The hub's days are China days (UTC+8, no daylight saving): "today" and the bounds of a
 * period of instants are taken there.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHINA_OFFSET_MS = 8 * 3600_000;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, "0");

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function parts(date: string): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`not a date YYYY-MM-DD: ${JSON.stringify(date)}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

export function dateOf(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Days since 1970-01-01 of the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function dayNumber(date: string): number {
  const [y0, m, d] = parts(date);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function fromDayNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return dateOf(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(date: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`addDays: whole days, got ${days}`);
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day (31 Jan + 1 month
 * = 29 Feb 2024), as the Civil Code counts a period of months (民法典 Art 203: 没有对应日的，月末日).
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isSafeInteger(months)) throw new RangeError(`addMonths: whole months, got ${months}`);
  const [y, m, d] = parts(date);
  const [year, month] = yearAndMonth(monthIndex(dateOf(y, m, 1)) + months);
  return dateOf(year, month, Math.min(d, daysInMonth(year, month)));
}

/** "1 year" is the same date a year later; 29 Feb becomes 28 Feb in a common year. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

// ---------------------------------------------------------------------------------------------
// Months: an index year × 12 + month − 1 that counts and sorts like the months.

/** The month index of a month `YYYY-MM` or of the month of a date `YYYY-MM-DD`. */
export function monthIndex(monthOrDate: string): number {
  const m = /^(\d{4})-(0[1-9]|1[0-2])(?:-\d{2})?$/.exec(monthOrDate);
  if (!m) throw new RangeError(`not a month YYYY-MM: ${JSON.stringify(monthOrDate)}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function yearAndMonth(index: number): [number, number] {
  return [Math.floor(index / 12), (((index % 12) + 12) % 12) + 1];
}

/** The month `YYYY-MM` of an index. */
export function monthFromIndex(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`not a month index: ${index}`);
  const [y, m] = yearAndMonth(index);
  return `${pad4(y)}-${pad2(m)}`;
}

/** The month `months` before `month` (YYYY-MM). */
export function monthsBefore(month: string, months: number): string {
  return monthFromIndex(monthIndex(month) - months);
}

export function firstDayOfMonth(month: string): string {
  return `${monthFromIndex(monthIndex(month))}-01`;
}

export function lastDayOfMonth(month: string): string {
  const [y, m] = yearAndMonth(monthIndex(month));
  return dateOf(y, m, daysInMonth(y, m));
}

// ---------------------------------------------------------------------------------------------
// Statutory deadlines (DESIGN §3, work injury): calendar days, holidays not skipped.

/**
 * The last day of a period of `days` days that starts on `start`: the start day is not counted
 * (民法典 Art 201: 开始的当日不计入，自下一日开始计算), so 30 days from 1 March end on 31 March.
 * The hub does not roll a deadline past a holiday (Art 203 would; DESIGN §3 leaves holidays out).
 */
export function dueAfterDays(start: string, days: number): string {
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`dueAfterDays: a period is a non-negative number of days, got ${days}`);
  return addDays(start, days);
}

/** Days left until `due` on `asOf`: 0 on the due day itself, negative once overdue. */
export function daysLeft(due: string, asOf: string): number {
  return daysBetween(asOf, due);
}

// ---------------------------------------------------------------------------------------------
// China time.

let cached = { text: "", until: 0 };

/**
 * Today's date in China (UTC+8). `now` (ms since the epoch) is for tests; the clock's answer is
 * kept for a second, since validators ask for it on every row of an import.
 */
export function todayInChina(now?: number): string {
  if (now !== undefined) return chinaDateOf(now);
  const t = Date.now();
  if (t >= cached.until) cached = { text: chinaDateOf(t), until: t + 1000 };
  return cached.text;
}

function chinaDateOf(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The instant a China day begins, as an ISO UTC string (`2024-03-01` → `2024-02-29T16:00:00.000Z`).
 * Instants stored as ISO UTC strings compare with it as text: a period of China days [from, to]
 * holds the instants `>= chinaDayStart(from)` and `< chinaDayStart(addDays(to, 1))`.
 */
export function chinaDayStart(date: string): string {
  return `${addDays(date, -1)}T16:00:00.000Z`;
}
