import type { ParsedComponents } from "chrono-node";
import * as de from "chrono-node/de";
import type { DateToken } from "./dates.js";
import { isDigit, sentenceEnd, sentenceStart } from "./text.js";

/**
 * At most this many sentences about the term go to chrono-node's German parser, each at most
 * `WINDOW * 2` characters long: its work stays bounded whatever the text's length or content (the
 * parser's own patterns are not proven linear, so it never reads the whole text).
 */
const MAX_WINDOWS = 12;
const WINDOW = 200;
/** A fixed reference date: only dates with a written day, month and year are kept, so the reference never shows. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** What chrono-node read, cut to what this package trusts: a day, a month and a year, all written. */
function certain(component: ParsedComponents): boolean {
  return component.isCertain("day") && component.isCertain("month") && component.isCertain("year");
}

function toToken(component: ParsedComponents, start: number, end: number): DateToken {
  const date = component.date();
  // chrono builds the date in local time; its fields are the written ones.
  return { start, end, date: { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }, precision: "day" };
}

/** Where the gap between a range's two dates lies within its text ("01.08.2025 bis 31.07.2027"). */
function rangeGap(text: string): { from: number; to: number } | undefined {
  for (const gap of [" bis zum ", " bis ", " – ", " - ", "–", "-"]) {
    const at = text.indexOf(gap, 1);
    if (at > 0) return { from: at, to: at + gap.length };
  }
  return undefined;
}

/**
 * Dates in the sentences around `anchors` (places of words about the term) as chrono-node's
 * German parser reads them: a second reader for forms the package's own date patterns do not know.
 * "für zwei Jahre" (which chrono reads as a date two years ahead) and every date without a written
 * year are left out.
 */
export function parserDates(text: string, anchors: readonly number[]): DateToken[] {
  const found: DateToken[] = [];
  let windows = 0;
  let lastEnd = -1;
  for (const anchor of anchors) {
    if (windows >= MAX_WINDOWS) break;
    const from = sentenceStart(text, anchor, WINDOW);
    const to = sentenceEnd(text, anchor, WINDOW);
    if (from < lastEnd) continue;
    const sentence = text.slice(from, to);
    if (![...sentence].some(isDigit)) continue;
    lastEnd = to;
    windows += 1;
    for (const result of de.parse(sentence, REFERENCE, { forwardDate: false })) {
      if (![...result.text].some(isDigit) || result.tags().has("result/relativeDate")) continue;
      const start = from + result.index;
      const end = start + result.text.length;
      if (!result.end) {
        if (certain(result.start)) found.push(toToken(result.start, start, end));
        continue;
      }
      const gap = rangeGap(result.text);
      if (!gap || !certain(result.start) || !certain(result.end)) continue;
      found.push(toToken(result.start, start, start + gap.from), toToken(result.end, start + gap.to, end));
    }
  }
  return found;
}
