import { factConditions, foldCondition } from "../evaluate/condition.js";
import type { Category, SchoolType } from "../application/data.js";
import type { CriterionStatus } from "../evaluate/decision.js";
import { fieldLabel } from "../application/application.js";
import { factDefinitions } from "../application/facts.js";
import type { Lang } from "../lang.js";
import { fundingPurposeLabels, offeringFactDefinitions } from "../offerings/offering-facts.js";
import { listWords, operatorTable, type ConditionValue } from "../evaluate/operators.js";
import type { Condition, FactCondition } from "../evaluate/rule-file.js";
import { isRecord } from "../json.js";
import { criterionStatusTerms } from "../evaluate/vocabulary.js";

/*
 * Rule conditions in German words, for people who read rules, not JSON: the catalogue and the diff
 * both use these, so a rule reads the same everywhere.
 */

/** The lists whose labels stand in for ids in the prose. */
export interface ProseLists {
  readonly categories: readonly Category[];
  readonly schoolTypes: readonly SchoolType[];
}

const factsByName = new Map<string, { label: { de: string }; labelWhenFalse?: { de: string }; format?: "month-day" }>(
  [...factDefinitions, ...offeringFactDefinitions].map((fact) => [fact.name, fact]),
);
const numbers = new Intl.NumberFormat("de-DE");

const isMonthDay = (fact: string) => factsByName.get(fact)?.format === "month-day";

/**
 * The German label of a fact, e.g. "Laufzeit der Vereinbarung in vollen Monaten". A month-day fact's
 * label without its explanation of the number (MMTT), since its values read as dates here.
 */
export function factLabel(fact: string): string {
  const label = factsByName.get(fact)?.label.de ?? fact;
  return isMonthDay(fact) ? label.replace(/,[^,(]*\(MMTT[^)]*\)$/, "") : label;
}

