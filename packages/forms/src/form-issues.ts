import {
  applicationSpec,
  decideApplication,
  fieldLabel,
  fieldPatterns,
  fieldSpec,
  formatMessage,
  isBlank,
  issueMessage,
  kindergartenCriterion,
  type CriterionId,
  type CriterionLevel,
  type DecidedApplication,
  type Decision,
  type EvaluateOptions,
  type FieldSpec,
  type IssueCode,
  type Lang,
  type MessageParams,
  type Requirement,
  type SubmissionStage,
} from "@bildungspartner/core";
import { formMessages } from "./messages.js";

/** `partial`: while typing, only what is wrong so far. `submit`: everything required. */
export type FormMode = "partial" | "submit";

/**
 * Codes of form issues: core's input issue codes, `required` for a field a submission still needs,
 * and `criterion` for a criterion not met (its id in `params.criterion`, the ids of the readings that
 * decided it in `params.readings`).
 */
export type FormIssueCode = IssueCode | "required" | "criterion";

/**
 * A problem (or, among warnings, a Soll-Kriterium not met) at a form field, as data and as a
 * message in the language asked for; `path` is dotted (`contacts.1.email`), `""` for the whole form.
 */
export interface FormIssue {
  readonly path: string;
  readonly code: FormIssueCode;
  /** Language-neutral values the message names, e.g. `{ max: 200 }` or `{ criterion: "personal-email" }`. */
  readonly params: MessageParams;
  readonly message: string;
}

/**
 * Every criterion of a level that is not met, as issues at the inputs that decided it (core's
 * `paths`). The readings that decided it stand in the message („Auslegung: …“) and, as ids, in
 * `params.readings` (comma-separated).
 */
function ruleIssues(decision: Decision, level: CriterionLevel, lang: Lang): FormIssue[] {
  return decision.criteria
    .filter((criterion) => criterion.status === "not-met" && criterion.level === level)
    .flatMap(({ id, paths, message, readings }) => {
      const params: MessageParams =
        readings.length > 0 ? { criterion: id satisfies CriterionId, readings: readings.map((r) => r.id).join(",") } : { criterion: id };
      const text = readings.length > 0 ? formatMessage(formMessages.withReadings[lang], { message, readings: readings.map((r) => r.title).join("; ") }) : message;
      return (paths.length > 0 ? inFormOrder(paths) : [""]).map((path) => ({ path, code: "criterion" as const, params, message: text }));
    });
}

const choiceKinds: ReadonlySet<FieldSpec["kind"]> = new Set(["option", "boolean", "index"]);

/** The message for a field a submission still needs: lists ask for an entry, choices for an answer. */
function requiredMessage(path: string, lang: Lang): string {
  if (path === "partners") return formMessages.requiredPartners[lang];
  if (path === "contacts") return formMessages.requiredContacts[lang];
  const template = choiceKinds.has(fieldSpec(path)?.kind ?? "text") ? formMessages.requiredChoice : formMessages.required;
  return formatMessage(template[lang], { label: fieldLabel(path, lang) });
}

/** Whether a field's requirement applies, given the values of its section. */
function applies(requirement: Requirement | undefined, section: Readonly<Record<string, unknown>>): boolean {
  if (requirement === undefined) return false;
  if (requirement === "always") return true;
  if ("when" in requirement) return section[requirement.when.field] === requirement.when.equals;
  return section[requirement.unless.field] !== requirement.unless.equals;
}

/**
 * The paths a complete registration needs that are still empty, read from core's field spec: a
 * required field that is blank, a required list without entries. A missing section counts as empty,
 * so its own required fields are named.
 */
function missingRequired(spec: FieldSpec, value: unknown, path: string, missing: string[]): void {
  if (spec.kind === "list") {
    (Array.isArray(value) ? value : []).forEach((item, i) => missingRequired(spec.item, item, `${path}.${i}`, missing));
    return;
  }
  if (spec.kind !== "section") return;
  const section = (value ?? {}) as Readonly<Record<string, unknown>>;
  for (const [key, child] of Object.entries(spec.fields)) {
    const childPath = path === "" ? key : `${path}.${key}`;
    const childValue = section[key];
    const empty = child.kind === "list" ? !Array.isArray(childValue) || childValue.length === 0 : isBlank(childValue);
    if (empty && child.kind !== "section" && applies(child.required, section)) missing.push(childPath);
    else missingRequired(child, childValue, childPath, missing);
  }
}

