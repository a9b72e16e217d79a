import { isValid } from "date-fns";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `text` is a real ISO calendar date (`YYYY-MM-DD`); cheaper than {@link parseIsoDate}. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * Parses an ISO calendar date (`YYYY-MM-DD`) to a local-midnight `Date`, or `null` when the text is
 * not a real calendar date (2025-02-30 is not).
 */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  date.setFullYear(year); // years 0–99 would otherwise be read as 1900–1999
  const real =
    isValid(date) && date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? date : null;
}

/** The local-midnight date of a year, a month index (may run past 11 or below 0) and a day (may be 0). */
function localDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day); // setFullYear reads years 0–99 as they are, unlike the constructor
  return date;
}

/**
 * The last day of a period of `months` months that begins with the day `start` (§ 187 Abs. 2 BGB:
 * the first day counts). By § 188 Abs. 2 BGB it ends with the day before the day of the last month
 * that bears the start day's number; where that month has no such day (a start on the 29th to 31st),
 * by § 188 Abs. 3 BGB with the month's last day. Two years from 2028-02-29 end on 2030-02-28, from
 * 2025-08-01 on 2027-07-31, from 2024-01-31 on 2026-01-30.
 */
export function periodEnd(start: Date, months: number): Date {
  const year = start.getFullYear();
  const monthIndex = start.getMonth() + months;
  const day = start.getDate();
  const lastDay = localDate(year, monthIndex + 1, 0);
  return day > lastDay.getDate() ? lastDay : localDate(year, monthIndex, day - 1);
}

/**
 * Whole months covered by a period whose end date is inclusive, by §§ 187 Abs. 2, 188 Abs. 2 and 3
 * BGB: the most months whose period (§ 188 BGB) ends no later than `endInclusive`; 0 for
 * an end before the start. 2025-08-01..2027-07-31 covers 24 months, 2025-08-01..2027-07-30 covers 23,
 * 2028-02-29..2030-02-27 covers 23 and 2028-02-29..2030-02-28 covers 24.
 */
export function coveredMonths(start: Date, endInclusive: Date): number {
  const end = endInclusive.getTime();
  let months = Math.max(0, (endInclusive.getFullYear() - start.getFullYear()) * 12 + endInclusive.getMonth() - start.getMonth() + 1);
  while (months > 0 && periodEnd(start, months).getTime() > end) months--;
  return months;
}

/** A date as its local calendar day, `YYYY-MM-DD`; today when no date is given. */
export function isoDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A date's month and day as one number, MMDD: 15 September is 915, 1 August is 801. */
export function monthDay(date: Date): number {
  return (date.getMonth() + 1) * 100 + date.getDate();
}

// NRW school years run from 1 August to 31 July (Schulgesetz NRW § 7).
const SCHOOL_YEAR_FIRST_MONTH = 7;
const SCHOOL_YEAR_LAST_DAY = 731;

/**
 * School years from the one the period starts in to the last 31 July it reaches: 2025-09-15..2027-07-31
 * reaches 2 (2025/26 and 2026/27), 2025-09-15..2027-07-30 reaches 1, a period that never reaches a
 * 31 July reaches 0.
 */
export function schoolYearsReached(start: Date, endInclusive: Date): number {
  const firstSchoolYear = start.getMonth() >= SCHOOL_YEAR_FIRST_MONTH ? start.getFullYear() : start.getFullYear() - 1;
  const lastJuly = monthDay(endInclusive) >= SCHOOL_YEAR_LAST_DAY ? endInclusive.getFullYear() : endInclusive.getFullYear() - 1;
  return Math.max(0, lastJuly - firstSchoolYear);
}
