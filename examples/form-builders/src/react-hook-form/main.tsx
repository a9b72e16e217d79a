// #region readme
import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { useState } from "react";
import { useController, useForm, type Control, type FieldPath } from "react-hook-form";
import { createRegistrationForm, validateForm, type Application, type FormResult } from "@bildungspartner/forms";
import { germanDateFormat, initialApplication, type FormField } from "../shared/fields.js";
import { DecisionPanel, FieldRow, Sections, submitLabel, UnplacedErrors } from "../shared/ui.js";

// While typing: only what is wrong so far. The submit check below asks for everything.
const whileTyping = createRegistrationForm({ mode: "partial", dateFormat: germanDateFormat });

function Field({ field, control, warnings }: { field: FormField; control: Control<Application>; warnings: FormResult["fieldWarnings"] }) {
  const { field: input, fieldState } = useController({ control, name: field.path as FieldPath<Application> });
  const message = fieldState.error?.message;
  return (
    <FieldRow field={field} value={input.value} onChange={input.onChange} onBlur={input.onBlur} errors={message ? [message] : []} warnings={warnings[field.path] ?? []} />
  );
}

/** The registration form with react-hook-form: the SDK's Standard Schema as resolver, its warnings and Decision beside. */
export function RegistrationPage() {
  const { control, getValues, handleSubmit, setError, watch } = useForm<Application>({
    resolver: standardSchemaResolver(whileTyping),
    mode: "onChange",
    defaultValues: initialApplication(),
  });
  const [submitted, setSubmitted] = useState<FormResult>();
  // The Soll-Kriterien not met and the Decision, for the values as they are.
  const live = validateForm(watch(), { mode: "partial", dateFormat: germanDateFormat });
  // The submit check runs on every submit; with errors so far, react-hook-form shows those.
  const submit = handleSubmit(
    (application) => {
      const result = validateForm(application, { mode: "submit", dateFormat: germanDateFormat });
      setSubmitted(result);
      for (const [path, [message = ""]] of Object.entries(result.fieldErrors)) setError(path as FieldPath<Application>, { message });
    },
    () => setSubmitted(validateForm(getValues(), { mode: "submit", dateFormat: germanDateFormat })),
  );
  return (
    <>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Sections renderField={(field) => <Field field={field} control={control} warnings={live.fieldWarnings} />} />
        <UnplacedErrors result={submitted} />
        <button type="submit">{submitLabel}</button>
      </form>
      <DecisionPanel live={live} submitted={submitted} />
    </>
  );
}
// #endregion readme
import { mount } from "../shared/mount.js";

mount("react-hook-form", <RegistrationPage />);
