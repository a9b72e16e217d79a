import * as z from "zod/mini";
import { foldCondition } from "./condition.js";
import { parseIsoDate } from "./dates.js";
import { RuleFileError } from "./errors.js";
import { factNames, type FactName } from "./facts.js";
import type { LocalizedText } from "./lang.js";
import { operatorNames, type ConditionValue, type OperatorName } from "./operators.js";

/** Ids of the eligibility criteria, one rule file each. */
export type CriterionId =
  | "written-agreement"
  | "min-duration"
  | "named-contacts"
  | "personal-email"
  | "open-to-all-pupils"
  | "programme-mentioned"
  | "eligible-category"
  | "kindergarten-excluded"
  | "third-partner"
  | "signed-by-all";

/** The criterion ids in the order a person reads the FAQ. */
export const criterionIds: readonly CriterionId[] = [
  "written-agreement",
  "min-duration",
  "named-contacts",
  "personal-email",
  "open-to-all-pupils",
  "programme-mentioned",
  "signed-by-all",
  "eligible-category",
  "third-partner",
  "kindergarten-excluded",
];

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
  readonly validFrom: string;
  readonly conditions: TopLevelCondition;
  readonly event: { readonly type: CriterionId };
}

const text = (missing: string) => z.string().check(z.trim(), z.minLength(1, missing));

/** A text in German and English, both required; internal, shared with the rule-set manifest. */
export const localizedSchema = z.strictObject({
  de: text("Deutscher Text fehlt / German text is missing"),
  en: text("Englischer Text fehlt / English text is missing"),
});

const isoDate = z
  .string()
  .check(z.refine((date) => parseIsoDate(date) !== null, "Kein gültiges Datum (JJJJ-MM-TT) / not a valid date (YYYY-MM-DD)"));

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const quote = text("Zitat fehlt / quote is missing").check(z.maxLength(400));
const httpsUrl = z.url({ protocol: /^https$/, error: "Keine https-Adresse / not an https URL" });
// Some public sources of the programme's partners are served over plain http only.
const webUrl = z.url({ protocol: /^https?$/, error: "Keine http(s)-Adresse / not an http(s) URL" });

/** A verbatim quote with its https address; internal, shared with the rule-set manifest. */
export const sourceQuoteSchema = z.strictObject({ quote, url: httpsUrl });

const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

/**
 * The schema of a top-level condition over the given facts. Each kind of rule set (eligibility,
 * offerings) has its own facts, so a rule of one kind cannot read a fact of the other.
 */
export function topLevelConditionSchema<F extends string>(facts: readonly [F, ...F[]]): z.ZodMiniType<TopLevelCondition<F>> {
  const factCondition = z.strictObject(
    {
      fact: z.enum(facts as unknown as [string, ...string[]], { error: `Unbekannter Fakt; erlaubt: ${facts.join(", ")} / unknown fact` }),
      operator: z.enum(operatorNames, {
        error: `Unbekannter Operator; erlaubt: ${operatorNames.join(", ")} / unknown operator`,
      }),
      value: z.union([scalar, z.null(), z.array(scalar)]),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? "Nur fact, operator und value sind erlaubt (keine path-Ausdrücke) / only fact, operator and value are allowed (no path expressions)"
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
        error:
          "Eine Bedingung ist ein Vergleich (fact, operator, value) oder all, any, not / a condition is a comparison or all, any, not",
      },
    ),
  ) as z.ZodMiniType<Condition<F>>;
  return z.union(
    [
      z.strictObject({ all: nonEmpty(condition) }),
      z.strictObject({ any: nonEmpty(condition) }),
      z.strictObject({ not: condition }),
    ],
    { error: "Die oberste Bedingung ist all, any oder not / the top-level condition is all, any or not" },
  ) as unknown as z.ZodMiniType<TopLevelCondition<F>>;
}

/** What makes one kind of rule set: its rule ids, the facts its conditions may read, its messages. */
export interface RuleFileKind<Id extends string, F extends string, M extends string> {
  /** Allowed ids, in reading order. */
  readonly ids: readonly [Id, ...Id[]];
  /** Allowed fact names. */
  readonly facts: readonly [F, ...F[]];
  /** Keys of `messages`, one per result. */
  readonly messageKeys: readonly [M, ...M[]];
  /** How an unknown id is reported, German / English. */
  readonly unknownId: string;
}

/**
 * The fields every rule file has, whatever its kind: id, texts in German and English, messages, the
 * FAQ quote with its https address, the date it applies from, the conditions and the event.
 * Internal; a kind may add fields (offerings add `nextSteps`).
 */
export function ruleFileShape<Id extends string, F extends string, M extends string>(kind: RuleFileKind<Id, F, M>) {
  const id = z.enum(kind.ids as unknown as [string, ...string[]], { error: kind.unknownId });
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
    validFrom: isoDate,
    conditions: topLevelConditionSchema(kind.facts),
    event: z.strictObject({ type: id }),
  };
}

