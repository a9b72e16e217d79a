import { isSubmittable, type DecidedApplication, type Decision, type Lang, type RuleSet, type SubmissionStage } from "@bildungspartner/core";
import { formIssues, nextFieldsOf, type FormIssue, type FormMode } from "./form-issues.js";

/** Options of {@link validateForm}. */
export interface ValidateFormOptions {
  /** Language of messages; German by default. */
  lang?: Lang;
  /** `"partial"` while typing (default): only what is wrong so far. `"submit"`: everything required. */
  mode?: FormMode;
  /**
   * When the values are judged: `before-submission` (default) or `after-submission`, which chooses
   * the Decision's next steps (core's `EvaluateOptions.stage`).
   */
  stage?: SubmissionStage;
  /**
   * Rule sets to choose from by `asOf` (core's `EvaluateOptions`): e.g. a rules folder's
   * `folder.ruleSet`, whose data lists (school types, categories, role-mailbox words) the values are then
   * read with; the shipped rule sets by default.
   */
  ruleSets?: readonly RuleSet[];
  /** ISO date whose rules apply (`YYYY-MM-DD`); today by default. */
  asOf?: string;
  /**
   * How the page has people type dates, when not as the application's `JJJJ-MM-TT`: a mistyped
   * date's message names it (e.g. `TT.MM.JJJJ`, or `DD.MM.YYYY` with `lang: "en"`). The values
   * still hold dates as `YYYY-MM-DD`.
   */
  dateFormat?: string;
}

/** What a form shows after validation. */
export interface FormResult {
  /**
   * Partial mode: nothing is wrong so far. Submit mode: complete and correct, and the Decision
   * `eligible` or `needs-review` (only Soll-Kriterien not met: the programme office decides).
   */
  valid: boolean;
  /** Messages by dotted field path (`contacts.1.email`), ready to show beside each field. */
  fieldErrors: Record<string, string[]>;
  /** Messages that concern the whole form rather than one field. */
  formErrors: string[];
  /**
   * Soll-Kriterien not met, by field: what the cooperation should do and why („sollte“). They make
   * no form invalid; with them the Decision is `needs-review` and Bildungspartner NRW decides.
   */
  fieldWarnings: Record<string, string[]>;
  /** Soll-Kriterien not met that concern the whole form rather than one field. */
  formWarnings: string[];
  /** The core Decision for the values as they are, `needs-review` included. */
  decision: Decision;
  /**
   * The values as core read and decided them (`checked.application`: the valid fields), for the
   * steps after the form: core's evaluators and `validateForm` take it without reading or deciding again.
   */
  checked: DecidedApplication;
  /** Fields still needed to reach a decision, in form order; empty once nothing can change it. */
  nextFields: string[];
  /** The errors as data (`code`, `path`, `params`, `message`), in the order of `fieldErrors` and `formErrors`. */
  issues: FormIssue[];
  /** The warnings as data, in the order of `fieldWarnings` and `formWarnings`. */
  warnings: FormIssue[];
}

/** Groups issues by field; issues at `""` go to the form. */
export function groupIssues(issues: readonly FormIssue[]): Pick<FormResult, "fieldErrors" | "formErrors"> {
  const fieldErrors: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const formErrors: string[] = [];
  for (const { path, message } of issues) {
    if (path === "") {
      if (!formErrors.includes(message)) formErrors.push(message);
      continue;
    }
    const messages = (fieldErrors[path] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return { fieldErrors: { ...fieldErrors }, formErrors };
}

/**
 * Validates registration form values, in the browser or on the server, synchronously. Any value is
 * accepted: wrong types, half-filled forms and hostile keys give field errors, never an exception.
 * A Muss-Kriterium not met is a field error; a Soll-Kriterium not met is a field warning, and the
 * values stay submittable (Decision `needs-review`). Takes core's checked or decided application
 * (`checkApplication`, `decideApplication`, a `FormResult`'s `checked`) without reading it again.
 */
export function validateForm(values: unknown, options: ValidateFormOptions = {}): FormResult {
  const lang = options.lang ?? "de";
  const mode = options.mode ?? "partial";
  const { checked, issues, warnings } = formIssues(values, lang, mode, options.stage, options);
  const { decision } = checked;
  const grouped = groupIssues(issues);
  const review = groupIssues(warnings);
  const noErrors = issues.length === 0;
  return {
    valid: mode === "submit" ? noErrors && isSubmittable(decision.status) : noErrors,
    ...grouped,
    fieldWarnings: review.fieldErrors,
    formWarnings: review.formErrors,
    decision,
    checked,
    nextFields: nextFieldsOf(decision),
    issues,
    warnings,
  };
}
