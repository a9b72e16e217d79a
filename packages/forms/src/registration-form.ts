import type { Application, Lang, RuleSet } from "@bildungspartner/core";
import * as z from "zod/mini";
import { formIssues, givenRules, type FormMode } from "./form-issues.js";

/** Options of {@link createRegistrationForm}. */
export interface RegistrationFormOptions {
  /** Language of messages and titles; German by default. */
  lang?: Lang;
  /** `"submit"` (default): everything required and every criterion met. `"partial"`: only what is wrong so far. */
  mode?: FormMode;
  /**
   * Rule sets to choose from by `asOf`, as `evaluate` and `validateForm` take them: e.g. a changed
   * rules folder's `ruleSet`, whose criteria and data lists the values are then judged by; the shipped
   * rule sets by default.
   */
  ruleSets?: readonly RuleSet[];
  /** ISO date whose rules apply (`YYYY-MM-DD`); the day of each validation by default. */
  asOf?: string;
  /**
   * How the page has people type dates, when not as the application's `JJJJ-MM-TT`: a mistyped
   * date's message names it (e.g. `TT.MM.JJJJ`, or `DD.MM.YYYY` with `lang: "en"`). The values
   * still hold dates as `YYYY-MM-DD`.
   */
  dateFormat?: string;
}

/** The registration form schema: a zod 4 schema (zod/mini), and so a Standard Schema (`~standard`). */
export type RegistrationForm = z.ZodMiniType<Application, Application>;

const toPath = (path: string) => (path === "" ? [] : path.split(".").map((k) => (/^\d+$/.test(k) ? Number(k) : k)));

const forms = new Map<string, RegistrationForm>();

/**
 * Builds the registration form schema for a language and mode. Its issues are `validateForm`'s
 * errors, each at the field's path: the field checks with plain messages for people, contradictions,
 * the Muss-Kriterien not met and (on submit) the fields still required; each issue's `params` hold
 * its `code` and values. Soll-Kriterien not met are no issues: such an application may be submitted, and
 * Bildungspartner NRW decides it (Decision `needs-review`; `validateForm` shows them as warnings).
 * With `ruleSets` or `asOf` it judges by the same rule set as `validateForm` and `evaluate` given the
 * same. No global zod configuration is touched.
 */
export function createRegistrationForm(options: RegistrationFormOptions = {}): RegistrationForm {
  const lang = options.lang ?? "de";
  const mode = options.mode ?? "submit";
  const rules = { ...givenRules(options), ...(options.dateFormat === undefined ? {} : { dateFormat: options.dateFormat }) };
  // Forms of the shipped rules are kept per language and mode; one for given rules belongs to its caller.
  const shared = options.ruleSets === undefined && options.asOf === undefined && options.dateFormat === undefined;
  const key = `${lang}:${mode}`;
  let form = shared ? forms.get(key) : undefined;
  if (!form) {
    // One check, the same as validateForm's: field checks, contradictions, Muss-Kriterien and, on
    // submit, required fields; the value that passes comes out as the application core read, so
    // the values are read once.
    form = z.transform((value: unknown, ctx) => {
      const { checked, issues } = formIssues(value, lang, mode, undefined, rules);
      for (const issue of issues) {
        ctx.issues.push({ code: "custom", input: value, path: toPath(issue.path), message: issue.message, params: { code: issue.code, ...issue.params } });
      }
      return checked.application;
    }) as unknown as RegistrationForm;
    if (shared) forms.set(key, form);
  }
  return form;
}

/**
 * The registration form schema, German, for submission: takes react-hook-form's
 * `standardSchemaResolver`, TanStack Form validators and any other Standard Schema consumer as is.
 */
export const registrationForm: RegistrationForm = createRegistrationForm();
