import { evaluate } from "@bildungspartner/core";
import { loadRuleFolder } from "@bildungspartner/core/rules";
import { anyApplication, changedLists, criterionId, listChangeApplications, patchedFolder, propertyRuns, type FolderPatch } from "@bildungspartner/test-kit";
import { importBrowserBundle } from "@bildungspartner/test-kit/bundle-size";
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

/** A changed rule folder: criteria's levels, the minimum term, a school type, role words and third-partner needs. */
const changedFolder = fc
  .record({
    levels: fc.dictionary(criterionId, fc.constantFrom("must", "should")),
    months: fc.integer({ min: 6, max: 48 }),
    schoolType: fc.boolean(),
    droppedRoleWords: fc.subarray(["info", "kontakt", "sekretariat", "kreis", "verwaltung"]),
    thirdPartnerNeeded: fc.dictionary(fc.constantFrom("archive", "library", "stage", "sports-club", "museum"), fc.boolean()),
  })
  .map(({ levels, months, schoolType, droppedRoleWords, thirdPartnerNeeded }) => {
    const patch: FolderPatch = {
      "rules/ruleset.json": (manifest) => (manifest.version = "1.9.0"),
      "rules/min-duration.json": (rule) => (rule.parameters.months.value = months),
      "data/role-mailboxes.json": (file) => (file.localParts = file.localParts.filter((word: string) => !droppedRoleWords.includes(word))),
      "data/categories.json": (file) => {
        for (const category of file.categories) if (category.id in thirdPartnerNeeded) category.thirdPartner.needed = thirdPartnerNeeded[category.id];
      },
      ...(schoolType ? { "data/school-types.json": changedLists["data/school-types.json"]! } : {}),
    };
    const levelPatches = Object.fromEntries(Object.entries(levels).map(([id, level]) => [`rules/${id}.json`, (rule: { level: string }) => (rule.level = level)]));
    const loaded = loadRuleFolder(patchedFolder({ ...patch, ...levelPatches }));
    if (loaded.status !== "loaded") throw new Error(JSON.stringify(loaded.problems));
    return loaded.folder.ruleSet;
  });

describe("validateForm in a browser bundle and evaluate on the server, with changed rule sets", () => {
  const asOf = "2026-03-01";
  const bundle = importBrowserBundle<{ validateForm: typeof validateForm }>('export { validateForm } from "@bildungspartner/forms";', "forms");

  test.prop([changedFolder, fc.array(fc.oneof(anyApplication, fc.constantFrom(...Object.values(listChangeApplications))), { minLength: 50, maxLength: 50 })], {
    numRuns: propertyRuns(20),
  })("agree on the status and every criterion of 1,000 applications", async (ruleSet, applications) => {
    const browser = await bundle;
    for (const values of applications) {
      const form = browser.validateForm(values, { mode: "submit", ruleSets: [ruleSet], asOf }).decision;
      const server = await evaluate(values, { ruleSets: [ruleSet], asOf });
      expect(form.ruleSet.version).toBe("1.9.0");
      expect({ status: form.status, criteria: form.criteria.map(({ id, status, level }) => ({ id, status, level })) }).toEqual({
        status: server.status,
        criteria: server.criteria.map(({ id, status, level }) => ({ id, status, level })),
      });
    }
  }, 120_000);
});