/** A month-day number as a German day and month: 930 → „30.09.“, 801 → „01.08.“. */
export function monthDayText(value: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(value % 100)}.${pad(Math.floor(value / 100))}.`;
}

/** `2023-05-31` → `31.05.2023`; other text unchanged. */
export function germanDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/** The German words for a criterion status. */
export const statusWords: Readonly<Record<CriterionStatus, string>> = {
  met: criterionStatusTerms.met.words.de,
  "not-met": criterionStatusTerms["not-met"].words.de,
  unknown: criterionStatusTerms.unknown.words.de,
};

function scalarText(fact: string, value: string | number | boolean | null, lists: ProseLists): string {
  if (value === true) return "ja";
  if (value === false) return "nein";
  if (value === null) return "leer";
  if (typeof value === "number") return isMonthDay(fact) ? monthDayText(value) : numbers.format(value);
  if (fact === "school.type") return lists.schoolTypes.find((type) => type.id === value)?.label.de ?? `„${value}“`;
  if (fact === "funding.purpose" && Object.hasOwn(fundingPurposeLabels, value)) return fundingPurposeLabels[value]!.de;
  return `„${value}“`;
}

/** "A", "A oder B", "A, B oder C" (or with "und"). */
export function germanList(items: readonly string[], conjunction: "oder" | "und"): string {
  return listWords(items, conjunction === "oder" ? "or" : "and", "de");
}

function listText(fact: string, value: ConditionValue, lists: ProseLists): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => scalarText(fact, item as string | number | boolean | null, lists));
}

/** The words for how a fact is compared, without the fact: "mindestens 24", "frühestens am 01.08.", "weder Kindergarten noch Kita". */
export function comparisonText(condition: FactCondition<string>, lists: ProseLists): string {
  const operator = operatorTable[condition.operator];
  const items = listText(condition.fact, condition.value, lists);
  // A day of the year reads as a date („frühestens am 01.08.“) where the operator has date words.
  if (isMonthDay(condition.fact) && operator.dateWord) return `${operator.dateWord.de} ${items.join("")}`;
  return operator.prose(items, "de");
}

/**
 * One comparison in words. A yes/no fact compared with `true` reads as its label ("Die Vereinbarung
 * ist unbefristet"), compared with `false` as its `labelWhenFalse` if it has one, else "label: nein";
 * everything else as "label: comparison" ("Laufzeit …: mindestens 24").
 */
export function comparisonProse(condition: FactCondition<string>, lists: ProseLists): string {
  const label = factLabel(condition.fact);
  const { operator, value } = condition;
  if (typeof value === "boolean" && (operator === "equal" || operator === "notEqual")) {
    return value === (operator === "equal") ? label : (factsByName.get(condition.fact)?.labelWhenFalse?.de ?? `${label}: nein`);
  }
  return `${label}: ${comparisonText(condition, lists)}`;
}

/** Words that start a label and are written small inside a sentence (nouns keep their capital). */
const smallInSentence = /^(Die|Der|Das|Alle|Jeder|Jede|Jedes|Mindestens|Kein|Keine|Ein|Eine)\b/;

function inSentence(text: string): string {
  return text.replace(smallInSentence, (word) => word.toLowerCase());
}

/** A lower and an upper bound of one number fact, both inclusive, read together. */
interface Range {
  readonly from: FactCondition<string>;
  readonly to: FactCondition<string>;
}

const isBound = (part: Condition<string>, side: "lower" | "upper"): part is FactCondition<string> =>
  "fact" in part && operatorTable[part.operator].bound?.side === side && operatorTable[part.operator].bound?.inclusive === true && typeof part.value === "number";

/**
 * The parts of an `all` group, with an inclusive lower and upper bound of the same fact joined into
 * one range (at the lower bound's place), so they read as "vom 01.08. bis zum 30.09.".
 */
function withRanges(parts: readonly Condition<string>[]): Array<Condition<string> | Range> {
  const used = new Set<number>();
  return parts.flatMap((part, i): Array<Condition<string> | Range> => {
    if (used.has(i)) return [];
    if (!isBound(part, "lower")) return [part];
    const upper = parts.findIndex((other, j) => j > i && !used.has(j) && isBound(other, "upper") && other.fact === part.fact);
    if (upper < 0) return [part];
    used.add(upper);
    return [{ from: part, to: parts[upper] as FactCondition<string> }];
  });
}

/** A range in words: "Tag des Beginns im Jahr: vom 01.08. bis zum 30.09.", "…: 12 bis 24". */
function rangeProse(range: Range, lists: ProseLists): string {
  const [from] = listText(range.from.fact, range.from.value, lists);
  const [to] = listText(range.to.fact, range.to.value, lists);
  const words = isMonthDay(range.from.fact) ? `vom ${from} bis zum ${to}` : `${from} bis ${to}`;
  return `${factLabel(range.from.fact)}: ${words}`;
}

const isRange = (part: Condition<string> | Range): part is Range => "from" in part;

/** A part of a condition on the way up a fold: the part itself (for joining bounds into ranges) and its words. */
interface Worded<W> {
  readonly condition: Condition<string>;
  readonly words: W;
}

/** The parts of an `all` group in words, with an inclusive lower and upper bound of the same fact read as one range. */
function rangedParts<W>(parts: readonly Worded<W>[], lists: ProseLists, range: (text: string) => W): W[] {
  return withRanges(parts.map((part) => part.condition)).map((part) => (isRange(part) ? range(rangeProse(part, lists)) : parts.find((p) => p.condition === part)!.words));
}

/** A whole condition in one line: parts joined with "und" / "oder", nested groups in brackets. */
export function conditionProse(condition: Condition<string>, lists: ProseLists): string {
  // Each part's words twice: as a nested group (in brackets) and at the top.
  type Words = { readonly nested: string; readonly top: string };
  const group = (texts: readonly Words[], conjunction: " und " | " oder "): Words => {
    const parts = texts.map((text, i) => (i === 0 ? text.nested : inSentence(text.nested)));
    if (parts.length === 1) return { nested: parts[0]!, top: parts[0]! };
    const joined = parts.join(conjunction);
    return { nested: `(${joined})`, top: joined };
  };
  const text = (words: string): Words => ({ nested: words, top: words });
  return foldCondition<string, Worded<Words>>(condition, {
    fact: (comparison) => ({ condition: comparison, words: text(comparisonProse(comparison, lists)) }),
    all: (parts) => ({ condition: { all: parts.map((p) => p.condition) }, words: group(rangedParts(parts, lists, text), " und ") }),
    any: (parts) => ({ condition: { any: parts.map((p) => p.condition) }, words: group(parts.map((p) => p.words), " oder ") }),
    not: (inner) => ({ condition: { not: inner.condition }, words: text(`nicht (${inSentence(inner.words.top)})`) }),
  }).words.top;
}

/** A condition as a nested list: a comparison, or a heading over its parts. */
export type Outline = string | { readonly heading: string; readonly items: readonly Outline[] };

/** A condition as a nested list, easier to read than one line once it has parts. */
export function conditionOutline(condition: Condition<string>, lists: ProseLists): Outline {
  const group = (items: readonly Outline[], heading: string): Outline => (items.length === 1 ? items[0]! : { heading, items });
  return foldCondition<string, Worded<Outline>>(condition, {
    fact: (comparison) => ({ condition: comparison, words: comparisonProse(comparison, lists) }),
    all: (parts) => ({ condition: { all: parts.map((p) => p.condition) }, words: group(rangedParts(parts, lists, (text) => text), "Alle diese Bedingungen gelten:") }),
    any: (parts) => ({ condition: { any: parts.map((p) => p.condition) }, words: group(parts.map((p) => p.words), "Mindestens eine dieser Bedingungen gilt:") }),
    not: (inner) => ({ condition: { not: inner.condition }, words: { heading: "Diese Bedingung gilt nicht:", items: [inner.words] } }),
  }).words;
}

/** A decision table: one column per comparison, one row per way to reach a result. */
export interface DecisionTable {
  /** The comparisons, in words. */
  readonly columns: readonly string[];
  /** Per row: per column "ja" (holds), "nein" (does not hold) or "–" (does not matter); and the result. */
  readonly rows: ReadonlyArray<{ readonly cells: readonly ("ja" | "nein" | "–")[]; readonly result: "met" | "not-met" }>;
}

/** The ways to make a condition met and not met: each a minimal assignment of its comparisons (by reading order). */
interface Ways {
  readonly met: Array<Map<number, boolean>>;
  readonly notMet: Array<Map<number, boolean>>;
}

/** Every combination of one way from each part: what a condition needs when every part must come out so. */
const combined = (parts: ReadonlyArray<Array<Map<number, boolean>>>): Array<Map<number, boolean>> =>
  parts.reduce<Array<Map<number, boolean>>>((rows, partRows) => rows.flatMap((row) => partRows.map((partRow) => new Map([...row, ...partRow]))), [new Map()]);

/** The minimal assignments that make a condition met and not met: all-met and any-not-met need every part, the others one. */
function ways(condition: Condition<string>): Ways {
  let next = 0;
  return foldCondition<string, Ways>(condition, {
    fact: () => {
      const leaf = next++;
      return { met: [new Map([[leaf, true]])], notMet: [new Map([[leaf, false]])] };
    },
    all: (parts) => ({ met: combined(parts.map((part) => part.met)), notMet: parts.flatMap((part) => part.notMet) }),
    any: (parts) => ({ met: parts.flatMap((part) => part.met), notMet: combined(parts.map((part) => part.notMet)) }),
    not: (inner) => ({ met: inner.notMet, notMet: inner.met }),
  });
}

/** Largest table shown; beyond it the prose says it better. */
const MAX_ROWS = 16;

/**
 * The decision table of a condition: the rows that make it met, then those that make it not met.
 * `undefined` when it would have more than 16 rows (`MAX_ROWS`).
 */
export function decisionTable(condition: Condition<string>, lists: ProseLists): DecisionTable | undefined {
  const leaves = factConditions(condition);
  const { met, notMet } = ways(condition);
  if (met.length + notMet.length > MAX_ROWS) return undefined;
  const row = (assignment: Map<number, boolean>, result: "met" | "not-met") => ({
    cells: leaves.map((_, i) => (assignment.has(i) ? (assignment.get(i) ? "ja" : "nein") : "–") as "ja" | "nein" | "–"),
    result,
  });
  return {
    columns: leaves.map((leaf) => comparisonProse(leaf, lists)),
    rows: [...met.map((a) => row(a, "met")), ...notMet.map((a) => row(a, "not-met"))],
  };
}


function inputValueText(path: string, value: unknown, lists: ProseLists): string {
  if (value === true) return "ja";
  if (value === false) return "nein";
  if (value === null) return "leer";
  if (path.endsWith(".category")) return lists.categories.find((c) => c.id === value)?.label.de ?? String(value);
  if (path === "school.type") return lists.schoolTypes.find((t) => t.id === value)?.label.de ?? String(value);
  if (path.endsWith(".side")) return value === "school" ? "Schule" : value === "partner" ? "Partner" : String(value);
  if (/^contacts\.\d+\.partner$/.test(path) && typeof value === "number") return `Partner ${value + 1}`;
  if (typeof value === "string") return germanDate(value);
  return typeof value === "number" ? numbers.format(value) : JSON.stringify(value);
}

/**
 * The label of an input path for people, with list positions counted from 1:
 * `partners.0.category` → "Partner 1 – Art der Einrichtung" (never the zero-based index).
 */
export function pathLabel(path: string, lang: Lang = "de"): string {
  const steps = path.split(".");
  const prefix: string[] = [];
  steps.forEach((step, i) => {
    if (/^\d+$/.test(step) && i < steps.length - 1) prefix.push(`${fieldLabel(steps.slice(0, i + 1).join("."), lang)} ${Number(step) + 1}`);
  });
  return [...prefix, fieldLabel(path, lang)].join(" – ");
}

/** An example case's input as lines "label: value", in the order written. */
export function inputLines(input: unknown, lists: ProseLists, path = ""): string[] {
  if (isRecord(input) || Array.isArray(input)) {
    const entries = Array.isArray(input) ? input.map((v, i) => [String(i), v] as const) : Object.entries(input);
    if (entries.length === 0) return path === "" ? ["(keine Angaben)"] : [`${pathLabel(path)}: (keine)`];
    return entries.flatMap(([key, value]) => inputLines(value, lists, path === "" ? key : `${path}.${key}`));
  }
  return [`${pathLabel(path)}: ${inputValueText(path, input, lists)}`];
}
