import { parseIsoDate } from "@bildungspartner/core";
import { isDigit, isLetter, type Doc } from "../document/text.js";

/** A calendar date; months and days count from 1. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A date written in the text. */
export interface DateToken {
  readonly start: number;
  readonly end: number;
  /** The day; for "August 2025" the first day of the month. */
  readonly date: CalendarDate;
  /** `month` when only month and year are written ("ab August 2025"). */
  readonly precision: "day" | "month";
}

/** A school year written as "2025/26" or "2025/2026". */
export interface SchoolYearToken {
  readonly start: number;
  readonly end: number;
  /** The calendar year in which it begins (NRW school years run from 1 August to 31 July). */
  readonly firstYear: number;
}

const NUMERIC_DATE = /(\d{1,2})\.[ ]?(\d{1,2})\.[ ]?(\d{4}|\d{2})(?!\d)/g;
const TEXT_DATE =
  /(\d{1,2})\.\s?(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)\.?\s(\d{4})(?!\d)/giu;
const MONTH_YEAR = /(Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s(\d{4})(?!\d)/giu;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const SCHOOL_YEAR = /(20\d{2})[ ]?\/[ ]?(20\d{2}|\d{2})(?![\d/])/g;

const monthByPrefix: Readonly<Record<string, number>> = {
  jan: 1, jae: 1, jän: 1, feb: 2, mär: 3, mae: 3, mrz: 3, apr: 4, mai: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10,
  nov: 11, dez: 12,
};

function monthNumber(name: string): number {
  return monthByPrefix[name.slice(0, 3).toLowerCase()] ?? 0;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `YYYY-MM-DD`, the core's date format. */
export function isoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** The date as people in Germany write it (01.08.2025), or ISO for English messages. */
export function displayDate(date: CalendarDate, lang: "de" | "en"): string {
  return lang === "de" ? `${pad(date.day)}.${pad(date.month)}.${date.year}` : isoDate(date);
}

/** A real calendar date, or undefined (31.02. is none). */
function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  return month >= 1 && month <= 12 && day >= 1 && parseIsoDate(isoDate({ year, month, day })) !== null
    ? { year, month, day }
    : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of the date's month. */
export function endOfMonth(date: CalendarDate): CalendarDate {
  return { year: date.year, month: date.month, day: daysInMonth(date.year, date.month) };
}

/**
 * The last day of a term of `months` months that begins on `start` (inclusive end): the day before
 * the same day `months` later, clamped to the month's end like the core's date arithmetic.
 */
export function termEnd(start: CalendarDate, months: number): CalendarDate {
  const total = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(start.day, daysInMonth(year, month));
  const previous = new Date(Date.UTC(year, month - 1, day - 1));
  return { year: previous.getUTCFullYear(), month: previous.getUTCMonth() + 1, day: previous.getUTCDate() };
}

/** Compares two dates like `a - b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
}

/** Every date in the text, in text order; dates that do not exist (31.02.2025) are left out. */
export function findDates(text: string): DateToken[] {
  const found: DateToken[] = [];
  const add = (start: number, end: number, date: CalendarDate | undefined, precision: "day" | "month") => {
    if (date) found.push({ start, end, date, precision });
  };
  // A digit (or a dot, or a letter) right before would make the match part of something else.
  const free = (index: number, also = "") => !isDigit(text[index - 1]) && !also.includes(text[index - 1] ?? "\u0000");
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (!free(m.index, ".")) continue;
    add(m.index, m.index + m[0].length, calendarDate(fullYear(m[3]!), Number(m[2]), Number(m[1])), "day");
  }
  for (const m of text.matchAll(TEXT_DATE)) {
    if (!free(m.index)) continue;
    add(m.index, m.index + m[0].length, calendarDate(Number(m[3]), monthNumber(m[2]!), Number(m[1])), "day");
  }
  for (const m of text.matchAll(ISO_DATE)) {
    if (!free(m.index)) continue;
    add(m.index, m.index + m[0].length, calendarDate(Number(m[1]), Number(m[2]), Number(m[3])), "day");
  }
  const days = [...found].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const m of text.matchAll(MONTH_YEAR)) {
    const start = m.index;
    if (!free(start, ".") || isLetter(text[start - 1])) continue;
    while (next < days.length && days[next]!.end <= start) next += 1;
    // "1. August 2025" is already a day; its "August 2025" is not a second date
    if (next < days.length && days[next]!.start <= start) continue;
    add(start, start + m[0].length, calendarDate(Number(m[2]), monthNumber(m[1]!), 1), "month");
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every school year ("2025/26", "2025/2026") in the text, in text order. */
export function findSchoolYears(text: string): SchoolYearToken[] {
  const found: SchoolYearToken[] = [];
  for (const m of text.matchAll(SCHOOL_YEAR)) {
    if (isDigit(text[m.index - 1]) || text[m.index - 1] === "/") continue;
    const first = Number(m[1]);
    const second = m[2]!;
    const follows = second.length === 2 ? Number(second) === (first + 1) % 100 : Number(second) === first + 1;
    if (follows) found.push({ start: m.index, end: m.index + m[0].length, firstYear: first });
  }
  return found;
}

/** Dates found once per checked text: the term and the signature block both read them. */
const datesByDoc = new WeakMap<Doc, readonly DateToken[]>();

/** Every date of the document's normalised text (see {@link findDates}), found once. */
export function datesOf(doc: Doc): readonly DateToken[] {
  let dates = datesByDoc.get(doc);
  if (!dates) {
    dates = findDates(doc.text);
    datesByDoc.set(doc, dates);
  }
  return dates;
}
