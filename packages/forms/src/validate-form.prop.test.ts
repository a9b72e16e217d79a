import { anyApplication } from "@bildungspartner/test-kit";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { issuesByPath } from "../test/issues-by-path.js";
import { registrationForm } from "./registration-form.js";
import { validateForm } from "./validate-form.js";

const hostileKeys = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "school", "partners", "agreement", "contacts", "email");

/** Any value a browser could send, with hostile keys and odd strings mixed in. */
const anyValue = fc.oneof(
  anyApplication,
  fc.anything({ key: fc.oneof(fc.string(), hostileKeys), withNullPrototype: true, maxDepth: 4 }),
  fc.jsonValue(),
);


describe("validateForm, properties", () => {
  test.prop([anyValue, fc.constantFrom("partial", "submit" as const)])("never throws and never pollutes", (values, mode) => {
    const result = validateForm(values, { mode });
    expect(typeof result.valid).toBe("boolean");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const messages of Object.values(result.fieldErrors)) expect(messages.length).toBeGreaterThan(0);
  });

  test.prop([anyApplication], { numRuns: 300 })("gives the Standard Schema issues of registrationForm, by field", async (values) => {
    const standard = await registrationForm["~standard"].validate(values);
    const result = validateForm(values, { mode: "submit" });
    const fromSchema = "issues" in standard && standard.issues ? issuesByPath(standard.issues) : {};
    expect(fromSchema).toEqual({ ...result.fieldErrors, ...(result.formErrors.length ? { "": result.formErrors } : {}) });
    expect(result.valid).toBe(!("issues" in standard && standard.issues));
  });

  test.prop([anyApplication, fc.constantFrom("partial", "submit" as const)])(
    "Soll-Kriterien are warnings in „sollte“ wording, never errors; Muss-Kriterien never warnings",
    (values, mode) => {
      const result = validateForm(values, { mode });
      const notMet = result.decision.criteria.filter((c) => c.status === "not-met");
      // A warning names the readings that decided it after the criterion's message.
      const withReadings = (c: (typeof notMet)[number]) => (c.readings.length > 0 ? `${c.message} (Auslegung: ${c.readings.map((r) => r.title).join("; ")})` : c.message);
      const should = new Set(notMet.filter((c) => c.level === "should").map(withReadings));
      const warnings = Object.values(result.fieldWarnings).flat().concat(result.formWarnings);
      expect(new Set(warnings)).toEqual(should);
      for (const message of warnings) expect(message).not.toMatch(/\bmuss\b/);
      for (const message of Object.values(result.fieldErrors).flat().concat(result.formErrors)) expect(should.has(message)).toBe(false);
      if (mode === "submit" && result.decision.status === "needs-review") {
        expect(result.valid).toBe(Object.keys(result.fieldErrors).length === 0 && result.formErrors.length === 0);
      }
    },
  );

  test.prop([anyApplication])("partial mode reports a subset of submit mode", (values) => {
    const partial = validateForm(values, { mode: "partial" });
    const submit = validateForm(values, { mode: "submit" });
    fc.pre(Object.keys(partial.fieldErrors).length > 0);
    for (const [path, messages] of Object.entries(partial.fieldErrors)) {
      expect(submit.fieldErrors[path]).toEqual(expect.arrayContaining(messages));
    }
  });
});

describe("validateForm, hostile sizes", () => {
  test.prop([fc.constantFrom("school.name", "contacts.0.email", "school.schoolNumber", "agreement.startDate")], { numRuns: 4 })(
    "refuses a 10 MB string as too long or malformed instead of checking it slowly",
    (path) => {
      const huge = "a.".repeat(5 * 1024 * 1024);
      const values: Record<string, unknown> = { contacts: [{}], school: {}, agreement: {} };
      const [section, ...rest] = path.split(".");
      let target = values[section!] as Record<string, unknown> | unknown[];
      if (rest.length === 2) target = (target as unknown[])[0] as Record<string, unknown>;
      (target as Record<string, unknown>)[rest.at(-1)!] = huge;
      const result = validateForm(values);
      expect(result.fieldErrors[path]).toHaveLength(1);
    },
  );

  test.prop([fc.constantFrom("school", "partners", "contacts", "agreement")], { numRuns: 4 })("takes 10,000-deep nesting as a wrong field", (key) => {
    let deep: unknown = {};
    for (let i = 0; i < 10_000; i++) deep = { [key]: deep, list: [deep] };
    const result = validateForm({ [key]: [[deep]] });
    expect(Object.keys(result.fieldErrors).length + result.formErrors.length).toBeGreaterThan(0);
  });
});
