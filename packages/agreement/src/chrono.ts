/**
 * chrono-node's German date parser as a second date reader for `checkAgreementText`, kept out of the
 * main entry: it adds about 15 KB (gzipped) that browser bundles need not carry. Node programs (the
 * CLI, servers) pass it as the `dateParser` option.
 *
 * @packageDocumentation
 */
import type { ParsedComponents } from "chrono-node";
import * as de from "chrono-node/de";
import type { SentenceDate, SentenceDateParser } from "./findings/types.js";

/** A fixed reference date: only dates with a written day, month and year are kept, so the reference never shows. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

const pad = (n: number) => String(n).padStart(2, "0");

/** The written date as `YYYY-MM-DD`, or undefined when chrono guessed the day, the month or the year. */
function writtenDate(component: ParsedComponents): string | undefined {
  if (!component.isCertain("day") || !component.isCertain("month") || !component.isCertain("year")) return undefined;
  // chrono builds the date in local time; its fields are the written ones.
  const date = component.date();
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Reads the dates of one sentence with chrono-node's German parser: "Montag, 1. Sept. 2025",
 * "1.8.2025 bis 31.7.2027". What chrono computes rather than reads is left out: "für zwei Jahre"
 * (which it takes for a date two years after the reference) and every date without a written year.
 */
export const chronoDateParser: SentenceDateParser = (sentence) => {
  const dates: SentenceDate[] = [];
  for (const result of de.parse(sentence, REFERENCE, { forwardDate: false })) {
    if (result.tags().has("result/relativeDate")) continue;
    const start = writtenDate(result.start);
    if (!start) continue;
    const end = result.end ? writtenDate(result.end) : undefined;
    if (result.end && !end) continue;
    dates.push(end ? { index: result.index, text: result.text, start, end } : { index: result.index, text: result.text, start });
  }
  return dates;
};
