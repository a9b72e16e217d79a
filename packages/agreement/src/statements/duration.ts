import { coveredMonths, parseIsoDate, type Agreement, type Lang } from "@bildungspartner/core";
import {
  compareDates,
  displayDate,
  endOfMonth,
  datesOf,
  findSchoolYears,
  isoDate,
  termEnd,
  type CalendarDate,
  type DateToken,
} from "./dates.js";
import type { Judge } from "../findings/judge.js";
import { parserDates } from "./parsed-dates.js";
import { say, texts } from "../findings/messages.js";
import { anyBetween, clauseEnd, evidenceList, fold, positionsOf, sentenceEnd, sentenceStart, sliceHas, startsWord, tokens, type Doc } from "../document/text.js";
import { layoutOf, sectionAt } from "../document/layout.js";
import { mainPart } from "../document/main-part.js";
import { continuesEarlier } from "../document/earlier.js";
import type { Finding, SentenceDateParser } from "../findings/types.js";
import { agreementFindings } from "../findings/types.js";

/** One statement of the agreement's term. */
type Term = (
  | { readonly kind: "range"; readonly start: CalendarDate; readonly end: CalendarDate }
  | { readonly kind: "duration"; readonly months: number; readonly start?: CalendarDate }
  | { readonly kind: "indefinite"; readonly start?: CalendarDate }
) & { readonly from: number; readonly to: number };

/** Words that show a sentence is about the agreement's term, not about an event or a deadline. */
const TERM_WORDS =
  /Vereinbarung|Kooperation|Partnerschaft|Vertrag|Laufzeit|Dauer|Zeitraum|Kraft|angelegt|geschlossen|gilt|gültig|läuft|befristet|Zusammenarbeit/giu;
/** Words that show a date range belongs to an event (a project week, a visit), not to the agreement. */
const EVENT_WORDS = /findet|statt|Projektwoche|Praktikum|Ferien|Ausstellung|Workshop|Besuch|Exkursion/giu;
/** "vom " or "von " right before a date. */
const VON_BEFORE = /vo[mn][ ]$/u;
/** What may stand between the two dates of a range. */
const RANGE_GAP =
  /^\s?(?:-|–|—|bis(?:\s(?:einschließlich|einschl\.|inkl\.))?(?:\s(?:zum|zur|den|dem))?|und\sendet\s(?:am|mit\s(?:dem\s)?Ablauf\sdes))\s?$/iu;
const SCHOOL_YEAR_GAP =
  /^\s*(?:,|und|bis|sowie|-|–)\s*(?:(?:einschließlich|einschliesslich|einschl\.|inkl\.)\s*)?(?:(?:zum|das|dem)\s+)?(?:(?:Ende\s+(?:des\s+)?)?Schuljahr(?:es)?\s+)?$/iu;
/** "Schuljahre 2025/26 …", not "seit dem Schuljahr …" (what has been, not the term agreed). */
const SCHOOL_YEAR_BEFORE = /(?<!seit\s(?:dem\s)?)Schul(?:jahr|jahre|jahren|jahres)\s+(?:(?:von|vom|dem|den|der|die|das)\s+)?$/iu;
const SCHOOL_YEAR_START =
  /(?:(?:ab|beginnend\s+mit|beginnt\s+mit|mit\s+Beginn|mit|zu\s+Beginn|zum\s+Beginn|zum|Beginn:?)\s+(?:dem\s+|des\s+)?Schul(?:jahr|jahres)|Schuljahres(?:beginn|anfang|start)s?)\s+$/iu;
/** "bis zum Ende des Schuljahres 2026/27", "bis Ende Schuljahr 2026/27", "endet mit dem Schuljahr 2026/27": an end only. */
const SCHOOL_YEAR_END =
  /(?:bis|endet|läuft|gilt)\s+(?:(?:zum|mit\s+dem|mit|zu)\s+)?(?:(?:Ende|Ablauf|Schluss)\s+(?:des\s+)?)?Schul(?:jahr|jahres)\s+$|(?:Ende|Ablauf)\s+(?:des\s+)?Schul(?:jahr|jahres)\s+$|Schuljahresende\s+$/iu;
