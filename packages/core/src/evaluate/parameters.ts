import { format, type Lang, type LocalizedText } from "../localized.js";
import { foldCondition } from "./condition.js";
import type { ConditionValue } from "./operators.js";
import type { Condition, CriterionLevel, SourceQuote } from "./rule-file.js";
import { criterionLevelWords } from "./vocabulary.js";

/*
 * Named, typed parameters of a rule (thresholds, cut-offs), as OpenFisca keeps a threshold in a named
 * parameter with its reference instead of a literal deep in a formula. Conditions name a parameter
 * (`"value": { "param": "months" }`) and texts fill `{months}`; both are resolved when the rule is
 * loaded, so the evaluators compare plain values and every surface shows the filled text.
 */

/** What a number parameter counts; the linter finds a number beside the unit's words in a text. */
export type ParameterUnit = "months" | "school-years";

/** The units, in a fixed order. */
export const parameterUnits: readonly ParameterUnit[] = ["months", "school-years"];

/** A number a rule compares with, e.g. the minimum term in calendar months. */
export interface NumberParameter {
  readonly title: LocalizedText;
  readonly value: number;
  readonly unit: ParameterUnit;
  /** Where the value comes from, when a source states it. */
  readonly source?: SourceQuote;
}

/**
 * A day and month of any year, written „30.09.“ (day, month, each with two digits and a dot), e.g. the
 * last day a school-year start may fall on. Compared with month-day facts as MMDD (930).
 */
export interface MonthDayParameter {
  readonly title: LocalizedText;
  readonly value: string;
  /** Where the value comes from, when a source states it. */
  readonly source?: SourceQuote;
}

/** A named parameter of a rule: a number with its unit, or a day and month. */
export type RuleParameter = NumberParameter | MonthDayParameter;

/** A rule's parameters by name (`months`, `cutoff`): the names its conditions and texts use. */
export type RuleParameters = Readonly<Record<string, RuleParameter>>;

/** Where a condition takes a parameter's value instead of a literal. */
export interface ParameterReference {
  readonly param: string;
}

/** The type of a parameter, as the linter compares it with a fact's. */
export const parameterType = (parameter: RuleParameter): "number" | "month-day" => (typeof parameter.value === "number" ? "number" : "month-day");

