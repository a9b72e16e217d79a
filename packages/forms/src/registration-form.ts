import type { Application, Lang } from "@bildungspartner/core";
import * as z from "zod/mini";
import { formIssues, type FormMode } from "./form-issues.js";

/** Options of {@link createRegistrationForm}. */
export interface RegistrationFormOptions {
  /** Language of messages and titles; German by default. */
  lang?: Lang;
  /** `"submit"` (default): everything required and every criterion met. `"partial"`: only what is wrong so far. */
  mode?: FormMode;
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
 * No global zod configuration is touched.
 */
export function createRegistrationForm(options: RegistrationFormOptions = {}): RegistrationForm {
  const lang = options.lang ?? "de";
  const mode = options.mode ?? "submit";
  const key = `${lang}:${mode}`;
  let form = forms.get(key);
  if (!form) {
    // One check, the same as validateForm's: field checks, contradictions, Muss-Kriterien and, on
    // submit, required fields; the value that passes comes out as the application core read, so
    // the values are read once.
    form = z.transform((value: unknown, ctx) => {
      const { checked, issues } = formIssues(value, lang, mode);
      for (const issue of issues) {
        ctx.issues.push({ code: "custom", input: value, path: toPath(issue.path), message: issue.message, params: { code: issue.code, ...issue.params } });
      }
      return checked.application;
    }) as unknown as RegistrationForm;
    forms.set(key, form);
  }
  return form;
}

/**
 * The registration form schema, German, for submission: takes react-hook-form's
 * `standardSchemaResolver`, TanStack Form validators and any other Standard Schema consumer as is.
 */
export const registrationForm: RegistrationForm = createRegistrationForm();
