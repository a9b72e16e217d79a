// #region readme
import { Formik, getIn, type FormikErrors } from "formik";
import { useState } from "react";
import { toFormikErrors, validateForm, type Application, type FormResult } from "@bildungspartner/forms";
import { germanDateFormat, initialApplication } from "../shared/fields.js";
import { DecisionPanel, FieldRow, Sections, submitLabel, UnplacedErrors } from "../shared/ui.js";

/** The registration form with Formik: the SDK's errors as Formik's nested errors, its warnings and Decision beside. */
export function FormikRegistration() {
  const [submitted, setSubmitted] = useState<FormResult>();
  return (
    <Formik<Application>
      initialValues={initialApplication()}
      // While typing: only what is wrong so far, as Formik's nested errors.
      validate={(values) => toFormikErrors(validateForm(values, { mode: "partial", dateFormat: germanDateFormat })) as FormikErrors<Application>}
      onSubmit={(values, { setErrors }) => {
        const result = validateForm(values, { mode: "submit", dateFormat: germanDateFormat });
        if (!result.valid) setErrors(toFormikErrors(result) as FormikErrors<Application>);
      }}
    >
      {({ values, errors, handleSubmit, setFieldValue, setFieldTouched }) => {
        // The Soll-Kriterien not met and the Decision, for the values as they are.
        const live = validateForm(values, { mode: "partial", dateFormat: germanDateFormat });
        return (
          <>
            <form
              noValidate
              onSubmit={(event) => {
                // The submit check runs on every submit; Formik submits only when nothing is wrong so far.
                setSubmitted(validateForm(values, { mode: "submit", dateFormat: germanDateFormat }));
                handleSubmit(event);
              }}
            >
              <Sections
                renderField={(field) => {
                  const message: unknown = getIn(errors, field.path);
                  return (
                    <FieldRow
                      field={field}
                      value={getIn(values, field.path)}
                      onChange={(value) => void setFieldValue(field.path, value)}
                      onBlur={() => void setFieldTouched(field.path)}
                      errors={typeof message === "string" ? [message] : []}
                      warnings={live.fieldWarnings[field.path] ?? []}
                    />
                  );
                }}
              />
              <UnplacedErrors result={submitted} />
              <button type="submit">{submitLabel}</button>
            </form>
            <DecisionPanel live={live} submitted={submitted} />
          </>
        );
      }}
    </Formik>
  );
}
// #endregion readme
import { mount } from "../shared/mount.js";

mount("Formik", <FormikRegistration />);
