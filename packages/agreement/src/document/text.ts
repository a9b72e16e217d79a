import { normalizeText, originalRange, type NormalizedText } from "./normalize.js";
import { withoutUntickedOptions } from "./tick-boxes.js";
import type { Evidence, PageSpan } from "../findings/types.js";

/** The checked text: the original, its normalised form and where its lines start. */
export interface Doc {
  readonly original: string;
  readonly norm: NormalizedText;
  /** The normalised text every pattern reads, with the options a form leaves unticked blanked (same offsets as `norm.text`). */
  readonly text: string;
  /** Offsets in `text` where each line begins. */
  readonly lineStarts: readonly number[];
  readonly pages: readonly PageSpan[] | undefined;
}

/** Normalises the text, blanks the options a form leaves unticked, and indexes its lines. */
export function makeDoc(original: string, pages?: readonly PageSpan[]): Doc {
  const norm = normalizeText(original);
  const text = withoutUntickedOptions(norm.text);
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return { original, norm, text, lineStarts, pages };
}

/** Index of the line that holds offset `pos` of the normalised text. */
export function lineOf(doc: Doc, pos: number): number {
  // The first line starts at 0, so the count of starts at or before `pos` is at least one.
  return Math.max(0, rank(doc.lineStarts, pos, true) - 1);
}

/** Start and end (before its line break) of line `line`. */
export function lineBounds(doc: Doc, line: number): { start: number; end: number } {
  const start = doc.lineStarts[line] ?? doc.text.length;
  const next = doc.lineStarts[line + 1];
  return { start, end: next === undefined ? doc.text.length : next - 1 };
}

export const isSpace = (char: string | undefined): boolean => char === " " || char === "\n";

/**
 * Evidence for the normalised range [from, to): trimmed of surrounding space, mapped back to the
 * original text, with its page when pages are known. Undefined for an empty range.
 */
export function evidenceFor(doc: Doc, from: number, to: number): Evidence | undefined {
  let a = Math.max(0, from);
  let b = Math.min(doc.text.length, to);
  while (a < b && isSpace(doc.text[a])) a += 1;
  while (b > a && isSpace(doc.text[b - 1])) b -= 1;
  if (b <= a) return undefined;
  const { start, end } = originalRange(doc.norm, a, b);
  const evidence: Evidence = { start, end, text: doc.original.slice(start, end) };
  const page = doc.pages?.find((p) => start >= p.start && start < p.end);
  if (page) evidence.page = page.number;
  return evidence;
}

/** Evidence items for ranges, without duplicates, in text order, at most `max`. */
export function evidenceList(doc: Doc, ranges: ReadonlyArray<readonly [number, number]>, max = 6): Evidence[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const result: Evidence[] = [];
  for (const [from, to] of sorted) {
    const item = evidenceFor(doc, from, to);
    if (!item) continue;
    const last = result[result.length - 1];
    if (last && item.start < last.end) {
      // overlapping passages become one
      if (item.end > last.end) {
        last.end = item.end;
        last.text = doc.original.slice(last.start, last.end);
      }
      continue;
    }
    if (result.length >= max) break;
    result.push(item);
  }
  return result;
}

/** Short words that end with a dot without ending a sentence. */
const abbreviations = new Set(["inkl", "evtl", "prof", "bzgl", "einschl", "dipl", "ggfs", "insb", "bspw", "zzgl", "allg"]);

const CLOSING = new Set(["“", "”", '"', "»", "«", ")"]);

function endsSentence(text: string, index: number): boolean {
  const char = text[index];
  if (char === "!" || char === "?" || char === ";") return true;
  if (char !== ".") return false;
  // a dot after a closing quote or bracket („… und Schule“.) ends the sentence the quote stands in
  if (CLOSING.has(text[index - 1] ?? "")) return true;
  let start = index;
  while (start > 0 && isLetter(text[start - 1])) start -= 1;
  const word = text.slice(start, index);
  // "1. August", "z. B.", "Dr. Weber", "gem. § 3" do not end a sentence
  return word.length >= 4 && !abbreviations.has(word.toLowerCase());
}

