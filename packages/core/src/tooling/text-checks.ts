import { factConditions } from "../evaluate/condition.js";
import { parameterValue, ruleConditions, visitTexts, type ParameterizedRule, type ParameterUnit } from "../evaluate/parameters.js";
import type { CriterionLevel } from "../evaluate/rule-file.js";
import type { Lang } from "../lang.js";
import { ruleProblem, type RuleProblem } from "./rule-problems.js";

/*
 * Texts that contradict their rule: a number beside a unit that no parameter or condition of the rule
 * has („24 Monate“ beside an 18-month parameter), or a modal word of the other level („sollte“ in a
 * Muss-Kriterium). Texts with placeholders follow their rule by themselves; these checks find the
 * literal ones a policy maker forgot. Quotes („…“) are the source's words and are not checked.
 */

/** A loaded rule as the text checks read it: its level (criteria only), parameters, conditions and texts. */
export type CheckedRule = ParameterizedRule & { readonly readings?: readonly { readonly level?: CriterionLevel }[] };

const NUMBER_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  de: ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"],
  en: ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
};

/** Words of each unit, and the factor to the parameter's unit (a year is 12 months). */
const UNIT_WORDS: Readonly<Record<Lang, readonly { readonly pattern: string; readonly unit: ParameterUnit; readonly factor: number }[]>> = {
  de: [
    { pattern: "Schuljahr(?:e|en|es)?", unit: "school-years", factor: 1 },
    { pattern: "(?:Kalender)?[Mm]onat(?:e|en|s)?", unit: "months", factor: 1 },
    { pattern: "Jahr(?:e|en|es)?", unit: "months", factor: 12 },
  ],
  en: [
    { pattern: "school[ -]years?", unit: "school-years", factor: 1 },
    { pattern: "(?:calendar )?months?", unit: "months", factor: 1 },
    { pattern: "years?", unit: "months", factor: 12 },
  ],
};

/** The level words each language uses: the level's name, and the modal verbs that state it. */
const LEVEL_WORDS: Readonly<Record<Lang, Readonly<Record<CriterionLevel, { readonly noun: RegExp; readonly verb: RegExp }>>>> = {
  de: {
    should: { noun: /Soll-Kriteri(?:um|en)/, verb: /(?<![\p{L}-])sollten?(?![\p{L}-])/u },
    must: { noun: /Muss-Kriteri(?:um|en)/, verb: /(?<![\p{L}-])(?:muss|müssen)(?![\p{L}-])/u },
  },
  en: {
    should: { noun: /should criteri(?:on|a)/i, verb: /\bshould\b/i },
    must: { noun: /must criteri(?:on|a)/i, verb: /\bmust\b/i },
  },
};

const other = (level: CriterionLevel): CriterionLevel => (level === "must" ? "should" : "must");

/** A text without its quotes: „…“ is the source's words, and an English gloss in brackets after it too. */
const withoutQuotes = (text: string) => text.replace(/„[^“”]*[“”](?:\s*\([^)]*\))?/g, " ");

/** The sentence parts that name alternatives to the reading chosen („Alternative: Muss-Kriterium.“). */
const ALTERNATIVES = /Alternative[ns]?:[^.]*(?:\.|$)/g;

/** The words of a text that state the other level, and those of its alternatives that name its own. */
function levelContradictions(text: string, lang: Lang, level: CriterionLevel): { readonly word: string; readonly alternative: boolean }[] {
  const plain = withoutQuotes(text);
  const alternatives = [...plain.matchAll(ALTERNATIVES)].map((match) => match[0]);
  const rest = plain.replace(ALTERNATIVES, " ");
  const words = LEVEL_WORDS[lang];
  const { noun, verb } = words[other(level)];
  // „should criterion“ is the level's name already: its „should“ is not said a second time.
  const verbs = rest.replace(new RegExp(noun.source, `${noun.flags}g`), " ");
  const found = [noun.exec(rest)?.[0], verb.exec(verbs)?.[0]].map((word) => ({ word, alternative: false }));
  for (const alternative of alternatives) found.push({ word: words[level].noun.exec(alternative)?.[0], alternative: true });
  return found.filter((found): found is { word: string; alternative: boolean } => found.word !== undefined);
}

/** Each number of a text beside a unit's words, in the unit's measure (zwei Jahre → 24 months). */
function numbersWithUnits(text: string, lang: Lang): { readonly words: string; readonly unit: ParameterUnit; readonly value: number }[] {
  const numberWords = NUMBER_WORDS[lang];
  const number = `(\\d+|${numberWords.join("|")})`;
  return UNIT_WORDS[lang].flatMap(({ pattern, unit, factor }) =>
    [...withoutQuotes(text).matchAll(new RegExp(`(?<![\\p{L}\\d.])${number}\\s+(?:(?!school\\b)[\\p{L}-]+\\s+){0,2}?${pattern}(?![\\p{L}])`, "giu"))].map((match) => {
      const written = match[1]!.toLowerCase();
      const value = /^\d+$/.test(written) ? Number(written) : numberWords.indexOf(written) + 2;
      return { words: match[0], unit, value: value * factor };
    }),
  );
}

/** The level a text of the rule stands under: a reading's own level, else the rule's. */
function levelAt(rule: CheckedRule, path: string): CriterionLevel | undefined {
  const reading = /^readings\.(\d+)\./.exec(path);
  return (reading ? rule.readings?.[Number(reading[1])]?.level : undefined) ?? rule.level;
}

/**
 * Every text of a loaded rule (placeholders filled) that contradicts it: `text-contradicts-parameter`
 * for a number beside a unit of a parameter that equals none of the rule's parameters or condition
 * values, `text-contradicts-level` for a word of the other level (or an alternative naming the
 * rule's own level: `alternative-is-level`). `file` names the rule file in the problems.
 */
export function textProblems(file: string, rule: CheckedRule): RuleProblem[] {
  const parameters = Object.entries(rule.parameters ?? {});
  const values = new Set([
    ...parameters.map(([, parameter]) => parameterValue(parameter)),
    ...ruleConditions(rule).flatMap(({ condition }) => factConditions(condition).flatMap(({ value }) => (typeof value === "number" ? [value] : []))),
  ]);
  const problems: RuleProblem[] = [];
  visitTexts(rule, (text, path) => {
    for (const lang of ["de", "en"] as const) {
      const at = `${path}.${lang}`;
      for (const stated of numbersWithUnits(text[lang], lang)) {
        const named = parameters.filter(([, parameter]) => "unit" in parameter && parameter.unit === stated.unit);
        if (named.length === 0 || values.has(stated.value)) continue;
        const [name, parameter] = named[0]!;
        problems.push(ruleProblem(file, at, "text-contradicts-parameter", { words: stated.words, parameter: name, value: parameterValue(parameter) }));
      }
      const level = levelAt(rule, path);
      if (level === undefined) continue;
      for (const { word, alternative } of levelContradictions(text[lang], lang, level)) {
        problems.push(ruleProblem(file, at, alternative ? "alternative-is-level" : "text-contradicts-level", { word, level }));
      }
    }
  });
  return problems;
}
