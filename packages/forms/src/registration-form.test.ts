import { loadRuleFolder } from "@bildungspartner/core/rules";
import { eligible as eligibleValues, patchedFolder, readCounted } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { issuesByPath } from "../test/issues-by-path.js";
import { createRegistrationForm, registrationForm } from "./registration-form.js";
import { validateForm } from "./validate-form.js";


describe("registrationForm (Standard Schema)", () => {
  it("reads the values once per validation", () => {
    const { input, reads } = readCounted(eligibleValues);
    expect(registrationForm.safeParse(input)).toMatchObject({ success: true, data: eligibleValues });
    expect(reads.count).toBe(1);
  });

  it("implements Standard Schema v1 as zod", () => {
    expect(registrationForm["~standard"]).toMatchObject({ version: 1, vendor: "zod" });
  });

  it("passes an eligible registration through as its value", async () => {
    const result = await registrationForm["~standard"].validate(eligibleValues);
    expect(result).toEqual({ value: eligibleValues });
  });

  it("gives the same issues at the same paths as validateForm on submit", async () => {
    const values = {
      school: { schoolNumber: "12a" },
      partners: [{ name: "Autohaus", category: "other" }],
      agreement: { startDate: "2025-08-01", endDate: "2026-01-31" },
      contacts: [{ side: "school", name: "A B", email: "sekretariat@schule.de" }],
    };
    const result = await registrationForm["~standard"].validate(values);
    expect("issues" in result && issuesByPath(result.issues ?? [])).toEqual(validateForm(values, { mode: "submit" }).fieldErrors);
  });

  it("includes Muss-Kriterien not met at the field, not only type errors", async () => {
    const values = { ...eligibleValues, agreement: { ...eligibleValues.agreement, signedByPartners: false } };
    const result = registrationForm.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["agreement", "signedByPartners"], message: expect.stringMatching(/unterzeichnet/) }),
    ]);
  });

  it("lets a needs-review application through: a Soll-Kriterium not met stops no submission", () => {
    const values = { ...eligibleValues, agreement: { ...eligibleValues.agreement, endDate: "2026-07-31" } };
    expect(validateForm(values, { mode: "submit" }).decision.status).toBe("needs-review");
    expect(registrationForm.safeParse(values)).toEqual({ success: true, data: values });
  });

  it("names the page's date format as validateForm does, in a form of its own", async () => {
    const values = { ...eligibleValues, agreement: { ...eligibleValues.agreement, startDate: "1.8.2027" } };
    const form = createRegistrationForm({ dateFormat: "TT.MM.JJJJ" });
    expect(form).not.toBe(registrationForm);
    const result = await form["~standard"].validate(values);
    const byPath = issuesByPath(("issues" in result && result.issues) || []);
    expect(byPath).toEqual(validateForm(values, { mode: "submit", dateFormat: "TT.MM.JJJJ" }).fieldErrors);
    expect(byPath["agreement.startDate"]).toEqual([expect.stringContaining("im Format TT.MM.JJJJ an.")]);
  });

  it("can be English and partial", () => {
    const form = createRegistrationForm({ lang: "en", mode: "partial" });
    expect(form.safeParse({}).success).toBe(true);
    expect(form.safeParse({ school: { schoolNumber: "x" } }).error?.issues[0]?.message).toBe("The school number must consist of exactly six digits.");
    expect(createRegistrationForm({ lang: "en", mode: "partial" })).toBe(form);
  });
});

describe("createRegistrationForm with a changed rule set", () => {
  const folder = loadRuleFolder(
    patchedFolder({
      "rules/ruleset.json": (manifest) => (manifest.version = "1.1.0"),
      "rules/min-duration.json": (rule) => (rule.level = "must"),
    }),
  );
  if (folder.status !== "loaded") throw new Error(JSON.stringify(folder.problems));
  const ruleSets = [folder.folder.ruleSet];
  const oneYear = { ...eligibleValues, agreement: { ...eligibleValues.agreement, endDate: "2026-07-31" } };

  it("judges by the given rule set, as validateForm and evaluate do: a Soll-Kriterium made Muss stops the submission", async () => {
    const form = createRegistrationForm({ ruleSets });
    const result = await form["~standard"].validate(oneYear);
    expect("issues" in result && issuesByPath(result.issues ?? [])).toEqual(validateForm(oneYear, { mode: "submit", ruleSets }).fieldErrors);
    expect(validateForm(oneYear, { mode: "submit", ruleSets }).decision).toMatchObject({ status: "not-eligible", ruleSet: { version: "1.1.0" } });
    expect((await registrationForm["~standard"].validate(oneYear)).issues).toBeUndefined();
  });

  it("is a form of its own for given rules, the shared one for the shipped rules", () => {
    expect(createRegistrationForm({ ruleSets })).not.toBe(createRegistrationForm({ ruleSets }));
    expect(createRegistrationForm()).toBe(registrationForm);
  });
});
