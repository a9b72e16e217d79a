import { checkApplication } from "@bildungspartner/core";
import { eligible as eligibleValues, readCounted } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { validateForm } from "./validate-form.js";

describe("validateForm", () => {
  it("reads the values once and gives them on, decided, to the next step", () => {
    const { input, reads } = readCounted(eligibleValues);
    const result = validateForm(input, { mode: "submit", stage: "after-submission" });
    expect(result.checked.decision).toBe(result.decision);
    // Validated again from its result (e.g. by a server after the browser), nothing is read or decided again.
    expect(validateForm(result.checked, { mode: "submit", stage: "after-submission" }).decision).toBe(result.decision);
    expect(validateForm(checkApplication(input), { mode: "partial" }).decision).toEqual(validateForm(eligibleValues).decision);
    expect(reads.count).toBe(2);
  });

  it("accepts a complete, eligible registration in both modes", () => {
    for (const mode of ["partial", "submit"] as const) {
      const result = validateForm(eligibleValues, { mode });
      expect(result).toMatchObject({ valid: true, fieldErrors: {}, formErrors: [], fieldWarnings: {}, formWarnings: [], nextFields: [] });
      expect(result.decision.status).toBe("eligible");
    }
  });

  it("while typing, reports only what is wrong so far, in plain German at the field", () => {
    const result = validateForm({ school: { schoolNumber: "16543" }, agreement: { startDate: "2025-08-01", endDate: "2026-07-31" } });
    expect(result.valid).toBe(false);
    expect(result.fieldErrors).toEqual({
      "school.schoolNumber": ["Die Schulnummer muss aus genau sechs Ziffern bestehen."],
    });
    // The term is decided by both dates: the warning stands at each, as core's paths name them.
    const tooShort = [expect.stringMatching(/^Die Kooperationsvereinbarung sollte auf mindestens zwei Jahre angelegt sein/)];
    expect(result.fieldWarnings).toEqual({ "agreement.startDate": tooShort, "agreement.endDate": tooShort });
  });

  it("passes a needs-review Decision through: Soll-Kriterien are warnings in „sollte“ wording, and the values may be submitted", () => {
    const values = {
      ...eligibleValues,
      agreement: { ...eligibleValues.agreement, endDate: "2026-07-31", openToAllPupils: false },
      contacts: [{ ...eligibleValues.contacts[0], email: "info@gymnasium-stadtpark.de" }, eligibleValues.contacts[1]],
    };
    for (const mode of ["partial", "submit"] as const) {
      const result = validateForm(values, { mode });
      expect(result.decision.status).toBe("needs-review");
      expect(result.decision.nextSteps.length).toBeGreaterThan(0);
      expect(result).toMatchObject({ valid: true, fieldErrors: {}, formErrors: [], formWarnings: [] });
      expect(Object.keys(result.fieldWarnings).sort()).toEqual([
        "agreement.endDate",
        "agreement.indefinite",
        "agreement.openToAllPupils",
        "agreement.startDate",
        "contacts.0.email",
      ]);
      for (const [message] of Object.values(result.fieldWarnings)) {
        expect(message).toMatch(/sollte/);
        expect(message).not.toMatch(/\bmuss\b/);
      }
    }
  });

  it("asks a non-municipal partner whether it works across regions, and names the reading that leaves a local sports club to review", () => {
    const club = { name: "TuS Musterstadt 1898 e. V.", category: "sports-club", municipal: false };
    const asked = validateForm({ ...eligibleValues, partners: [club] }, { mode: "submit" });
    expect(asked.fieldErrors["partners.0.supraRegional"]).toEqual(["Bitte wählen Sie bei „Überregional tätig (Landes- oder Bundesverband)“ eine Antwort aus."]);
    expect(asked.nextFields).toEqual(["partners.0.supraRegional"]);
    const result = validateForm({ ...eligibleValues, partners: [{ ...club, supraRegional: false }] }, { mode: "submit" });
    expect(result.decision.status).toBe("needs-review");
    expect(result.valid).toBe(true);
    const warning = Object.values(result.fieldWarnings).flat().find((message) => message.startsWith("Mindestens ein Partner ist keine kommunale"));
    expect(warning).toMatch(/\(Auslegung: Was „kommunal“ heißt: .+; Örtlicher Sportverein oder freie Bühne ohne kommunalen Partner: Prüfung durch Bildungspartner NRW\)$/);
    const verband = validateForm({ ...eligibleValues, partners: [{ ...club, name: "Landesverband Theaterpädagogik e. V.", category: "stage", supraRegional: true }] });
    expect(verband.decision.status).toBe("not-eligible");
    expect(verband.valid).toBe(false);
  });

  it("takes a one-year term that renews itself until notice, and names the reading that counts it as two years", () => {
    const agreement = { ...eligibleValues.agreement, endDate: "2026-07-31", renewsAutomatically: true };
    const result = validateForm({ ...eligibleValues, agreement }, { mode: "submit" });
    expect(result.decision.status).toBe("eligible");
    expect(result.decision.criteria.find((c) => c.id === "min-duration")?.readings.map((r) => r.id)).toEqual(["verlaengert-sich-selbst"]);
    const once = validateForm({ ...eligibleValues, agreement: { ...agreement, renewsAutomatically: false } }, { mode: "submit" });
    expect(once.decision.status).toBe("needs-review");
  });

  it("keeps a Muss-Kriterium not met an error beside Soll-Kriterien", () => {
    const values = { ...eligibleValues, agreement: { ...eligibleValues.agreement, endDate: "2026-07-31", signedByPartners: false } };
    const result = validateForm(values, { mode: "submit" });
    expect(result.valid).toBe(false);
    expect(result.decision.status).toBe("not-eligible");
    expect(Object.keys(result.fieldErrors)).toEqual(["agreement.signedByPartners"]);
    expect(Object.keys(result.fieldWarnings)).toEqual(["agreement.startDate", "agreement.indefinite", "agreement.endDate"]);
  });

  it("while typing, does not count empty fields as errors", () => {
    const result = validateForm({ school: { name: "", schoolNumber: "" }, partners: [{ name: "" }], contacts: [] });
    expect(result).toMatchObject({ valid: true, fieldErrors: {}, formErrors: [] });
    expect(result.decision.status).toBe("incomplete");
  });

  it("on submit, requires every field, each with its own message", () => {
    const result = validateForm({ school: { name: "Grundschule am Park" } }, { mode: "submit" });
    expect(result.valid).toBe(false);
    expect(result.fieldErrors["school.schoolNumber"]).toEqual(["Bitte geben Sie „Schulnummer“ an."]);
    expect(result.fieldErrors["school.type"]).toEqual(["Bitte wählen Sie bei „Art der Einrichtung“ eine Antwort aus."]);
    expect(result.fieldErrors.partners).toEqual(["Bitte nennen Sie mindestens einen Partner."]);
    expect(result.fieldErrors["agreement.endDate"]).toEqual(["Bitte geben Sie „Ende der Vereinbarung“ an."]);
    expect(result.fieldErrors).not.toHaveProperty("school.name");
  });

  it("on submit, needs no end date for an indefinite agreement, and a partner for a partner's contact", () => {
    const values = {
      ...eligibleValues,
      agreement: { ...eligibleValues.agreement, indefinite: true, endDate: null },
      contacts: [eligibleValues.contacts[0], { side: "partner", name: "Bernd Meyer", email: "bernd.meyer@musterstadt.de" }],
    };
    const result = validateForm(values, { mode: "submit" });
    expect(Object.keys(result.fieldErrors)).toEqual(["contacts.1.partner"]);
  });

  it("puts rule results at the fields they concern", () => {
    const result = validateForm({
      ...eligibleValues,
      school: { ...eligibleValues.school, type: "kita" },
      partners: [{ name: "Autohaus", category: "other", municipal: false }],
      contacts: [{ ...eligibleValues.contacts[0], email: "info@gymnasium-stadtpark.de" }, eligibleValues.contacts[1]],
      agreement: { ...eligibleValues.agreement, signedByPartners: false },
    });
    // No partner is municipal (the list), and this one needs a municipal partner (its category and status).
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["agreement.signedByPartners", "partners", "partners.0.category", "partners.0.municipal", "school.type"]);
    expect(result.issues.filter((issue) => issue.code === "criterion").map(({ path, params }) => [path, params.criterion])).toEqual([
      ["agreement.signedByPartners", "signed-by-all"],
      ["partners.0.category", "eligible-category"],
      ["partners", "third-partner"],
      ["partners.0.category", "third-partner"],
      ["partners.0.municipal", "third-partner"],
      ["school.type", "kindergarten-excluded"],
    ]);
    expect(Object.keys(result.fieldWarnings)).toEqual(["contacts.0.email"]);
    expect(result.fieldErrors["school.type"]?.[0]).toMatch(/Kindergärten und Kindertageseinrichtungen/);
  });

  it("reports contradictions at the field to correct", () => {
    const result = validateForm({ agreement: { startDate: "2025-08-01", endDate: "2025-07-01" } });
    expect(result.fieldErrors["agreement.endDate"]).toEqual(["Das Ende der Vereinbarung liegt vor ihrem Beginn."]);
  });

  it("names the page's own date format in a mistyped date's message, when given", () => {
    const values = { agreement: { startDate: "31.02.2027" } };
    expect(validateForm(values).fieldErrors["agreement.startDate"]).toEqual([expect.stringContaining("im Format JJJJ-MM-TT an.")]);
    const german = validateForm(values, { dateFormat: "TT.MM.JJJJ" });
    expect(german.fieldErrors["agreement.startDate"]).toEqual([expect.stringContaining("im Format TT.MM.JJJJ an.")]);
    expect(german.issues.find((issue) => issue.path === "agreement.startDate")).toMatchObject({ code: "invalid_date", params: { format: "TT.MM.JJJJ" } });
    expect(validateForm(values, { lang: "en", dateFormat: "DD.MM.YYYY" }).fieldErrors["agreement.startDate"]).toEqual([expect.stringContaining("as DD.MM.YYYY.")]);
  });

  it("answers in English on request", () => {
    const result = validateForm({ school: { schoolNumber: "1" } }, { lang: "en", mode: "submit" });
    expect(result.fieldErrors["school.schoolNumber"]).toEqual(["The school number must consist of exactly six digits."]);
    expect(result.fieldErrors["school.name"]).toEqual(["Please enter “School name”."]);
  });

  it("puts a value that is no form at all into the form errors", () => {
    const result = validateForm("hello");
    expect(result.formErrors).toEqual([expect.stringMatching(/JSON-Objekt/)]);
    expect(result.valid).toBe(false);
  });
});

