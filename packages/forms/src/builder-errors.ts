import type { FormResult } from "./validate-form.js";


/** Nested error messages in the shape of the form values, as Formik expects them. */
export type NestedErrors = { [key: string]: string | NestedErrors | Array<NestedErrors | string | undefined> };

/**
 * Formik's `validate` result from a {@link FormResult}: the first message of each field, nested like
 * the values (`{ contacts: [undefined, { email: "…" }] }`). Form-wide messages are left out.
 */
export function toFormikErrors(result: Pick<FormResult, "fieldErrors">): NestedErrors {
  const errors: NestedErrors = {};
  for (const [path, messages] of Object.entries(result.fieldErrors)) {
    const message = messages[0];
    if (message === undefined) continue;
    const keys = path.split(".");
    let target: NestedErrors | Array<NestedErrors | string | undefined> = errors;
    keys.forEach((key, depth) => {
      const last = depth === keys.length - 1;
      const slot = /^\d+$/.test(key) ? Number(key) : key;
      const container = target as Record<string | number, unknown>;
      if (last) {
        // A message for a whole list or section does not overwrite messages of its fields.
        if (container[slot] === undefined) container[slot] = message;
        return;
      }
      if (typeof container[slot] !== "object" || container[slot] === null) container[slot] = /^\d+$/.test(keys[depth + 1]!) ? [] : {};
      target = container[slot] as NestedErrors;
    });
  }
  return errors;
}

/** react-jsonschema-form's `ErrorSchema`: `{ school: { schoolNumber: { __errors: ["…"] } } }`. */
export type RjsfErrorSchema = { __errors?: string[] } & { [key: string]: RjsfErrorSchema };

/**
 * react-jsonschema-form's `extraErrors` from a {@link FormResult}: every message of each field at
 * the field, form-wide messages at the root.
 */
export function toRjsfErrorSchema(result: Pick<FormResult, "fieldErrors" | "formErrors">): RjsfErrorSchema {
  type Node = { __errors?: string[]; [key: string]: unknown };
  const root: Node = result.formErrors.length > 0 ? { __errors: [...result.formErrors] } : {};
  for (const [path, messages] of Object.entries(result.fieldErrors)) {
    let node = root;
    for (const key of path.split(".")) node = (node[key] ??= {}) as Node;
    node.__errors = [...(node.__errors ?? []), ...messages];
  }
  return root as RjsfErrorSchema;
}

/** An error in the shape of Ajv's `ErrorObject`, as JSON Forms' `additionalErrors` takes it. */
export interface JsonFormsError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

/** JSON Forms' `additionalErrors` from a {@link FormResult}: one error per message, at the field's JSON pointer. */
export function toJsonFormsErrors(result: Pick<FormResult, "fieldErrors" | "formErrors">): JsonFormsError[] {
  const error = (instancePath: string, message: string): JsonFormsError => ({
    instancePath,
    schemaPath: "#/bildungspartner",
    keyword: "bildungspartner",
    params: {},
    message,
  });
  return [
    ...result.formErrors.map((message) => error("", message)),
    ...Object.entries(result.fieldErrors).flatMap(([path, messages]) =>
      messages.map((message) => error(`/${path.split(".").join("/")}`, message)),
    ),
  ];
}
