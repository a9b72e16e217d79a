import * as z from "zod/mini";
import { parseIsoDate } from "../application/dates.js";
import { factDefinitions, factNames, type FactName } from "../application/facts.js";
import type { LocalizedText } from "../lang.js";
import { operatorNames, type ConditionValue, type OperatorName } from "./operators.js";
import type { RuleProblemCode } from "../tooling/rule-problems.js";
import {
  levelPlaceholders,
  parameterType,
  parameterUnits,
  parameterUses,
  parseMonthDay,
  resolveParameters,
  visitTexts,
  type ParameterizedRule,
  type ParameterUnit,
  type RuleParameters,
} from "./parameters.js";

/**
 * A refinement's rule problem, carried as data in the custom issue's `params` (not in its message),
 * for `schemaProblems` to read.
 */
export const problemParams = (code: RuleProblemCode, path?: PropertyKey[]) => ({ params: { code }, ...(path ? { path } : {}) });
import { criterionIds, type CriterionId } from "../generated/vocabulary.js";

export { criterionIds, type CriterionId } from "../generated/vocabulary.js";

/** A comparison of one fact with a value; `F` names the facts of the rule set's kind. */
export interface FactCondition<F extends string = FactName> {
  readonly fact: F;
  readonly operator: OperatorName;
  readonly value: ConditionValue;
}

/** A condition: a fact comparison, or `all` / `any` / `not` of conditions. */
export type Condition<F extends string = FactName> =
  | FactCondition<F>
  | { readonly all: readonly Condition<F>[] }
  | { readonly any: readonly Condition<F>[] }
  | { readonly not: Condition<F> };

/** The top level of a rule's conditions, as json-rules-engine requires. */
export type TopLevelCondition<F extends string = FactName> = Exclude<Condition<F>, FactCondition<F>>;

/**
 * How binding a criterion is. `must` (Muss-Kriterium): not met means not eligible. `should`
 * (Soll-Kriterium): the FAQ says „sollte“; not met leaves the decision to the programme office.
 */
export type CriterionLevel = "must" | "should";

/** The levels in the order the catalogue shows them. */
export const criterionLevels: readonly CriterionLevel[] = ["must", "should"];

/** A verbatim quote and the page it stands on. */
export interface SourceQuote {
  readonly quote: string;
  readonly url: string;
}

/**
 * A further source of a rule: a public page and what the rule takes from it (`claim`), with a
 * verbatim `quote` where one is at hand. Rules cite one for every claim their main source does not make.
 */
export interface FurtherSource {
  readonly url: string;
  readonly claim: LocalizedText;
  readonly quote?: string;
}

/** The results a reading can decide: a criterion met or not met (an unknown result decides nothing). */
export type ReadingStatus = "met" | "not-met";

/**
 * A reading of the source that a criterion's result may rest on (Auslegung): where the FAQ alone
 * would not give the result, the choice made, as data. A result lists the reading when its status is
 * one of `when.statuses` and `when.conditions` (over the same facts as the rule) hold.
 */
export interface RuleReading {
  /** Stable id, a–z, 0–9 and `-` (e.g. `soll-kriterium`). */
  readonly id: string;
  /** A short title, as results and the CLI name the reading („Auslegung: …“). */
  readonly title: LocalizedText;
  /** The source's words, the reading chosen (the default) and the alternatives. */
  readonly text: LocalizedText;
  /** When the reading decided a result. */
  readonly when: {
    readonly statuses: readonly ReadingStatus[];
    readonly conditions?: TopLevelCondition;
  };
  /**
   * `should`: a result this reading decides that is not met leaves the decision to the programme
   * office (`needs-review`), even in a Muss-Kriterium; the result's `level` is then `should`.
   */
  readonly level?: CriterionLevel;
}