/** The check every rule file needs beyond its fields: the event it fires carries its own id. */
export const eventMatchesId = z.refine<{ id: string; event: { type: string } }>((rule) => rule.event.type === rule.id, {
  message: "event.type muss der id entsprechen / event.type must equal id",
  path: ["event", "type"],
});

/** The eligibility kind: criteria over the application's facts. */
export const eligibilityKind: RuleFileKind<CriterionId, FactName, "met" | "notMet" | "unknown"> = {
  ids: criterionIds as [CriterionId, ...CriterionId[]],
  facts: factNames,
  messageKeys: ["met", "notMet", "unknown"],
  unknownId: `Unbekannte Kriteriums-ID; erlaubt: ${criterionIds.join(", ")} / unknown criterion id`,
};

/** The zod schema of a rule file; `rules.schema.json` is generated from it. */
export const ruleFileSchema = z
  .strictObject({
    ...ruleFileShape(eligibilityKind),
    level: z.enum(criterionLevels as [CriterionLevel, ...CriterionLevel[]], {
      error: 'level ist "must" (Muss-Kriterium) oder "should" (Soll-Kriterium) / level is "must" or "should"',
    }),
  })
  .check(eventMatchesId);

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Deepest nesting of objects and arrays a rule, rule-set or example-case file may have. The shipped
 * files need fewer than 10 levels; the limit keeps the recursive checks below off the call stack's edge
 * (a 10,000-deep file would otherwise end in a RangeError instead of a clear problem).
 */
export const MAX_RULE_FILE_DEPTH = 32;

/** The path to the first value nested deeper than {@link MAX_RULE_FILE_DEPTH}, found without recursion. */
export function tooDeepPath(content: unknown): string[] | null {
  const stack: Array<[unknown, string[]]> = [[content, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= MAX_RULE_FILE_DEPTH) return path;
    for (const key of Object.keys(value)) stack.push([(value as Record<string, unknown>)[key], [...path, key]]);
  }
  return null;
}

/** The message for a file nested deeper than {@link MAX_RULE_FILE_DEPTH}. */
export const tooDeepMessage = `Zu tief verschachtelt: höchstens ${MAX_RULE_FILE_DEPTH} Ebenen / nested too deeply: at most ${MAX_RULE_FILE_DEPTH} levels`;

/** Finds a key that could reach an object's prototype, anywhere in parsed JSON. */
function findForbiddenKey(value: unknown, path: string[] = []): string[] | null {
  if (typeof value !== "object" || value === null) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key];
    const found = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

interface Located {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The union branch that came closest (fewest issues), or none when several came equally close. */
function closestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const fewest = Math.min(...branches.map((branch) => branch.length));
  const closest = branches.filter((branch) => branch.length === fewest);
  return closest.length === 1 ? closest[0] : undefined;
}

/**
 * The innermost problem says most precisely what is wrong. Issues inside a union carry paths relative
 * to the union, so they are prefixed on the way down.
 */
function deepestIssue(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Located | undefined {
  let best: Located | undefined;
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const branch = issue.code === "invalid_union" ? closestBranch(issue.errors) : undefined;
    const candidate = (branch && deepestIssue(branch, path)) ?? { path, message: issue.message };
    if (!best || candidate.path.length > best.path.length) best = candidate;
  }
  return best;
}

/**
 * Validates the parsed JSON of one rule file. Throws {@link RuleFileError} naming the file and the
 * JSON path of the first problem.
 */
export function parseRuleFile(file: string, content: unknown): RuleFile {
  return parseWithSchema(file, content, ruleFileSchema) as RuleFile;
}

/** Validates parsed JSON against a rule-file schema of any kind; throws {@link RuleFileError} at the first problem. */
export function parseWithSchema(file: string, content: unknown, schema: z.ZodMiniType): unknown {
  const deep = tooDeepPath(content);
  if (deep) throw new RuleFileError(file, deep.join("."), tooDeepMessage);
  const forbidden = findForbiddenKey(content);
  if (forbidden) {
    throw new RuleFileError(
      file,
      forbidden.join("."),
      `Der Schlüssel "${forbidden.at(-1)}" ist in Regeldateien verboten / the key is forbidden in rule files`,
    );
  }
  const result = schema.safeParse(content);
  if (result.success) return result.data;
  const issue = deepestIssue(result.error.issues);
  throw new RuleFileError(file, issue?.path.map(String).join(".") ?? "", issue?.message ?? "ungültig / invalid");
}

/** Every fact comparison of a condition tree, in order. */
export function factConditions<F extends string = FactName>(condition: Condition<F>): FactCondition<F>[] {
  return foldCondition<F, FactCondition<F>[]>(condition, {
    fact: (comparison) => [comparison],
    all: (parts) => parts.flat(),
    any: (parts) => parts.flat(),
    not: (inner) => inner,
  });
}

/** The JSON Schema of rule files (draft 2020-12), as written to `rules.schema.json` for editors. */
export function ruleFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ruleFileSchema, { io: "input", unrepresentable: "any" }),
    title: "Regeldatei Bildungspartner NRW / Bildungspartner NRW rule file",
  };
}
