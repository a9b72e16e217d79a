// #region readme
import { composePaths, isControl, isDateControl, isObjectArrayControl, rankWith, toDataPath, UPDATE_CORE, type CellProps, type ControlElement, type JsonSchema7, type Middleware, type OwnPropsOfControl, type UISchemaElement } from "@jsonforms/core";
import { JsonForms, withJsonFormsCellProps } from "@jsonforms/react";
import { ArrayControl, InputControl, vanillaCells, vanillaRenderers } from "@jsonforms/vanilla-renderers";
import { useCallback, useMemo, useRef, useState } from "react";
import { toJSONSchema, toJsonFormsErrors, validateForm, type Application, type FormResult } from "@bildungspartner/forms";
import { germanDateFormat, initialApplication, withGermanDates } from "../shared/fields.js";
import { DateInput, DecisionPanel, submitLabel, WarningList } from "../shared/ui.js";

/** The SDK's schema, its date fields explained with the format this page takes (TT.MM.JJJJ). */
const schema = withGermanDates(toJSONSchema({ target: "draft-07" })) as JsonSchema7;

/** The SDK's sections as groups, their fields in the schema's order; partners and contacts as lists. */
function group(key: string): UISchemaElement {
  const section = schema.properties?.[key] ?? {};
  const keys = section.type === "object" ? Object.keys(section.properties ?? {}) : [];
  const scopes = keys.length > 0 ? keys.map((field) => `#/properties/${key}/properties/${field}`) : [`#/properties/${key}`];
  return { type: "Group", label: section.title ?? key, elements: scopes.map((scope) => ({ type: "Control", scope })) } as UISchemaElement;
}
const uischema = { type: "VerticalLayout", elements: ["school", "partners", "agreement", "contacts"].map(group) } as UISchemaElement;

/** Dates typed and shown as TT.MM.JJJJ; the data holds JJJJ-MM-TT. */
const GermanDateCell = withJsonFormsCellProps(({ id, data, path, handleChange }: CellProps) => <DateInput id={id} value={data} onChange={(value) => handleChange(path, value)} />);

/** Vanilla's input control, marked with its data path, so that tests and styles find a field's messages. */
const PathControl = (props: OwnPropsOfControl) => (
  <div data-path={composePaths(props.path ?? "", toDataPath((props.uischema as ControlElement).scope))}>
    <InputControl {...props} />
  </div>
);

const renderers = [
  ...vanillaRenderers,
  { tester: rankWith(2, isControl), renderer: PathControl },
  // Partners and contacts as labelled fields, one item below the other (vanilla's table has no labels).
  { tester: rankWith(5, isObjectArrayControl), renderer: ArrayControl },
];
const cells = [...vanillaCells, { tester: rankWith(3, isDateControl), cell: GermanDateCell }];

/** The registration form with JSON Forms: drawn from `toJSONSchema()`, the SDK's errors as `additionalErrors`, its warnings listed. */
export function JsonFormsRegistration() {
  // The first values, once; JSON Forms reports every change.
  const [initial] = useState<Application>(initialApplication);
  const [data, setData] = useState<Application>(initial);
  // What JSON Forms holds now (its change events come debounced, a submit may come first), and what the submit checked.
  const held = useRef<Application>(initial);
  const checked = useRef<Application | undefined>(undefined);
  /**
   * JSON Forms owns the data while typing: new `additionalErrors` update its core with the `data` prop,
   * which would undo the keystrokes typed since, so the data it holds stays.
   */
  const keepTypedData = useCallback<Middleware>((state, action, reducer) => {
    const next = reducer(state, action.type === UPDATE_CORE ? { ...action, data: state.data } : action);
    held.current = next.data as Application;
    return next;
  }, []);
  const [submitted, setSubmitted] = useState<FormResult>();
  // While typing: only what is wrong so far; after a submit, the submit check's messages.
  const live = useMemo(() => validateForm(data, { mode: "partial", dateFormat: germanDateFormat }), [data]);
  const shown = submitted ?? live;
  // A new array on every render would make JSON Forms take its data again, a keystroke late.
  const additionalErrors = useMemo(() => toJsonFormsErrors(shown), [shown]);
  return (
    <>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          checked.current = held.current;
          setSubmitted(validateForm(held.current, { mode: "submit", dateFormat: germanDateFormat }));
        }}
      >
        <JsonForms
          schema={schema}
          uischema={uischema}
          data={initial}
          renderers={renderers}
          cells={cells}
          // Explanations stay in place: shown only on focus, they moved the fields below at every click.
          config={{ showUnfocusedDescription: true }}
          // The SDK's German messages instead of the validator's English ones.
          validationMode="NoValidation"
          additionalErrors={additionalErrors}
          middleware={keepTypedData}
          onChange={({ data: next }) => {
            // JSON Forms reports new errors as a change too: only new data is one.
            if (next === data) return;
            setData(next as Application);
            // A change the submit already checked (reported late) keeps its verdict.
            if (next !== checked.current) setSubmitted(undefined);
          }}
        />
        <WarningList result={shown} />
        <button type="submit">{submitLabel}</button>
      </form>
      <DecisionPanel live={live} submitted={submitted} />
    </>
  );
}
// #endregion readme
import { mount } from "../shared/mount.js";

mount("JSON Forms", <JsonFormsRegistration />);