describe("nextFields", () => {
  it("lists what is still needed for a decision, in form order", () => {
    expect(validateForm({}).nextFields).toEqual([
      "school.type",
      "partners",
      "agreement.written",
      "agreement.startDate",
      "agreement.indefinite",
      "agreement.endDate",
      "agreement.openToAllPupils",
      "agreement.mentionsProgramme",
      "agreement.signedBySchool",
      "agreement.signedByPartners",
      "contacts",
    ]);
  });

  it("leaves out the third-partner fields once a partner is municipal", () => {
    const values = {
      ...eligibleValues,
      partners: [
        { name: "Stadtarchiv Musterstadt", category: "archive", municipal: true },
        { name: "Landesverband", category: "stage" },
      ],
      contacts: [...eligibleValues.contacts, { side: "partner", partner: 1, name: "Carla Berg" }],
    };
    expect(validateForm(values).nextFields).toEqual(["contacts.2.email"]);
  });

  it("asks for a second partner's municipal status while no partner is known to be municipal", () => {
    const values = { ...eligibleValues, partners: [{ name: "Verband", category: "stage", municipal: false }, { name: "Museum", category: "museum" }] };
    expect(validateForm(values).nextFields).toContain("partners.1.municipal");
  });

  it("asks nothing more once a kindergarten is entered", () => {
    expect(validateForm({ school: { type: "kindergarten" } }).nextFields).toEqual([]);
  });
});