const MONTH_DAY = /^(\d{2})\.(\d{2})\.$/;
// 29 February is a day of some years, and a cut-off is a day of any year.
const monthLengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** „30.09.“ as the month-day number the facts use (930), or null when it names no day of a year. */
export function parseMonthDay(text: string): number | null {
  const match = MONTH_DAY.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= monthLengths[month - 1]! ? month * 100 + day : null;
}

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A month-day number in words: „30.09.“ in German, „30 September“ in English. */
export function monthDayWords(value: number, lang: Lang): string {
  const day = value % 100;
  const month = Math.floor(value / 100);
  if (lang === "en") return `${day} ${monthNames[month - 1] ?? month}`;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(day)}.${pad(month)}.`;
}


/**
 * The placeholders a criterion's texts may use for its level: `{level}` („Soll-Kriterium“),
 * `{should}` („sollte“ / „muss“) and `{shouldPlural}` („sollten“ / „müssen“), so a text follows a
 * changed level.
 */
export const levelPlaceholders: Readonly<Record<string, Readonly<Record<CriterionLevel, LocalizedText>>>> = {
  level: criterionLevelWords,
  should: { must: { de: "muss", en: "must" }, should: { de: "sollte", en: "should" } },
  shouldPlural: { must: { de: "müssen", en: "must" }, should: { de: "sollten", en: "should" } },
};

const isReference = (value: unknown): value is ParameterReference =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { param?: unknown }).param === "string";

/** What a rule file holds that parameters touch, as read before they are resolved. */
export interface ParameterizedRule {
  readonly level?: CriterionLevel;
  readonly parameters?: RuleParameters;
  readonly conditions: Condition<string>;
  readonly readings?: readonly { readonly when: { readonly conditions?: Condition<string> } }[];
}

/** The value a condition compares with in place of a parameter: a number, or a day as MMDD. */
export function parameterValue(parameter: RuleParameter): number {
  return typeof parameter.value === "number" ? parameter.value : parseMonthDay(parameter.value)!;
}

/** Every condition of a rule with where it stands: its conditions, then each reading's. */
export function ruleConditions(rule: ParameterizedRule): { readonly at: string; readonly condition: Condition<string> }[] {
  return [
    { at: "conditions", condition: rule.conditions },
    ...(rule.readings ?? []).flatMap((reading, i) => (reading.when.conditions ? [{ at: `readings.${i}.when.conditions`, condition: reading.when.conditions }] : [])),
  ];
}

/** Every comparison with a parameter: the parameter's name, the fact and the comparison's path. */
export function parameterUses(rule: ParameterizedRule): { readonly param: string; readonly fact: string; readonly path: string }[] {
  return ruleConditions(rule).flatMap(({ at, condition }) =>
    foldCondition<string, { param: string; fact: string; path: string }[]>(condition, {
      fact: ({ fact, value }, path) => (isReference(value) ? [{ param: value.param, fact, path: [at, path, "value"].filter((p) => p !== "").join(".") }] : []),
      all: (parts) => parts.flat(),
      any: (parts) => parts.flat(),
      not: (inner) => inner,
    }),
  );
}

/** The words each placeholder of a rule's texts stands for in one language: its parameters and its level. */
export function placeholderWords(rule: Pick<ParameterizedRule, "level" | "parameters">, lang: Lang): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [name, parameter] of Object.entries(rule.parameters ?? {})) {
    words[name] = typeof parameter.value === "number" ? String(parameter.value) : monthDayWords(parameterValue(parameter), lang);
  }
  const level = rule.level;
  if (level !== undefined) for (const [name, byLevel] of Object.entries(levelPlaceholders)) words[name] = byLevel[level][lang];
  return words;
}

/** Keys of a rule file that hold data, not texts: left alone when texts are filled. */
const notTexts = /* @__PURE__ */ new Set(["conditions", "parameters", "source", "when", "$schema", "id", "validFrom", "event", "level"]);

const isText = (value: unknown): value is LocalizedText =>
  typeof value === "object" && value !== null && typeof (value as LocalizedText).de === "string" && typeof (value as LocalizedText).en === "string";

/** Calls `visit` on every German/English text of a rule file with its dotted path; texts are what people read, not its data. */
export function visitTexts(value: unknown, visit: (text: LocalizedText, path: string) => void, path = ""): void {
  if (isText(value)) return visit(value, path);
  if (typeof value !== "object" || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (!notTexts.has(key)) visitTexts(inner, visit, path === "" ? key : `${path}.${key}`);
  }
}

function mapTexts(value: unknown, fill: (text: LocalizedText) => LocalizedText): unknown {
  if (isText(value)) return fill(value);
  if (Array.isArray(value)) return value.map((item) => mapTexts(item, fill));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, notTexts.has(key) ? inner : mapTexts(inner, fill)]));
}

function resolveCondition(condition: Condition<string>, parameters: RuleParameters): Condition<string> {
  return foldCondition<string, Condition<string>>(condition, {
    fact: (comparison) => {
      const value: unknown = comparison.value;
      // An unknown name stays as written: the schemas report it, and a page showing a rule being edited must not fail on it.
      const parameter = isReference(value) && Object.hasOwn(parameters, value.param) ? parameters[value.param] : undefined;
      return parameter ? { ...comparison, value: parameterValue(parameter) as ConditionValue } : comparison;
    },
    all: (parts) => ({ all: parts }),
    any: (parts) => ({ any: parts }),
    not: (inner) => ({ not: inner }),
  });
}

/**
 * A rule with its parameters resolved: each condition naming a parameter compares with its value,
 * and each text has its placeholders for parameters and level filled (others, such as `{emails}`,
 * are filled when a result is made). A condition naming no parameter of the rule keeps the name;
 * the rule schemas refuse such a rule before they call this.
 */
export function resolveParameters<R extends ParameterizedRule>(rule: R): R {
  const parameters = rule.parameters ?? {};
  const words = { de: placeholderWords(rule, "de"), en: placeholderWords(rule, "en") };
  const texts = mapTexts(rule, (text) => ({ ...text, de: format(text.de, words.de), en: format(text.en, words.en) })) as R;
  return {
    ...texts,
    conditions: resolveCondition(rule.conditions, parameters),
    ...(rule.readings
      ? {
          readings: (texts.readings ?? []).map((reading) =>
            reading.when.conditions ? { ...reading, when: { ...reading.when, conditions: resolveCondition(reading.when.conditions, parameters) } } : reading,
          ),
        }
      : {}),
  };
}
