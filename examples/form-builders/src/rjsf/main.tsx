// #region readme
import Form from "@rjsf/core";
import type { FieldErrorProps, RJSFSchema, UiSchema, WidgetProps } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";
import { useState } from "react";
import { toJSONSchema, toRjsfErrorSchema, validateForm, type Application, type FormResult, type RjsfErrorSchema } from "@bildungspartner/forms";
import { dateDescription, germanDateFormat, initialApplication } from "../shared/fields.js";
import { DateInput, DecisionPanel, submitLabel } from "../shared/ui.js";

const schema = toJSONSchema({ target: "draft-07" }) as RJSFSchema;

/** Dates typed and shown as TT.MM.JJJJ; the form data holds JJJJ-MM-TT. */
function GermanDateWidget({ id, value, onChange, onBlur }: WidgetProps) {
  return <DateInput id={id} value={value} onChange={(next) => onChange(next)} onBlur={() => onBlur(id, value)} />;
}

const agreement = (schema.properties?.agreement ?? {}) as RJSFSchema;
const dateField = (key: string) => ({ "ui:description": dateDescription((agreement.properties?.[key] as RJSFSchema | undefined)?.description) });
const uiSchema: UiSchema = {
  "ui:submitButtonOptions": { submitText: submitLabel },
  agreement: { startDate: dateField("startDate"), endDate: dateField("endDate") },
};

/** Soll-Kriterien not met, by field: shown among a field's errors, but in the warning style. */
type Warnings = FormResult["fieldWarnings"];

/** A field's messages: the SDK's errors as errors, its Soll-Kriterien (also in `extraErrors`) as „Hinweis“. */
function FieldErrors({ errors = [], fieldPathId, registry }: FieldErrorProps) {
  const path = fieldPathId.path.join(".");
  const warnings = (registry.formContext as Warnings)[path] ?? [];
  if (errors.length === 0) return null;
  return (
    <ul className="error-detail" data-path={path} data-messages="error">
      {errors.map((message, i) =>
        typeof message === "string" && warnings.includes(message) ? (
          <li key={i} className="rjsf-warning">
            <strong>Hinweis:</strong> {message}
          </li>
        ) : (
          <li key={i} className="text-danger">
            {message}
          </li>
        ),
      )}
    </ul>
  );
}

/** The errors and, in the same shape, the warnings of a result, as RJSF's `extraErrors`. */
const extraErrorsOf = (result: FormResult): RjsfErrorSchema =>
  toRjsfErrorSchema({
    fieldErrors: Object.fromEntries(
      [...new Set([...Object.keys(result.fieldErrors), ...Object.keys(result.fieldWarnings)])].map((path) => [path, [...(result.fieldErrors[path] ?? []), ...(result.fieldWarnings[path] ?? [])]]),
    ),
    formErrors: [...result.formErrors, ...result.formWarnings],
  });

/** The registration form with RJSF: drawn from `toJSONSchema()`, the SDK's errors and warnings as `extraErrors`. */
export function RjsfRegistration() {
  const [formData, setFormData] = useState<Application>(initialApplication);
  const [submitted, setSubmitted] = useState<FormResult>();
  // While typing: only what is wrong so far; after a submit, the submit check's messages.
  const live = validateForm(formData, { mode: "partial", dateFormat: germanDateFormat });
  const shown = submitted ?? live;
  return (
    <>
      <Form
        schema={schema}
        uiSchema={uiSchema}
        validator={validator}
        // The SDK's German messages replace the validator's English ones; the schema still draws the form.
        noValidate
        showErrorList={false}
        formData={formData}
        formContext={shown.fieldWarnings}
        widgets={{ DateWidget: GermanDateWidget }}
        templates={{ FieldErrorTemplate: FieldErrors }}
        extraErrors={extraErrorsOf(shown)}
        onChange={({ formData: next }) => {
          setFormData((next ?? {}) as Application);
          setSubmitted(undefined);
        }}
        onSubmit={({ formData: values }) => setSubmitted(validateForm(values, { mode: "submit", dateFormat: germanDateFormat }))}
      />
      <DecisionPanel live={live} submitted={submitted} />
    </>
  );
}
// #endregion readme
import { mount } from "../shared/mount.js";

mount("react-jsonschema-form (RJSF)", <RjsfRegistration />);
