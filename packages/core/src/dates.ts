import { addDays, differenceInMonths, isValid } from "date-fns";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/**
 * Whole calendar months covered by a period whose end date is inclusive. Calendar arithmetic, not day
 * counts: 2025-08-01..2027-07-31 covers 24 months, 2025-08-01..2027-07-30 covers 23.
 */
export function coveredMonths(start: Date, endInclusive: Date): number {
  return differenceInMonths(addDays(endInclusive, 1), start);
}
