// #region readme
import { useForm, useStore, type DeepKeys } from "@tanstack/react-form";
import { useState } from "react";
import { createRegistrationForm, registrationForm, validateForm, type Application, type FormResult } from "@bildungspartner/forms";
import { germanDateFormat, initialApplication } from "../shared/fields.js";
import { DecisionPanel, FieldRow, Sections, submitLabel, UnplacedErrors } from "../shared/ui.js";

// While typing: only what is wrong so far; on submit: everything required. Both are Standard Schemas.
const whileTyping = createRegistrationForm({ mode: "partial", dateFormat: germanDateFormat });

/** The distinct messages of a field's Standard Schema issues. */
const messagesOf = (errors: readonly unknown[]) => [...new Set(errors.map((issue) => (issue as { message?: string } | undefined)?.message ?? ""))].filter(Boolean);

/** The registration form with TanStack Form: the SDK's Standard Schemas as form validators, its warnings and Decision beside. */
export function RegistrationForm() {
  const [submitted, setSubmitted] = useState<FormResult>();
  const check = ({ value }: { value: Application }) => setSubmitted(validateForm(value, { mode: "submit", dateFormat: germanDateFormat }));
  const form = useForm({
    defaultValues: initialApplication(),
    validators: { onChange: whileTyping, onSubmit: registrationForm },
    onSubmit: check,
    onSubmitInvalid: check,
  });
  const values = useStore(form.store, (state) => state.values);
  // The Soll-Kriterien not met and the Decision, for the values as they are.
  const live = validateForm(values, { mode: "partial", dateFormat: germanDateFormat });
  return (
    <>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.handleSubmit();
        }}
      >
        <Sections
          renderField={(field) => (
            <form.Field name={field.path as DeepKeys<Application>}>
              {(state) => (
                <FieldRow
                  field={field}
                  value={state.state.value}
                  onChange={(value) => state.handleChange(value as never)}
                  onBlur={state.handleBlur}
                  errors={messagesOf(state.state.meta.errors)}
                  warnings={live.fieldWarnings[field.path] ?? []}
                />
              )}
            </form.Field>
          )}
        />
        <UnplacedErrors result={submitted} />
        <button type="submit">{submitLabel}</button>
      </form>
      <DecisionPanel live={live} submitted={submitted} />
    </>
  );
}
// #endregion readme
import { mount } from "../shared/mount.js";

mount("TanStack Form", <RegistrationForm />);
