import { fc, test } from "@fast-check/vitest";
import { propertyRuns } from "@bildungspartner/test-kit";
import { describe, expect } from "vitest";
import { coveredMonths, parseIsoDate, periodEnd } from "./dates.js";

/*
 * §§ 187 Abs. 2, 188 Abs. 2 and 3 BGB written again, apart from the code under test: on plain
 * (year, month, day) numbers, without Date. A period of n months that begins with a day (the day
 * counts) ends with the day before the day of the same number n months later; where that month
 * has no such day, with the month's last day.
 */
type Day = readonly [year: number, month: number, day: number];

const leap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (year: number, month: number) => [31, leap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

function bgbEnd([year, month, day]: Day, months: number): Day {
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  if (day > daysIn(y, m)) return [y, m, daysIn(y, m)]; // § 188 Abs. 3
  if (day > 1) return [y, m, day - 1]; // § 188 Abs. 2
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return [py, pm, daysIn(py, pm)];
}

const previousDay = ([y, m, d]: Day): Day => (d > 1 ? [y, m, d - 1] : m > 1 ? [y, m - 1, daysIn(y, m - 1)] : [y - 1, 12, 31]);
const iso = ([y, m, d]: Day) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const date = (day: Day) => parseIsoDate(iso(day))!;

/** Start days, weighted towards those the paragraphs treat apart: the 1st, the 28th to 31st, 29 February. */
const startDay: fc.Arbitrary<Day> = fc
  .record({ year: fc.integer({ min: 1996, max: 2104 }), month: fc.integer({ min: 1, max: 12 }), pick: fc.nat(9), any: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, pick, any }): Day => {
    const y = pick === 0 ? year - (year % 4) : year; // a leap year (or a century year) for 29 February
    const m = pick === 0 ? 2 : month;
    const last = daysIn(y, m);
    const day = pick === 0 ? last : pick <= 2 ? 1 : pick <= 5 ? Math.max(28, last - (pick - 3)) : Math.min(any, last);
    return [y, m, Math.min(day, last)];
  });

const runs = { numRuns: propertyRuns(300) };

describe("terms by §§ 187, 188 BGB, against an independent implementation", () => {
  test.prop([startDay, fc.integer({ min: 1, max: 72 })], runs)("a period ends where the paragraphs end it", (start, months) => {
    expect(iso(bgbEndOf(start, months))).toBe(iso(bgbEnd(start, months)));
  });

  test.prop([startDay, fc.integer({ min: 1, max: 72 })], runs)(
    "a term covers n months exactly when it reaches the last day of an n-month period, not one day less",
    (start, months) => {
      const end = bgbEnd(start, months);
      expect(coveredMonths(date(start), date(end))).toBe(months);
      expect(coveredMonths(date(start), date(previousDay(end)))).toBe(months - 1);
    },
  );
});

/** The code under test's period end, as numbers. */
function bgbEndOf(start: Day, months: number): Day {
  const end = periodEnd(date(start), months);
  return [end.getFullYear(), end.getMonth() + 1, end.getDate()];
}
