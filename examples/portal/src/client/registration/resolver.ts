import { issueMessage, type Application } from "@bildungspartner/core";
import { validateForm, type FormIssue, type FormResult } from "@bildungspartner/forms";
import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, Resolver } from "react-hook-form";
import { toApplication, type FormValues } from "./form-values.js";

let last: { key: string; result: FormResult } | undefined;

/**
 * `validateForm` while typing (partial mode), once per distinct application: the resolver and the
 * criteria panel ask for the same values on every keystroke and share one reading and one Decision.
 */
export function checkWhileTyping(application: Application): FormResult {
  const key = JSON.stringify(application);
  if (last?.key !== key) last = { key, result: validateForm(application, { mode: "partial" }) };
  return last.result;
}

/** The date format the form's inputs take (`1.8.2025`). */
const formDateFormat = "TT.MM.JJJJ";

/** An issue's message as core renders it, naming the form's date format where a date is wrong. */
export function shownMessage(issue: FormIssue): string {
  return issue.code === "invalid_date" ? issueMessage({ path: issue.path, code: issue.code, params: { ...issue.params, format: formDateFormat } }, "de") : issue.message;
}

/**
 * react-hook-form's resolver over the forms adapter's `validateForm` in partial mode: while typing,
 * only what is wrong so far, each message at its input (the field paths of the inputs and of the
 * application are the same). Valid values come out as the Application.
 */
export const resolver: Resolver<FormValues, unknown, Application> = (values, _context, options) => {
  const application = toApplication(values);
  const { issues } = checkWhileTyping(application);
  if (issues.length === 0) return { values: application, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) if (issue.path !== "") errors[issue.path] ??= { type: issue.code, message: shownMessage(issue) };
  return { values: {}, errors: toNestErrors(errors, options) };
};