/** One rule file: a json-rules-engine rule with the metadata a policy maker reads. */
export interface RuleFile {
  readonly $schema?: string;
  readonly id: CriterionId;
  /** Muss- or Soll-Kriterium: whether not meeting it rules an application out or leaves it to review. */
  readonly level: CriterionLevel;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly messages: { readonly met: LocalizedText; readonly notMet: LocalizedText; readonly unknown: LocalizedText };
  readonly source: SourceQuote;
  /** Sources of claims the main source does not make. */
  readonly furtherSources?: readonly FurtherSource[];
  /**
   * Where the conditions read more than the quote says: the source's words, the reading chosen, and
   * the alternative. Listed in the catalogue's „Auslegungsfragen“.
   */
  readonly interpretation?: LocalizedText;
  /** The readings a result of this rule may rest on; each result lists those that decided it. */
  readonly readings?: readonly RuleReading[];
  /**
   * Named thresholds and cut-offs (`months`, `cutoff`): conditions name them (`{ "param": "months" }`)
   * and texts fill `{months}`. Resolved when the rule is loaded: the conditions and texts of a loaded
   * rule hold the values.
   */
  readonly parameters?: RuleParameters;
  readonly validFrom: string;
  readonly conditions: TopLevelCondition;
  /**
   * Not read: results come from the criterion's `id`. Allowed for users who load the file into
   * json-rules-engine themselves; when present it must name the rule's own id (lint `event-not-id`).
   */
  readonly event?: { readonly type: string };
}

const text = (missing: string) => z.string().check(z.trim(), z.minLength(1, missing));

/** A text in German and English, both required; internal, shared with the rule-set manifest. */
export const localizedSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    de: text("german-text-missing"),
    en: text("english-text-missing"),
  }))();

const isoDate = /* @__PURE__ */ (() => z.string().check(z.refine((date) => parseIsoDate(date) !== null, /* @__PURE__ */ problemParams("invalid-date"))))();

const scalar = /* @__PURE__ */ (() => z.union([z.string(), z.number(), z.boolean()]))();

const quote = /* @__PURE__ */ (() => text("quote-missing").check(z.maxLength(400)))();
const httpsUrl = /* @__PURE__ */ z.url({ protocol: /^https$/, error: "not-https" });
// Some public sources of the programme's partners are served over plain http only.
const webUrl = /* @__PURE__ */ z.url({ protocol: /^https?$/, error: "not-http" });

/** A verbatim quote with its https address; internal, shared with the rule-set manifest. */
export const sourceQuoteSchema = /* @__PURE__ */ z.strictObject({ quote, url: httpsUrl });

/** The schema of a condition's value that names a parameter (`{ "param": "months" }`). */
const parameterReferenceSchema = /* @__PURE__ */ (() => z.strictObject({ param: z.string().check(z.minLength(1)) }))();

/** The schema of a rule's `parameters`: names like `months` or `cutoff`, each a number with its unit or a day „30.09.“. */
const parametersSchema = /* @__PURE__ */ (() =>
  z.record(
    z.string().check(
      z.regex(/^[a-z][A-Za-z0-9]*$/, "invalid-parameter-name"),
      z.refine((name) => !Object.hasOwn(levelPlaceholders, name), "invalid-parameter-name"),
    ),
    z.union(
      [
        z.strictObject({
          title: localizedSchema,
          value: z.number(),
          unit: z.enum(parameterUnits as [ParameterUnit, ...ParameterUnit[]], { error: "invalid-unit" }),
          source: z.optional(sourceQuoteSchema),
        }),
        z.strictObject({
          title: localizedSchema,
          value: z.string().check(z.refine((text) => parseMonthDay(text) !== null, "invalid-month-day")),
          source: z.optional(sourceQuoteSchema),
        }),
      ],
      { error: "invalid-parameter" },
    ),
  ))();

const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

/**
 * The schema of a top-level condition over the given facts. Each kind of rule set (eligibility,
 * offerings) has its own facts, so a rule of one kind cannot read a fact of the other.
 */