function orderKey(path: string): [number, number, number] {
  const rank = fieldPatterns.indexOf(fieldSpec(path)?.pattern ?? path);
  const section = fieldPatterns.indexOf(path.split(".")[0]!);
  const index = Number(/\.(\d+)/.exec(path)?.[1] ?? -1);
  return [section, index, rank];
}

/** Sorts paths into form order (core's field spec): by section, then item, then field. */
export function inFormOrder(paths: Iterable<string>): string[] {
  return [...new Set(paths)].sort((a, b) => {
    const [x, y] = [orderKey(a), orderKey(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/**
 * The fields still needed to reach a decision: what the open criteria are missing, in form order.
 * Fields that cannot change the outcome are left out, and nothing is asked once the school side is a
 * kindergarten or day-care centre: such a cooperation cannot be registered whatever follows.
 */
export function nextFieldsOf(decision: Decision): string[] {
  if (decision.criteria.some((c) => c.id === kindergartenCriterion && c.status === "not-met")) return [];
  return inFormOrder(decision.criteria.flatMap((c) => (c.status === "unknown" ? (c.missing ?? []) : [])));
}

/** What a form's options add to the values: the rules to judge by and how the page writes dates. */
export interface FormRules extends Pick<EvaluateOptions, "ruleSets" | "asOf"> {
  /** How the form's date fields are typed, named in a mistyped date's message (e.g. `TT.MM.JJJJ`). */
  dateFormat?: string;
}

/** The rules options that were given (`ruleSets`, `asOf`), without keys for those that were not. */
export function givenRules(options: FormRules): Pick<EvaluateOptions, "ruleSets" | "asOf"> {
  return { ...(options.ruleSets ? { ruleSets: options.ruleSets } : {}), ...(options.asOf ? { asOf: options.asOf } : {}) };
}

/**
 * Everything the form shows: the Decision and the issues for the mode, input issues first, then
 * contradictions, Muss-Kriterien not met and (on submit) required fields. `warnings` are the
 * Soll-Kriterien not met: they stop no submission, since the programme office decides such an
 * application (`needs-review`). The values are read and decided once (core's `decideApplication`),
 * not at all when they come decided with the same language and stage.
 */
export function formIssues(
  values: unknown,
  lang: Lang,
  mode: FormMode,
  stage: SubmissionStage = "before-submission",
  rules: FormRules = {},
): { checked: DecidedApplication; issues: FormIssue[]; warnings: FormIssue[] } {
  const checked = decideApplication(values, { lang, stage, ...givenRules(rules) });
  const { decision } = checked;
  const { dateFormat } = rules;
  const inputIssues: FormIssue[] = decision.issues.map(({ path, code, params, message }) => {
    if (code !== "invalid_date" || dateFormat === undefined) return { path, code, params, message };
    // The page's own way of writing dates, through core's template for the message.
    const withFormat = { ...params, format: dateFormat };
    return { path, code, params: withFormat, message: issueMessage({ path, code, params: withFormat }, lang) };
  });
  const required: FormIssue[] = [];
  if (mode === "submit") {
    const taken = new Set(inputIssues.map((issue) => issue.path));
    const missing: string[] = [];
    missingRequired(applicationSpec, checked.application, "", missing);
    for (const path of inFormOrder(missing)) {
      if (!taken.has(path)) required.push({ path, code: "required", params: {}, message: requiredMessage(path, lang) });
    }
  }
  // Core's input issues include the contradictions between fields.
  const issues = [...inputIssues, ...ruleIssues(decision, "must", lang), ...required];
  return { checked, issues, warnings: ruleIssues(decision, "should", lang) };
}