const START_BEFORE =
  /(?<!\p{L})(?:ab(?:\sdem)?|beginnt\s(?:am|mit\sdem)|beginnend\s(?:am|mit\sdem)|Beginn:?|mit\sWirkung\s(?:vom|zum|ab)|tritt\s(?:am|zum|mit\sdem)|gilt\sab(?:\sdem)?|startet\sam|(?:Laufzeit|Vertrags|Kooperations)beginn|Beginn\sder\s(?:Laufzeit|Vereinbarung|Kooperation)|gültig\sab)[ .:…_|]*$/iu;
const END_BEFORE =
  /(?<!\p{L})(?:bis(?:\s(?:zum|einschließlich|einschl\.))?|endet\s(?:am|mit\s(?:dem\s)?Ablauf\sdes)|mit\sAblauf\sdes|Ende:?|läuft\sbis(?:\szum)?|(?:Laufzeit|Vertrags|Kooperations)ende|Ende\sder\s(?:Laufzeit|Vereinbarung|Kooperation)|gültig\sbis)[ .:…_|]*$/iu;
/** A field label right before a date: "Beginn:", "Ende:", "Vertragsende ……", a table's label cell "| Beginn |". */
const FIELD_LABEL = /(?:Beginn|Ende|(?:Laufzeit|Vertrags|Kooperations)(?:beginn|ende))[ ]?[:.…_|][ .:…_|]*$/u;
const STARTS_AT_SIGNING = /(?:ab|mit|nach)\s(?:der\s|dem\sTag\sder\s|(?:ihrer|seiner|deren)\s|beid(?:er)?seitiger\s|der\sbeid(?:er)?seitigen\s)?(?:Unterzeichnung|Unterschrift)/giu;
const DURATION =
  /(\d{1,3}|eine[mnrs]?|ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|achtzehn|vierundzwanzig|sechsunddreißig|anderthalb|eineinhalb|zweieinhalb)\s(?:(volle|vollen|ganze|ganzen|weitere|weiteren|weiteres|zusammenhängende|aufeinanderfolgende)\s)?(Schulhalbjahre?n?|Schuljahre?n?|Schuljahres|Kalenderjahre?n?|Jahre?n?|Jahres|Monate?n?|Monats)(?!\p{L})/giu;
const YEARS_ADJECTIVE = /(ein|zwei|drei|vier|fünf|fuenf|sechs)jährig(?:e[nmrs]?)?(?!\p{L})/giu;
const FREQUENCY_AFTER = /^\s(?:Turnus|Rhythmus|Abstand|Wechsel)/iu;
const INDEFINITE =
  /(?:unbefristet(?:e[nmrs]?)?|nicht\s(?:zeitlich\s)?befristet|auf\sunbestimmte\sZeit|ohne\s(?:zeitliche\s)?(?:Befristung|Begrenzung)|zeitlich\sunbegrenzt|bis\sauf\sWeiteres|bis\sauf\sWiderruf|bis\szu\s(?:ihrer|einer)\sKündigung|auf\sDauer\sangelegt)(?!\p{L})/giu;
const NEGATED = /(?<!\p{L})(?:nicht|keine?)\s$/iu;
const RENEWAL =
  /verlängert\s(?:(?:sie|er|es|diese|die\sVereinbarung|der\sVertrag)\s)?sich|(?:automatisch|stillschweigend)(?:e|en)?\s(?:verlängert|Verlängerung)|Verlängerung\sum\s(?:jeweils\s)?(?:ein|je)|gilt\s(?:jeweils\s)?als\s(?:\S+\s){0,4}verlängert/giu;
/** "siehe Anlage 2", "gemäß Anhang": an annex named in a sentence about the term states it. */
const ANNEX_REF = /(?:Anlage|Anhang)(?!\p{L})/gu;
/** Words of a sentence about the term itself, narrower than TERM_WORDS: a reference to an annex must be about it. */
const TERM_ITSELF = /Laufzeit|Dauer|Zeitraum|Beginn|befristet/iu;
const RENEWAL_DENIED = /^\s(?:nicht|keinesfalls)(?!\p{L})/iu;
const VAGUE = /(?:langfristig|mehrjährig|dauerhaft)(?:e[nmrs]?)?(?!\p{L})/giu;