export function topLevelConditionSchema<F extends string>(facts: readonly [F, ...F[]]): z.ZodMiniType<TopLevelCondition<F>> {
  const factCondition = z.strictObject(
    {
      fact: z.enum(facts as unknown as [string, ...string[]], { error: "unknown-fact" }),
      operator: z.enum(operatorNames, { error: "unknown-operator" }),
      value: z.union([scalar, z.null(), z.array(scalar), parameterReferenceSchema]),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? "comparison-keys"
          : undefined,
    },
  );
  const condition: z.ZodMiniType<Condition<F>> = z.lazy(() =>
    z.union(
      [
        factCondition,
        z.strictObject({ all: nonEmpty(condition) }),
        z.strictObject({ any: nonEmpty(condition) }),
        z.strictObject({ not: condition }),
      ],
      {
        error: "invalid-condition",
      },
    ),
  ) as z.ZodMiniType<Condition<F>>;
  return z.union(
    [
      z.strictObject({ all: nonEmpty(condition) }),
      z.strictObject({ any: nonEmpty(condition) }),
      z.strictObject({ not: condition }),
    ],
    { error: "invalid-top-condition" },
  ) as unknown as z.ZodMiniType<TopLevelCondition<F>>;
}

/** What the schema of one kind of rule file is made of: its rule ids, the facts its conditions may read, its message keys. */
export interface RuleFileKind<Id extends string, F extends string, M extends string> {
  /** Allowed ids, in reading order. */
  readonly ids: readonly [Id, ...Id[]];
  /** Allowed fact names. */
  readonly facts: readonly [F, ...F[]];
  /** Keys of `messages`, one per result. */
  readonly messageKeys: readonly [M, ...M[]];
}

/**
 * The fields every rule file has, whatever its kind: id, texts in German and English, messages, the
 * FAQ quote with its https address, the date it applies from, the conditions and, optionally, the event.
 * Internal; a kind may add fields (offerings add `nextSteps`).
 */
export function ruleFileShape<Id extends string, F extends string, M extends string>(kind: RuleFileKind<Id, F, M>) {
  const id = z.enum(kind.ids as unknown as [string, ...string[]], { error: "unknown-id" });
  return {
    $schema: z.optional(z.string()),
    id,
    title: localizedSchema,
    description: localizedSchema,
    messages: z.strictObject(Object.fromEntries(kind.messageKeys.map((key) => [key, localizedSchema])) as Record<M, typeof localizedSchema>),
    source: sourceQuoteSchema,
    furtherSources: z.optional(
      z.array(z.strictObject({ url: webUrl, claim: localizedSchema, quote: z.optional(quote) })).check(z.minLength(1), z.maxLength(10)),
    ),
    interpretation: z.optional(localizedSchema),
    parameters: z.optional(parametersSchema),
    validFrom: isoDate,
    conditions: topLevelConditionSchema(kind.facts),
    event: z.optional(z.strictObject({ type: z.string() })),
  };
}

/** The check every rule file needs beyond its fields: an event, where one is given, carries the rule's own id. */
export const eventMatchesId = /* @__PURE__ */ z.refine<{ id: string; event?: { type: string } | undefined }>(
  (rule) => rule.event === undefined || rule.event.type === rule.id,
  /* @__PURE__ */ problemParams("event-not-id", ["event", "type"]),
);

/** A fact as the parameter check reads it: its type and, for numbers that are days, its format. */
interface TypedFact {
  readonly name: string;
  readonly type: "boolean" | "number" | "string";
  readonly format?: "month-day";
}

/**
 * The check of a rule's parameters and placeholders: every parameter a condition names exists and
 * fits the fact's type (a day „30.09.“ for a month-day fact, a number for other number facts), and
 * every `{placeholder}` of a text is a parameter, a word of the level, or one of `resultPlaceholders`
 * (filled when a result is made). Internal, shared by the kinds.
 */
