import { standardSchemaResolver } from "@hookform/resolvers/standard-schema";
import { describe, expect, it } from "vitest";
import { eligible } from "@bildungspartner/test-kit";
import { createRegistrationForm, toFormikErrors, toJsonFormsErrors, toRjsfErrorSchema, validateForm, type FormMode } from "@bildungspartner/forms";

/** The five applications the browser tests type, as the pages hand them to the SDK. */
const inputs = {
  "a five-digit school number": { school: { schoolNumber: "16543" } },
  "a one-year term": { ...eligible, agreement: { ...eligible.agreement, endDate: "2026-07-31" } },
  "a kindergarten": { ...eligible, school: { ...eligible.school, type: "kindergarten" } },
  "a complete application": eligible,
  "an empty form": { partners: [{}], contacts: [{ side: "school" }, { side: "partner", partner: 0 }] },
};

type Messages = Record<string, string[]>;

/** Every string of a nested error object, by dotted path; `pick` reads a node's messages. */
function flatten(node: unknown, pick: (node: Record<string, unknown>) => string[] | undefined, path = "", out: Messages = {}): Messages {
  if (typeof node === "string") out[path] = [node];
  else if (typeof node === "object" && node !== null) {
    const own = pick(node as Record<string, unknown>);
    if (own !== undefined) out[path] = own;
    // react-hook-form's error `{ message, type }` is a leaf; RJSF's `{ __errors, field: … }` is not.
    if (typeof (node as { message?: unknown }).message === "string") return out;
    for (const [key, child] of Object.entries(node)) if (key !== "__errors") flatten(child, pick, path === "" ? key : `${path}.${key}`, out);
  }
  return out;
}

/** What each library is given to show, as messages by field path. */
async function messagesByLibrary(values: unknown, mode: FormMode): Promise<Record<string, Messages>> {
  const result = validateForm(values, { mode });
  const schema = createRegistrationForm({ mode });
  const standard = await schema["~standard"].validate(values);
  const tanstack: Messages = {};
  for (const issue of "issues" in standard ? (standard.issues ?? []) : []) {
    const path = (issue.path ?? []).map((key) => String(typeof key === "object" ? key.key : key)).join(".");
    if (path !== "") (tanstack[path] ??= []).push(issue.message);
  }
  const hookForm = await standardSchemaResolver(schema)(values as never, undefined, { fields: {}, shouldUseNativeValidation: false });
  const jsonForms: Messages = {};
  for (const error of toJsonFormsErrors(result)) if (error.instancePath !== "") (jsonForms[error.instancePath.slice(1).replaceAll("/", ".")] ??= []).push(error.message);
  return {
    "react-hook-form": flatten(hookForm.errors, (node) => (typeof node.message === "string" ? [node.message] : undefined)),
    "TanStack Form": tanstack,
    RJSF: flatten(toRjsfErrorSchema(result), (node) => (Array.isArray(node.__errors) ? (node.__errors as string[]) : undefined)),
    "JSON Forms": jsonForms,
    Formik: flatten(toFormikErrors(result), () => undefined),
  };
}

const first = (messages: Messages) => Object.fromEntries(Object.entries(messages).map(([path, list]) => [path, list[0]]));

describe("the same application gives the same messages at the same fields in all five libraries", () => {
  for (const mode of ["partial", "submit"] as const) {
    it.each(Object.entries(inputs))(`%s (${mode})`, async (_name, values) => {
      const expected = validateForm(values, { mode }).fieldErrors;
      const libraries = await messagesByLibrary(values, mode);
      for (const [library, messages] of Object.entries(libraries)) {
        // react-hook-form and Formik show one message a field, the others every message.
        const shown = library === "react-hook-form" || library === "Formik" ? first(messages) : messages;
        expect({ library, shown }).toEqual({ library, shown: library === "react-hook-form" || library === "Formik" ? first(expected) : expected });
      }
    });
  }

  it("names the wrong school number, the kindergarten and no error for the complete application", async () => {
    expect(validateForm(inputs["a five-digit school number"], { mode: "partial" }).fieldErrors["school.schoolNumber"]).toEqual(["Die Schulnummer muss aus genau sechs Ziffern bestehen."]);
    expect(validateForm(inputs["a kindergarten"], { mode: "submit" }).fieldErrors["school.type"]?.[0]).toMatch(/Kindergärten/);
    expect(validateForm(inputs["a one-year term"], { mode: "submit" })).toMatchObject({ valid: true, fieldErrors: {}, fieldWarnings: { "agreement.endDate": [expect.stringMatching(/sollte/)] } });
    expect(validateForm(inputs["a complete application"], { mode: "submit" })).toMatchObject({ valid: true, fieldErrors: {}, fieldWarnings: {} });
  });
});