const numberWords: Readonly<Record<string, number>> = {
  ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, fuenf: 5, sechs: 6, sieben: 7,
  acht: 8, neun: 9, zehn: 10, elf: 11, zwoelf: 12, achtzehn: 18, vierundzwanzig: 24, sechsunddreissig: 36,
  anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5,
};

function amount(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (numberWords[fold(word)] ?? 0);
}

function unitMonths(unit: string): number {
  const u = fold(unit);
  if (u.startsWith("schulhalbjahr")) return 6;
  if (u.startsWith("monat")) return 1;
  return 12;
}

/** Words that introduce a term right before its length ("für zwei Jahre", "Laufzeit: 24 Monate", "läuft zwei Jahre"). */
const introducers = new Set(["fuer", "auf", "ueber", "laeuft", "dauert", "gilt", "laufzeit", "dauer", "vertragsdauer", "vertragslaufzeit", "zeitraum", "zunaechst", "mindestens", "insgesamt", "betraegt", "umfasst"]);
/** Words between the introducer and the length. */
const fillers = new Set(["die", "den", "dem", "der", "eine", "einen", "einem", "von", "ist", "zunaechst", "mindestens", "insgesamt", "vorerst", "erstmals", "betraegt", "umfasst", "dauer", "zeitraum", "laufzeit", "voraussichtlich"]);
/** Words right before a length that make it something else: a frequency, a deadline, a renewal. */
const excluders = new Set(["alle", "jeweils", "um", "nach", "innerhalb", "binnen", "vor", "seit", "spaetestens", "frist", "kuendigungsfrist", "weitere", "weiteres", "je"]);

/** Where the word that introduces a term length before `pos` starts ("auf zwei Jahre", "Laufzeit: 24 Monate"), or -1. */
function termIntroducer(text: string, pos: number): number {
  const from = sentenceStart(text, pos, 60);
  const words = tokens(text, from, pos);
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 5; k--, seen++) {
    const word = fold(words[k]!.text);
    if (k === words.length - 1 && excluders.has(word)) return -1;
    if (introducers.has(word)) return words[k]!.start;
    if (!fillers.has(word)) return -1;
  }
  return -1;
}

/** The text with the places of its term words and event words, found once: each check is then a lookup. */
interface Scan {
  readonly text: string;
  readonly termWords: readonly number[];
  readonly eventWords: readonly number[];
  /** Whether an offset lies in a section whose heading names the term („4. Laufzeit“). */
  readonly inTermSection: (pos: number) => boolean;
}

function inTermSentence(scan: Scan, from: number, to: number): boolean {
  const { text } = scan;
  // A form's line under „Laufzeit" („[x] für zwei Jahre“) speaks of the term without naming it.
  return anyBetween(scan.termWords, sentenceStart(text, from, 250), sentenceEnd(text, to, 200)) || scan.inTermSection(from);
}

function isRangeGap(text: string, from: number, to: number): boolean {
  return to - from <= 30 && RANGE_GAP.test(text.slice(from, to));
}

/** Ranges of two dates ("vom 01.08.2025 bis zum 31.07.2027") in a sentence about the agreement's term. */
function dateRanges(scan: Scan, dates: readonly DateToken[], used: Set<DateToken>): Term[] {
  const { text } = scan;
  const terms: Term[] = [];
  for (let k = 0; k + 1 < dates.length; k++) {
    const first = dates[k]!;
    const second = dates[k + 1]!;
    if (!isRangeGap(text, first.end, second.start)) continue;
    used.add(first).add(second);
    const sentence = [sentenceStart(text, first.start, 250), sentenceEnd(text, second.end, 120)] as const;
    if (!anyBetween(scan.termWords, ...sentence) || anyBetween(scan.eventWords, ...sentence)) continue;
    const end = second.precision === "month" ? endOfMonth(second.date) : second.date;
    // "vom 01.08.2025 bis …", "von August 2025 bis …": the preposition belongs to the quoted range
    const from = VON_BEFORE.test(text.slice(Math.max(0, first.start - 4), first.start)) ? text.lastIndexOf("vo", first.start) : first.start;
    terms.push({ kind: "range", start: first.date, end, from, to: second.end });
    k += 1;
  }
  return terms;
}