/* @__NO_SIDE_EFFECTS__ */
export function parametersChecked(facts: readonly TypedFact[], resultPlaceholders: readonly string[]) {
  const factsByName = new Map(facts.map((fact) => [fact.name, fact]));
  return z.superRefine<object>((value, ctx) => {
    const rule = value as ParameterizedRule;
    const parameters = rule.parameters ?? {};
    const names = Object.keys(parameters);
    const issue = (path: string, code: RuleProblemCode, params: Record<string, string>) =>
      ctx.addIssue({ code: "custom", path: path.split("."), params: { ...params, code }, input: rule });
    for (const use of parameterUses(rule)) {
      const parameter = Object.hasOwn(parameters, use.param) ? parameters[use.param] : undefined;
      if (parameter === undefined) {
        issue(use.path, "unknown-parameter", { parameter: use.param, allowed: names.join(", ") || "–" });
        continue;
      }
      const fact = factsByName.get(use.fact);
      const wanted = fact?.type !== "number" ? undefined : fact.format === "month-day" ? "month-day" : "number";
      if (wanted !== parameterType(parameter)) issue(use.path, "parameter-type", { parameter: use.param, fact: use.fact });
    }
    const allowed = [...names, ...(rule.level === undefined ? [] : Object.keys(levelPlaceholders)), ...resultPlaceholders];
    visitTexts(rule, (text, path) => {
      for (const lang of ["de", "en"] as const) {
        const unknown = [...text[lang].matchAll(/\{([\w-]+)\}/g)].find((match) => !allowed.includes(match[1]!));
        if (unknown) issue(`${path}.${lang}`, "unknown-placeholder", { placeholder: unknown[0], allowed: allowed.map((name) => `{${name}}`).join(", ") });
      }
    });
  });
}

/** A rule schema whose output has its parameters resolved ({@link resolveParameters}); the JSON Schema is of its input. Internal. */
export const resolvingParameters = /* @__NO_SIDE_EFFECTS__ */ <S extends z.ZodMiniType>(schema: S) =>
  z.pipe(schema, z.transform((rule: z.output<S>) => resolveParameters(rule as ParameterizedRule) as z.output<S>));

/** The schema parts of the criteria: criteria over the application's facts. */
const criterionFileKind: RuleFileKind<CriterionId, FactName, "met" | "notMet" | "unknown"> = {
  ids: criterionIds,
  facts: factNames,
  messageKeys: ["met", "notMet", "unknown"],
};

const levelSchema = /* @__PURE__ */ z.enum(criterionLevels as [CriterionLevel, ...CriterionLevel[]], {
  error: "invalid-level",
});

const readingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "invalid-entry-id")),
    title: localizedSchema,
    text: localizedSchema,
    when: z.strictObject({
      statuses: z.array(z.enum(["met", "not-met"])).check(z.minLength(1), z.maxLength(2)),
      conditions: z.optional(topLevelConditionSchema(factNames)),
    }),
    level: z.optional(levelSchema),
  }))();

/** Reading ids appear once per rule file. */
const readingIdsDistinct = /* @__PURE__ */ z.refine<{ readings?: readonly { id: string }[] | undefined }>(
  (rule) => new Set(rule.readings?.map((r) => r.id)).size === (rule.readings?.length ?? 0),
  /* @__PURE__ */ problemParams("reading-id-twice", ["readings"]),
);

/**
 * The zod schema of a rule file; `rules.schema.json` is generated from its input side. Its output is
 * the rule as loaded, with its parameters resolved into the conditions and texts.
 */
export const ruleFileSchema = /* @__PURE__ */ (() =>
  resolvingParameters(z
    .strictObject({
      ...ruleFileShape(criterionFileKind),
      level: levelSchema,
      readings: z.optional(z.array(readingSchema).check(z.minLength(1), z.maxLength(12))),
    })
    .check(eventMatchesId, readingIdsDistinct, parametersChecked(factDefinitions, ["emails"]))))();

/** The JSON Schema of rule files (draft 2020-12), as written to `rules.schema.json` for editors. */
export function ruleFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ruleFileSchema, { io: "input", unrepresentable: "any" }),
    title: "Regeldatei Bildungspartner NRW / Bildungspartner NRW rule file",
  };
}
