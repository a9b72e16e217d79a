import { test } from "@fast-check/vitest";
import { contradictionCodes, isBlank, type IssueCode } from "@bildungspartner/core";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect } from "vitest";
import { anyApplication } from "@bildungspartner/test-kit";
import { toJSONSchema } from "./json-schema.js";
import { validateForm } from "./validate-form.js";

/** Form builders leave empty fields out; `validateForm` counts them as not given, JSON Schema cannot. */
function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, child]) => (isBlank(child) ? [] : [[key, withoutBlanks(child)]])));
}

const validators = (["draft-07", "draft-2020-12"] as const).map((target) => {
  const ajv = target === "draft-07" ? new Ajv({ strict: false }) : new Ajv2020({ strict: false });
  addFormats(ajv as never);
  return ajv.compile(toJSONSchema({ target }));
});

/** What JSON Schema cannot express: criteria and contradictions between fields. */
const beyondSchema = (code: string) => code === "criterion" || contradictionCodes.includes(code as IssueCode);

describe("toJSONSchema and validateForm in submit mode, properties", () => {
  test.prop([anyApplication.map(withoutBlanks)], { numRuns: 500 })(
    "give the same verdict on the fields: required, conditionally required, types and limits",
    (values) => {
      const fieldIssues = validateForm(values, { mode: "submit" }).issues.filter((issue) => !beyondSchema(issue.code));
      for (const validate of validators) expect(validate(values)).toBe(fieldIssues.length === 0);
    },
  );
});