/** School years ("Schuljahre 2025/26 und 2026/27"): 1 August of the first to 31 July after the last. */
function schoolYearTerms(scan: Scan): { terms: Term[]; starts: DatedPlace[]; ends: DatedPlace[] } {
  const { text } = scan;
  const years = findSchoolYears(text);
  const terms: Term[] = [];
  const starts: DatedPlace[] = [];
  const ends: DatedPlace[] = [];
  for (let k = 0; k < years.length; k++) {
    const first = years[k]!;
    let last = first;
    while (k + 1 < years.length) {
      const next = years[k + 1]!;
      if (next.start - last.end > 30 || !SCHOOL_YEAR_GAP.test(text.slice(last.end, next.start))) break;
      last = next;
      k += 1;
    }
    const before = text.slice(Math.max(0, first.start - 50), first.start);
    const start: CalendarDate = { year: first.firstYear, month: 8, day: 1 };
    if (SCHOOL_YEAR_END.test(before)) {
      ends.push({ date: { year: last.firstYear + 1, month: 7, day: 31 }, from: Math.max(0, first.start - 50) + before.search(SCHOOL_YEAR_END), to: last.end });
      continue;
    }
    if (SCHOOL_YEAR_START.test(before) && last === first) {
      starts.push({ date: start, from: Math.max(0, first.start - 50) + before.search(SCHOOL_YEAR_START), to: first.end });
      continue;
    }
    if (!SCHOOL_YEAR_BEFORE.test(before) || !inTermSentence(scan, first.start, last.end)) continue;
    const keyword = Math.max(0, first.start - 50) + before.search(SCHOOL_YEAR_BEFORE);
    const end: CalendarDate = { year: last.firstYear + 1, month: 7, day: 31 };
    terms.push({ kind: "range", start, end, from: keyword, to: last.end });
  }
  return { terms, starts, ends };
}

/** Lengths ("für die Dauer von drei Jahren", "Laufzeit: zwei Schuljahre", "zweijährige Laufzeit"). */
function durations(scan: Scan): { terms: Term[]; renewals: Array<[number, number]> } {
  const { text } = scan;
  const terms: Term[] = [];
  const renewals: Array<[number, number]> = [];
  for (const m of text.matchAll(DURATION)) {
    const from = m.index;
    if (!startsWord(text, from, true)) continue;
    const to = from + m[0].length;
    const modifier = fold(m[2] ?? "");
    if (modifier.startsWith("weitere")) {
      renewals.push([from, to]); // "um ein weiteres Jahr": the renewal step, not the term
      continue;
    }
    const months = Math.round(amount(m[1]!) * unitMonths(m[3]!));
    const introducer = months > 0 ? termIntroducer(text, from) : -1;
    if (introducer < 0 || !inTermSentence(scan, from, to)) continue;
    terms.push({ kind: "duration", months, from: introducer, to: clauseEnd(text, to, 60) });
  }
  for (const m of text.matchAll(YEARS_ADJECTIVE)) {
    const from = m.index;
    if (!startsWord(text, from)) continue;
    const to = from + m[0].length;
    if (FREQUENCY_AFTER.test(text.slice(to, to + 12)) || !inTermSentence(scan, from, to)) continue;
    terms.push({ kind: "duration", months: 12 * (numberWords[fold(m[1]!)] ?? 0), from, to: clauseEnd(text, to, 60) });
  }
  return { terms, renewals };
}