/** Where the sentence around `pos` starts, looking back at most `limit` characters. */
export function sentenceStart(text: string, pos: number, limit: number): number {
  const lo = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= lo; i--) {
    const char = text[i];
    if (char === "\n" && text[i - 1] === "\n") return i + 1;
    if (isSpace(text[i + 1]) && endsSentence(text, i)) return i + 1;
  }
  return lo;
}

/** Where the sentence around `pos` ends, looking ahead at most `limit` characters. */
export function sentenceEnd(text: string, pos: number, limit: number): number {
  const hi = Math.min(text.length, pos + limit);
  for (let i = pos; i < hi; i++) {
    const char = text[i];
    if (char === "\n" && text[i + 1] === "\n") return i;
    if ((isSpace(text[i + 1]) || i + 1 === text.length) && endsSentence(text, i)) return i + 1;
  }
  return hi;
}

/**
 * Where the clause from `pos` ends: at a comma, semicolon or line break, or where the sentence
 * ends, looking ahead at most `limit` characters. Evidence quotes a statement up to there
 * ("allen Kindern der Schule offen", "zwei Jahre ab Unterzeichnung").
 */
export function clauseEnd(text: string, pos: number, limit: number): number {
  const end = sentenceEnd(text, pos, limit);
  for (let i = pos; i < end; i++) {
    const char = text[i];
    if (char === "," || char === ";" || char === "\n") return i;
  }
  return end > pos && text[end - 1] === "." ? end - 1 : end;
}

export const isLetter = (char: string | undefined): boolean =>
  char !== undefined &&
  ((char >= "a" && char <= "z") || (char >= "A" && char <= "Z") || (char > "\u007f" && char.toLowerCase() !== char.toUpperCase()));

export const isUpper = (char: string | undefined): boolean =>
  char !== undefined && isLetter(char) && char === char.toUpperCase() && char !== char.toLowerCase();

export const isDigit = (char: string | undefined): boolean => char !== undefined && char >= "0" && char <= "9";

/** A word of the normalised text. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The words in [from, to): letters, with inner hyphens and apostrophes ("E-Mail", "Müller-Lüdenscheidt",
 * "O'Neill"). A dot right after a word is not part of it.
 */
export function tokens(text: string, from: number, to: number): Token[] {
  const result: Token[] = [];
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (i < end) {
    if (!isLetter(text[i])) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < end && (isLetter(text[i]) || ((text[i] === "-" || text[i] === "'" || text[i] === "’") && isLetter(text[i + 1])))) {
      i += 1;
    }
    result.push({ start, end: i, text: text.slice(start, i) });
  }
  return result;
}

/** Lower case with umlauts spelled out and hyphens dropped, so "Büro", "buero" and "Bü-ro" compare equal. */
export function fold(word: string): string {
  let result = "";
  for (const char of word.toLowerCase()) {
    if (char === "ä") result += "ae";
    else if (char === "ö") result += "oe";
    else if (char === "ü") result += "ue";
    else if (char === "ß") result += "ss";
    else if (char !== "-" && char !== "'" && char !== "’") result += char;
  }
  return result;
}

/**
 * Whether a match at `index` starts a word: no letter (or, with `digits`, no digit) right before it.
 * Checked in code rather than by a lookbehind at the start of a pattern, which would make the engine
 * try the pattern at every position of the text (ten times slower on long texts).
 */
export function startsWord(text: string, index: number, digits = false): boolean {
  const before = text[index - 1];
  return !isLetter(before) && !(digits && isDigit(before));
}

/** Where a global pattern matches, in text order. */
export function positionsOf(text: string, pattern: RegExp): number[] {
  const positions: number[] = [];
  for (const m of text.matchAll(pattern)) positions.push(m.index);
  return positions;
}

/** How many numbers of an ascending list are below `value` (with `orEqual`: at most `value`), by binary search. */
export function rank(sorted: readonly number[], value: number, orEqual = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value || (orEqual && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a sorted list of offsets has one in [from, to). */
export function anyBetween(sorted: readonly number[], from: number, to: number): boolean {
  const first = rank(sorted, from);
  return first < sorted.length && sorted[first]! < to;
}

/** Tests a non-global pattern against a bounded slice of the text. */
export function sliceHas(text: string, from: number, to: number, pattern: RegExp): boolean {
  return pattern.test(text.slice(Math.max(0, from), Math.min(text.length, to)));
}
