import { checkField, expectedByKind, isBlank, issueMessage, type FieldIssueCode, type FieldSpec, type Issue, type IssueCode } from "../application/application.js";
import type { CriterionStatus, DecisionStatus } from "../evaluate/decision.js";
import { format, type Lang, type LocalizedText, type MessageParams } from "../lang.js";
import { isRecord } from "../json.js";
import { kindergartenCriterion } from "../application/data.js";

/** What a funding request is for: a project, a training, or money for the partnership's running costs. */
export type FundingPurpose = "project" | "training" | "permanent";

/**
 * What the offering rules read: the partnership (its application, or the Decision about it, or what
 * the portal knows: `registered`) and what the questions need. Every part may be missing.
 */
export interface Situation {
  /** The partnership's application, in the format `evaluate` reads. */
  application?: unknown;
  /**
   * The Decision about the application. Its `status` is checked; the `kindergarten-excluded`
   * criterion tells whether the school side is a kindergarten when the application is not given. No
   * status, not even `eligible`, makes the partnership registered.
   */
  decision?: { status: DecisionStatus; criteria?: ReadonlyArray<{ id: string; status: CriterionStatus }> };
  /**
   * Whether the programme has registered the partnership, when the caller knows it: it does so once it
   * has received the agreement signed by all parties. Only `true` makes the partnership count as
   * registered; a kindergarten or day-care cooperation never is (FAQ).
   */
  registered?: boolean;
  /** Flyers to pass on: how many are wanted (a whole number from 1 to {@link situationLimits.flyers}). */
  flyers?: { count?: number };
  /** A funding request: what it is for, and whether the project has already started. */
  funding?: { purpose?: FundingPurpose; projectStarted?: boolean };
  /** A wish for training on site: whether it serves building up or developing the partnership. */
  training?: { servesPartnership?: boolean };
}

/**
 * A problem with one field of a situation, as data (`code`, `params`) and as a message in the
 * language asked for; application fields carry the prefix `application.`.
 */
export interface SituationIssue {
  /** Dotted path, `""` for the whole situation. */
  path: string;
  code: IssueCode | SituationIssueCode;
  /** Language-neutral values the message names. */
  params: MessageParams;
  message: string;
}

/** Codes of issues only a situation can have. */
export type SituationIssueCode = "invalid_situation" | "invalid_flyer_count";

/** Size limits of a situation. */
export const situationLimits = {
  /** Most flyers one request may ask for. */
  flyers: 100_000,
} as const;

/** The valid part of a situation, as the fact derivation reads it. */
export interface ParsedSituation {
  readonly application?: unknown;
  readonly decision?: { readonly status: DecisionStatus; readonly kindergartenExcluded?: CriterionStatus };
  readonly registered?: boolean;
  readonly flyerCount?: number;
  readonly fundingPurpose?: FundingPurpose;
  readonly projectStarted?: boolean;
  readonly servesPartnership?: boolean;
}

const labels: Readonly<Record<string, LocalizedText>> = {
  "": { de: "Angaben", en: "Situation" },
  decision: { de: "Entscheidung", en: "Decision" },
  "decision.status": { de: "Status der Entscheidung", en: "Decision status" },
  "decision.criteria": { de: "Kriterien der Entscheidung", en: "Criteria of the Decision" },
  registered: { de: "Registrierung der Partnerschaft", en: "Registration of the partnership" },
  flyers: { de: "Flyer", en: "Flyers" },
  "flyers.count": { de: "Gewünschte Zahl der Flyer", en: "Number of flyers wanted" },
  funding: { de: "Förderanfrage", en: "Funding request" },
  "funding.purpose": { de: "Zweck der Förderung", en: "Purpose of the funding" },
  "funding.projectStarted": { de: "Das Projekt hat schon begonnen", en: "The project has already started" },
  training: { de: "Fortbildungswunsch", en: "Training wish" },
  "training.servesPartnership": {
    de: "Die Fortbildung dient dem Aufbau oder der Weiterentwicklung der Bildungspartnerschaft",
    en: "The training serves building up or developing the partnership",
  },
};

const decisionStatuses: readonly DecisionStatus[] = ["eligible", "needs-review", "not-eligible", "incomplete", "invalid"];
const fundingPurposes: readonly FundingPurpose[] = ["project", "training", "permanent"];

const flagField = (pattern: string): FieldSpec => ({ pattern, kind: "boolean", label: labels[pattern]! });
const optionField = (pattern: string, values: readonly string[]): FieldSpec => ({
  pattern,
  kind: "option",
  label: labels[pattern]!,
  values,
  choices: values.map((id) => ({ id, label: { de: id, en: id } })),
});

/** The situation's yes/no and choice fields, checked as the application's fields of the same kinds are. */
const leafFields: Readonly<Record<string, FieldSpec>> = {
  "decision.status": optionField("decision.status", decisionStatuses),
  registered: flagField("registered"),
  "funding.purpose": optionField("funding.purpose", fundingPurposes),
  "funding.projectStarted": flagField("funding.projectStarted"),
  "training.servesPartnership": flagField("training.servesPartnership"),
};

/** The label of a situation field, e.g. `flyers.count` → "Gewünschte Zahl der Flyer". */
export function situationFieldLabel(path: string, lang: Lang = "de"): string {
  return labels[path]?.[lang] ?? path;
}

