import type { DateToken } from "./dates.js";
import { isDigit, sentenceEnd, sentenceStart } from "../document/text.js";
import type { SentenceDate, SentenceDateParser } from "../findings/types.js";

/**
 * At most this many sentences about the term go to a date parser given as an option, each at most
 * `WINDOW * 2` characters long: its work stays bounded whatever the text's length or content (its
 * own patterns are not proven linear, so it never reads the whole text).
 */
const MAX_WINDOWS = 12;
const WINDOW = 200;

/** `YYYY-MM-DD` as a calendar date, or undefined for anything else. */
function calendar(iso: string): DateToken["date"] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

/** Where the gap between a range's two dates lies within its text ("01.08.2025 bis 31.07.2027"). */
function rangeGap(text: string): { from: number; to: number } | undefined {
  for (const gap of [" bis zum ", " bis ", " – ", " - ", "–", "-"]) {
    const at = text.indexOf(gap, 1);
    if (at > 0) return { from: at, to: at + gap.length };
  }
  return undefined;
}

/** One parsed date (or range) as date tokens at offsets of the text; none when it holds no digit or no valid date. */
function tokensOf(parsed: SentenceDate, offset: number): DateToken[] {
  const start = calendar(parsed.start);
  if (!start || ![...parsed.text].some(isDigit)) return [];
  const from = offset + parsed.index;
  if (parsed.end === undefined) return [{ start: from, end: from + parsed.text.length, date: start, precision: "day" }];
  const end = calendar(parsed.end);
  const gap = rangeGap(parsed.text);
  if (!end || !gap) return [];
  return [
    { start: from, end: from + gap.from, date: start, precision: "day" },
    { start: from + gap.to, end: from + parsed.text.length, date: end, precision: "day" },
  ];
}

/**
 * Dates in the sentences around `anchors` (places of words about the term) as a date parser reads
 * them (see `chronoDateParser` in `@bildungspartner/agreement/chrono`): a second reader for forms
 * the package's own date patterns do not know. Only dates written with digits count.
 */
export function parserDates(text: string, anchors: readonly number[], parse: SentenceDateParser): DateToken[] {
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
    for (const parsed of parse(sentence)) {
      if (parsed.index >= 0 && parsed.index + parsed.text.length <= sentence.length) found.push(...tokensOf(parsed, from));
    }
  }
  return found;
}