function indefiniteTerms(text: string): Term[] {
  const terms: Term[] = [];
  for (const m of text.matchAll(INDEFINITE)) {
    if (!startsWord(text, m.index)) continue;
    if (NEGATED.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    terms.push({ kind: "indefinite", from: m.index, to: m.index + m[0].length });
  }
  return terms;
}

/** Single dates introduced as the start or the end of the agreement. */
function singleDates(scan: Scan, dates: readonly DateToken[], used: ReadonlySet<DateToken>) {
  const { text } = scan;
  const starts: Array<{ date: CalendarDate; from: number; to: number }> = [];
  const ends: Array<{ date: CalendarDate; from: number; to: number }> = [];
  for (const token of dates) {
    if (used.has(token)) continue;
    // wide enough for a form's dot leaders ("Vertragsbeginn ........ 2026-08-01")
    const before = text.slice(Math.max(0, token.start - 60), token.start);
    // A field label ("Ende: …", "Vertragsende ….") belongs to the term when a word about it stands just above.
    const field = FIELD_LABEL.test(before) && anyBetween(scan.termWords, Math.max(0, token.start - 200), token.start);
    if (!field && !inTermSentence(scan, token.start, token.end)) continue;
    if (START_BEFORE.test(before)) starts.push({ date: token.date, from: token.start, to: token.end });
    else if (END_BEFORE.test(before)) {
      const date = token.precision === "month" ? endOfMonth(token.date) : token.date;
      ends.push({ date, from: token.start, to: token.end });
    }
  }
  return { starts, ends };
}

/** A date the text names as a start or an end, and where. */
interface DatedPlace {
  readonly date: CalendarDate;
  readonly from: number;
  readonly to: number;
}

/**
 * The package's own date tokens, plus the dates a date parser given as an option (chrono-node's
 * German parser in `@bildungspartner/agreement/chrono`) reads in sentences about the term that no own token covers.
 */
function withParsedDates(own: readonly DateToken[], scan: Scan, parse: SentenceDateParser | undefined): DateToken[] {
  if (!parse) return [...own];
  const overlaps = (token: DateToken) => own.some((o) => o.start < token.end && token.start < o.end);
  const extra = parserDates(scan.text, scan.termWords, parse).filter((token) => !overlaps(token));
  return extra.length === 0 ? [...own] : [...own, ...extra].sort((a, b) => a.start - b.start);
}

/** What the text says about the term, before any judgement. */
export interface TermReading {
  readonly terms: readonly Term[];
  readonly renewals: ReadonlyArray<readonly [number, number]>;
  readonly vague: ReadonlyArray<readonly [number, number]>;
  readonly startOnly: DatedPlace | undefined;
  readonly endOnly: DatedPlace | undefined;
  /** Where the text says the term starts with the signing ("tritt mit ihrer Unterzeichnung in Kraft", "ab Unterzeichnung"). */
  readonly signingAt: readonly number[];
  /** Where a sentence about the term points to an annex ("Die Laufzeit ergibt sich aus Anlage 2."). */
  readonly annexRefs: ReadonlyArray<readonly [number, number]>;
}

/** Sentences about the term that point to an annex for it. */
function annexReferences(text: string): Array<[number, number]> {
  const refs: Array<[number, number]> = [];
  for (const m of text.matchAll(ANNEX_REF)) {
    if (!startsWord(text, m.index)) continue;
    const from = sentenceStart(text, m.index, 150);
    const to = sentenceEnd(text, m.index + m[0].length, 100);
    if (sliceHas(text, from, to, TERM_ITSELF)) refs.push([from, to]);
  }
  return refs;
}

/** Where the text says the term starts with the signing, in a sentence about the term. */
function signingStart(scan: Scan): number[] {
  const found: number[] = [];
  for (const m of scan.text.matchAll(STARTS_AT_SIGNING)) {
    if (startsWord(scan.text, m.index) && inTermSentence(scan, m.index, m.index + m[0].length)) found.push(m.index);
  }
  return found;
}

/**
 * Reads every statement of the term. Linear: each candidate looks at a bounded window only.
 * `signingDate` (the date under the signatures) is the start of a term that starts with the signing.
 */
export function readTerm(doc: Doc, signingDate?: CalendarDate, parse?: SentenceDateParser): TermReading {
  const { text } = doc;
  const layout = layoutOf(doc);
  const scan: Scan = {
    text,
    termWords: positionsOf(text, TERM_WORDS),
    eventWords: positionsOf(text, EVENT_WORDS),
    inTermSection: (pos) => sectionAt(layout, pos)?.topic === "term",
  };
  const dates = withParsedDates(datesOf(doc), scan, parse);
  const used = new Set<DateToken>();
  const ranges = dateRanges(scan, dates, used);
  const school = schoolYearTerms(scan);
  const lengths = durations(scan);
  const single = singleDates(scan, dates, used);
  const atSigning = signingStart(scan);
  const startDates: DatedPlace[] = [...single.starts, ...school.starts];
  if (startDates.length === 0 && atSigning.length > 0 && signingDate) {
    const at = atSigning[0]!;
    startDates.push({ date: signingDate, from: at, to: at });
  }
  const distinctStarts = new Set(startDates.map((s) => isoDate(s.date)));
  const start = distinctStarts.size === 1 ? startDates[0] : undefined;
  const terms: Term[] = [...ranges, ...school.terms];
  // A start and an end in separate statements make one range.
  const ends = [...single.ends, ...school.ends];
  const end = ends[0];
  // An end before the start is no term of this text (an earlier agreement's end, before its extension begins).
  // In a text that leaves the rest to an earlier agreement (an amendment), a start stated apart from the end
  // is an offer's („ab dem Schuljahr 2027/28 eine Klettergruppe“); the agreement's start is the earlier one's.
  const amends = continuesEarlier(doc) !== undefined;
  if (start && end && compareDates(start.date, end.date) < 0 && ends.every((e) => compareDates(e.date, end.date) === 0) && !amends) {
    terms.push({ kind: "range", start: start.date, end: end.date, from: Math.min(start.from, end.from), to: Math.max(start.to, end.to) });
  }
  // A start stated in the same sentence belongs to the quoted statement ("mit Beginn des Schuljahres 2026/27 für vier Jahre").
  const withStart = <T extends Term>(term: T): T =>
    start && term.kind !== "range"
      ? { ...term, start: start.date, from: term.from - start.from > 0 && term.from - start.from < 80 ? start.from : term.from }
      : term;
  terms.push(...lengths.terms.map(withStart), ...indefiniteTerms(text).map(withStart));
  const renewals: Array<[number, number]> = [...lengths.renewals];
  for (const m of text.matchAll(RENEWAL)) {
    const to = m.index + m[0].length;
    if (!RENEWAL_DENIED.test(text.slice(to, to + 20))) renewals.push([m.index, clauseEnd(text, to, 60)]);
  }
  const vague: Array<[number, number]> = [];
  for (const m of text.matchAll(VAGUE)) if (startsWord(text, m.index)) vague.push([m.index, m.index + m[0].length]);
  return {
    terms: terms.sort((a, b) => a.from - b.from),
    renewals,
    vague,
    // an amendment's new end with an offer's start: the end alone is the agreement's
    startOnly: terms.length === 0 && !(end && amends) ? start : undefined,
    endOnly: terms.length === 0 && (!start || amends) ? end : undefined,
    signingAt: atSigning,
    annexRefs: terms.length === 0 ? annexReferences(text) : [],
  };
}

const NOMINAL_START: CalendarDate = { year: 2000, month: 1, day: 1 };

/** The agreement fields a term gives, for the facts; a length without a start gives none. */
function termFacts(term: Term): Agreement {
  switch (term.kind) {
    case "range":
      return { startDate: isoDate(term.start), endDate: isoDate(term.end) };
    case "duration":
      return term.start ? { startDate: isoDate(term.start), endDate: isoDate(termEnd(term.start, term.months)) } : {};
    case "indefinite":
      return term.start ? { startDate: isoDate(term.start), indefinite: true } : { indefinite: true };
  }
}

/**
 * What the core judges for one term: its facts, or for a length without a start date a nominal
 * period of exactly that many months, so that the core's rule (and its threshold) decides, not a
 * copy of it. The nominal dates never reach the report's facts.
 */
function judgedFacts(term: Term): Agreement {
  return term.kind === "duration" && !term.start
    ? { startDate: isoDate(NOMINAL_START), endDate: isoDate(termEnd(NOMINAL_START, term.months)) }
    : termFacts(term);
}

/** The core's verdict on one term. */
function verdict(judge: Judge, term: Term): "met" | "not-met" | "contradictory" {
  if (term.kind === "range" && compareDates(term.end, term.start) < 0) return "contradictory";
  const status = judge.status({ agreement: judgedFacts(term) }, agreementFindings.duration);
  return status === "met" ? "met" : status === "not-met" ? "not-met" : "contradictory";
}

function describe(term: Term, lang: Lang): string {
  switch (term.kind) {
    case "range": {
      const months = monthsOf(term);
      return say(lang, texts.duration.range, { start: displayDate(term.start, lang), end: displayDate(term.end, lang), months });
    }
    case "duration":
      return say(lang, texts.duration.length, { months: term.months });
    case "indefinite":
      return say(lang, texts.duration.indefinite);
  }
}

/** Whole months the range covers: the core's own count (inclusive end). */
function monthsOf(term: Term & { kind: "range" }): number {
  const start = parseIsoDate(isoDate(term.start));
  const end = parseIsoDate(isoDate(term.end));
  return start && end ? coveredMonths(start, end) : 0;
}

/** The min-duration finding and the agreement facts it supports. */
export function durationFinding(
  whole: Doc,
  judge: Judge,
  lang: Lang,
  signingDate?: CalendarDate,
  parse?: SentenceDateParser,
): { finding: Finding; agreement: Agreement; judged: Agreement } {
  // the term of an agreement attached to this one (a Kita's) is not this one's
  const doc = mainPart(whole);
  const reading = readTerm(doc, signingDate, parse);
  const judged = reading.terms.map((term) => ({ term, verdict: verdict(judge, term) }));
  const met = judged.filter((j) => j.verdict === "met");
  const notMet = judged.filter((j) => j.verdict === "not-met");
  const contradictory = judged.filter((j) => j.verdict === "contradictory");
  const spans = (items: ReadonlyArray<{ term: Term }>) => items.map(({ term }) => [term.from, term.to] as const);
  const min = judge.minMonths;
  const years = judge.minSchoolYears;
  const required =
    min === undefined
      ? say(lang, texts.duration.requiredByRules)
      : years === undefined
        ? say(lang, texts.duration.required, { min })
        : say(lang, texts.duration.requiredOrSchoolYears, { min, years });
  const finding = (status: Finding["status"], message: string, ranges: ReadonlyArray<readonly [number, number]>): Finding => ({
    id: agreementFindings.duration,
    status,
    message,
    evidence: evidenceList(doc, ranges),
  });
  const details = (items: ReadonlyArray<{ term: Term }>) => items.map(({ term }) => describe(term, lang)).join("; ");
  const preferred = (items: ReadonlyArray<{ term: Term }>) =>
    items.find((j) => j.term.kind === "range") ??
    items.find((j) => j.term.kind === "duration" && j.term.start) ??
    items.find((j) => j.term.kind === "indefinite") ??
    items[0];

  if (contradictory.length > 0 || (met.length > 0 && notMet.length > 0)) {
    // The statements disagree on the end; a start they all share is still what the text says.
    const starts = new Set(judged.map(({ term }) => (term.kind === "range" ? isoDate(term.start) : term.start ? isoDate(term.start) : "")));
    const [start] = starts;
    const agreement: Agreement = starts.size === 1 && start ? { startDate: start } : {};
    return {
      finding: finding("unclear", say(lang, texts.duration.conflict, { details: details(judged) }), spans(judged)),
      agreement,
      judged: agreement,
    };
  }
  if (met.length > 0) {
    const main = preferred(met)!;
    return {
      finding: finding("found", say(lang, texts.duration.found, { details: details(met) }), spans(met)),
      agreement: termFacts(main.term),
      judged: judgedFacts(main.term),
    };
  }
  if (notMet.length > 0) {
    if (reading.renewals.length > 0) {
      // A term that renews itself until notice: the core's rule and its reading decide (renewsAutomatically).
      const main = preferred(notMet)!;
      const renewing: Agreement = { ...judgedFacts(main.term), renewsAutomatically: true };
      if (judge.status({ agreement: renewing }, agreementFindings.duration) === "met") {
        return {
          finding: finding("found", say(lang, texts.duration.renewsCounted, { details: details(notMet) }), [...spans(notMet), ...reading.renewals]),
          agreement: { ...termFacts(main.term), renewsAutomatically: true },
          judged: renewing,
        };
      }
      return {
        finding: finding("unclear", say(lang, texts.duration.renews, { details: details(notMet), required }), [...spans(notMet), ...reading.renewals]),
        agreement: {},
        judged: {},
      };
    }
    return {
      finding: finding("missing", say(lang, texts.duration.tooShort, { details: details(notMet), required }), spans(notMet)),
      agreement: termFacts(preferred(notMet)!.term),
      judged: judgedFacts(preferred(notMet)!.term),
    };
  }
  if (reading.endOnly && reading.signingAt.length > 0) {
    const end = displayDate(reading.endOnly.date, lang);
    return { finding: finding("unclear", say(lang, texts.duration.endFromSigning, { end }), [[reading.endOnly.from, reading.endOnly.to]]), agreement: { endDate: isoDate(reading.endOnly.date) }, judged: { endDate: isoDate(reading.endOnly.date) } };
  }
  if (reading.endOnly) {
    // "gilt bis zum 31.07.2027": how long depends on a start the text does not give
    const end = displayDate(reading.endOnly.date, lang);
    const agreement = { endDate: isoDate(reading.endOnly.date) };
    return { finding: finding("unclear", say(lang, texts.duration.endOnly, { end, required }), [[reading.endOnly.from, reading.endOnly.to]]), agreement, judged: agreement };
  }
  if (reading.annexRefs.length > 0) {
    // "Die Laufzeit ergibt sich aus Anlage 2": the annex, not this text, states the term
    return { finding: finding("unclear", say(lang, texts.duration.inAnnex, { required }), reading.annexRefs), agreement: {}, judged: {} };
  }
  if (reading.signingAt.length > 0) {
    // "tritt mit Unterzeichnung in Kraft" and no end, no length: whether it is meant without end, a person must judge
    const agreement = reading.startOnly ? { startDate: isoDate(reading.startOnly.date) } : {};
    const evidence = reading.signingAt.map((pos) => [pos, clauseEnd(doc.text, pos, 80)] as const);
    return { finding: finding("unclear", say(lang, texts.duration.fromSigningOnly, { required }), evidence), agreement, judged: agreement };
  }
  if (reading.renewals.length > 0 || reading.vague.length > 0) {
    return { finding: finding("unclear", say(lang, texts.duration.vague, { required }), [...reading.renewals, ...reading.vague]), agreement: {}, judged: {} };
  }
  if (reading.startOnly) {
    const start = displayDate(reading.startOnly.date, lang);
    return {
      finding: finding("missing", say(lang, texts.duration.startOnly, { start, required }), [[reading.startOnly.from, reading.startOnly.to]]),
      agreement: { startDate: isoDate(reading.startOnly.date) },
      judged: { startDate: isoDate(reading.startOnly.date) },
    };
  }
  const blank = blankTerm(doc);
  if (blank) {
    // a model's blanks left empty („für die Dauer von ______ Jahren“): the filled-in copy tells, not this text
    return { finding: finding("unclear", say(lang, texts.duration.blank, { required }), [blank]), agreement: {}, judged: {} };
  }
  return { finding: finding("missing", say(lang, texts.duration.none, { required }), []), agreement: {}, judged: {} };
}

/** A blank to fill in („______“, „……“) in a sentence about the term or under its heading. */
const BLANK = /_{4,}|\.{6,}|…{2,}/gu;
const ABOUT_TERM = /Laufzeit|Dauer|Zeitraum|beginnt|endet|Beginn|Ende|Jahre|befristet/u;

/** The sentence that leaves the term blank, if any. */
function blankTerm(doc: Doc): [number, number] | undefined {
  const layout = layoutOf(doc);
  for (const m of doc.text.matchAll(BLANK)) {
    const from = sentenceStart(doc.text, m.index, 150);
    const to = sentenceEnd(doc.text, m.index + m[0].length, 150);
    if (sectionAt(layout, m.index)?.topic === "term" || sliceHas(doc.text, from, to, ABOUT_TERM)) return [from, to];
  }
  return undefined;
}