const messages: Readonly<Record<"invalid_situation" | "invalid_type" | "invalid_option" | "invalid_flyer_count", LocalizedText>> = {
  invalid_situation: {
    de: "Die Angaben müssen ein JSON-Objekt sein, mit Abschnitten für Antrag oder Entscheidung, Registrierung, Flyer, Förderanfrage und Fortbildungswunsch.",
    en: "The situation must be a JSON object (application, decision, registered, flyers, funding, training).",
  },
  invalid_type: { de: "„{label}“ hat die falsche Form: erwartet wird {expected}.", en: "“{label}” has the wrong form: expected {expected}." },
  invalid_option: {
    de: "Bitte wählen Sie für „{label}“ einen der vorgegebenen Werte: {values}.",
    en: "Please choose one of the listed values for “{label}”: {values}.",
  },
  invalid_flyer_count: {
    de: "Die gewünschte Zahl der Flyer ist eine ganze Zahl von 1 bis {max}.",
    en: "The number of flyers wanted is a whole number from 1 to {max}.",
  },
};

const APPLICATION = "application";

/**
 * The message of a situation issue in `lang`, from its code and params; issues of the application
 * inside (`application.…`) read as `parseApplication` words them.
 */
export function situationIssueMessage(issue: Pick<SituationIssue, "path" | "code" | "params">, lang: Lang): string {
  const { path, code, params } = issue;
  if (path === APPLICATION || path.startsWith(`${APPLICATION}.`)) {
    return issueMessage({ path: path.slice(APPLICATION.length + 1), code: code as FieldIssueCode, params }, lang);
  }
  const values: Record<string, string | number> = { ...params, label: situationFieldLabel(path, lang) };
  if (typeof params.expected === "string") values.expected = (expectedByKind as Readonly<Record<string, LocalizedText>>)[params.expected]?.[lang] ?? params.expected;
  if (typeof params.max === "number") values.max = new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB").format(params.max);
  return format(messages[code as keyof typeof messages][lang], values);
}

const criterionStatuses: readonly CriterionStatus[] = ["met", "not-met", "unknown"];

const own = (record: Record<string, unknown>, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Most criteria read from a Decision; a real one has ten. */
const MAX_CRITERIA = 100;

/**
 * Reads any value as a situation: its valid fields, and one issue per bad field (German by default).
 * Never throws; only own properties of the known keys are read, nothing else is copied. The
 * application is passed on as given: the eligibility evaluator reads and checks it.
 */
export function parseSituation(input: unknown, lang: Lang = "de"): { situation: ParsedSituation; issues: SituationIssue[] } {
  const issues: SituationIssue[] = [];
  const issue = (path: string, code: keyof typeof messages, params: MessageParams = {}) => {
    issues.push({ path, code, params, message: situationIssueMessage({ path, code, params }, lang) });
    return undefined;
  };
  if (!isRecord(input)) {
    issue("", "invalid_situation");
    return { situation: {}, issues };
  }
  const section = (path: string): Record<string, unknown> | undefined => {
    const value = own(input, path);
    if (isBlank(value)) return undefined;
    return isRecord(value) ? value : issue(path, "invalid_type", { expected: "section" });
  };
  const flag = (value: unknown, path: string): boolean | undefined => {
    if (isBlank(value)) return undefined;
    return checkField(leafFields[path]!, value) === "ok" ? (value as boolean) : issue(path, "invalid_type", { expected: "boolean" });
  };
  const option = <T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined => {
    if (isBlank(value)) return undefined;
    return checkField(leafFields[path]!, value) === "ok" ? (value as T) : issue(path, "invalid_option", { values: allowed.join(", ") });
  };

  const situation: {
    -readonly [K in keyof ParsedSituation]: ParsedSituation[K];
  } = {};
  const application = own(input, "application");
  if (!isBlank(application)) situation.application = application;

  const decision = section("decision");
  if (decision) {
    const status = option(own(decision, "status"), "decision.status", decisionStatuses);
    const criteria = own(decision, "criteria");
    let kindergartenExcluded: CriterionStatus | undefined;
    if (!isBlank(criteria) && !Array.isArray(criteria)) issue("decision.criteria", "invalid_type", { expected: "section" });
    else if (Array.isArray(criteria)) {
      for (const criterion of criteria.slice(0, MAX_CRITERIA)) {
        if (isRecord(criterion) && own(criterion, "id") === kindergartenCriterion) {
          const value = own(criterion, "status");
          if (criterionStatuses.includes(value as CriterionStatus)) kindergartenExcluded = value as CriterionStatus;
        }
      }
    }
    if (status !== undefined) situation.decision = kindergartenExcluded === undefined ? { status } : { status, kindergartenExcluded };
  }

  const registered = flag(own(input, "registered"), "registered");
  if (registered !== undefined) situation.registered = registered;

  const flyers = section("flyers");
  const count = flyers ? own(flyers, "count") : undefined;
  if (!isBlank(count)) {
    if (Number.isSafeInteger(count) && (count as number) >= 1 && (count as number) <= situationLimits.flyers) situation.flyerCount = count as number;
    else issue("flyers.count", "invalid_flyer_count", { max: situationLimits.flyers });
  }

  const funding = section("funding");
  if (funding) {
    const purpose = option(own(funding, "purpose"), "funding.purpose", fundingPurposes);
    if (purpose !== undefined) situation.fundingPurpose = purpose;
    const started = flag(own(funding, "projectStarted"), "funding.projectStarted");
    if (started !== undefined) situation.projectStarted = started;
  }

  const training = section("training");
  if (training) {
    const serves = flag(own(training, "servesPartnership"), "training.servesPartnership");
    if (serves !== undefined) situation.servesPartnership = serves;
  }
  return { situation, issues };
}

/** Prefixes the issues of the application inside a situation with `application.`. */
export function applicationIssues(issues: readonly Issue[]): SituationIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path === "" ? APPLICATION : `${APPLICATION}.${issue.path}` }));
}
