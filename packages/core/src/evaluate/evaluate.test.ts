import { eligible, loadRuleSetDir, testRuleSetDir } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { categories } from "../application/data.js";
import { BildungspartnerError } from "../errors.js";
import type { Decision } from "./decision.js";
import { evaluate, evaluateSync } from "./evaluate.js";
import { criterionIds } from "./rule-file.js";
import { shippedRuleSets } from "./shipped-rules.js";

const statusOf = (decision: { criteria: Array<{ id: string; status: string }> }, id: string) =>
  decision.criteria.find((c) => c.id === id)?.status;

describe("evaluate with a list of categories of its own", () => {
  const stageAlone = { ...eligible, partners: [{ name: "Freie Bühne", category: "stage", municipal: false, supraRegional: false }] };
  const stageNeedsPartner = categories.map((c) => (c.id === "stage" ? { ...c, thirdPartner: { ...c.thirdPartner, needed: true } } : c));
  const stageNeedsNone = categories.map((c) => (c.id === "stage" ? { ...c, thirdPartner: { ...c.thirdPartner, needed: false } } : c));
  const archiveOutside = categories.map((c) => (c.id === "archive" ? { ...c, inProgramme: false } : c));

  it("reads the third-partner reading and the programme's list from the given categories, in both evaluators", async () => {
    expect(statusOf(await evaluate(stageAlone), "third-partner")).toBe("not-met");
    expect(statusOf(await evaluate(stageAlone, { categories: stageNeedsNone }), "third-partner")).toBe("met");
    expect(statusOf(await evaluate(stageAlone, { categories: stageNeedsPartner }), "third-partner")).toBe("not-met");
    expect(statusOf(evaluateSync(stageAlone, { categories: stageNeedsPartner }), "third-partner")).toBe("not-met");
    expect(statusOf(evaluateSync(eligible, { categories: archiveOutside }), "eligible-category")).toBe("not-met");
    expect(statusOf(evaluateSync(eligible), "eligible-category")).toBe("met");
  });
});

describe("the third partner (FAQ „Besonderheit“)", () => {
  const alone = (partner: Record<string, unknown>) => ({ ...eligible, partners: [partner] });
  const thirdPartner = (decision: Decision) => decision.criteria.find((c) => c.id === "third-partner");

  it("rules out a supra-regional association alone, whatever its category (the FAQ's own example)", async () => {
    const verband = alone({ name: "Landesverband Theaterpädagogik e. V.", category: "stage", municipal: false, supraRegional: true });
    const decision = await evaluate(verband);
    expect(decision.status).toBe("not-eligible");
    expect(thirdPartner(decision)).toMatchObject({ status: "not-met", level: "must", readings: [{ id: "kommunal" }] });
    expect(evaluateSync(verband)).toEqual(decision);
  });

  it("leaves a local, non-municipal sports club alone to review, naming the reading", async () => {
    const club = alone({ name: "TuS Musterstadt 1898 e. V.", category: "sports-club", municipal: false, supraRegional: false });
    const decision = await evaluate(club);
    expect(decision.status).toBe("needs-review");
    expect(thirdPartner(decision)).toMatchObject({
      status: "not-met",
      level: "should",
      readings: [{ id: "kommunal" }, { id: "local-club-or-stage-without-municipal-partner" }],
    });
    expect(thirdPartner(decision)?.readings[1]?.title).toMatch(/^Örtlicher Sportverein oder freie Bühne/);
    expect(evaluateSync(club)).toEqual(decision);
  });

  it("rules out a non-municipal museum alone, and asks a non-municipal club whether it works across regions", async () => {
    const museum = alone({ name: "Museumsverein Musterstadt e. V.", category: "museum", municipal: false, supraRegional: false });
    expect((await evaluate(museum)).status).toBe("not-eligible");
    const club = alone({ name: "TuS Musterstadt 1898 e. V.", category: "sports-club", municipal: false });
    const decision = evaluateSync(club);
    expect(decision.status).toBe("incomplete");
    expect(thirdPartner(decision)?.missing).toEqual(["partners.0.supraRegional"]);
  });

  it("does not let a review reading soften a partner that needs a municipal partner for certain", () => {
    const both = {
      ...eligible,
      partners: [
        { name: "TuS Musterstadt 1898 e. V.", category: "sports-club", municipal: false, supraRegional: false },
        { name: "Museumsverein Musterstadt e. V.", category: "museum", municipal: false, supraRegional: false },
      ],
    };
    const decision = evaluateSync(both);
    expect(decision.status).toBe("not-eligible");
    expect(thirdPartner(decision)).toMatchObject({ level: "must", readings: [{ id: "kommunal" }] });
  });
});

describe("personal e-mail addresses: the address bears the contact's name", () => {
  const withSchoolContact = (contact: Record<string, unknown>) => ({ ...eligible, contacts: [contact, eligible.contacts[1]] });
  const personalEmail = (decision: Decision) => decision.criteria.find((c) => c.id === "personal-email")!;

  it("counts thomas.kreis@ as Thomas Kreis's personal address, naming the reading", async () => {
    const decision = await evaluate(withSchoolContact({ side: "school", name: "Thomas Kreis", email: "thomas.kreis@kreis-borken.de" }));
    expect(decision.status).toBe("eligible");
    expect(personalEmail(decision)).toMatchObject({ status: "met", readings: [{ id: "persoenlich-traegt-namen" }] });
  });

  it("leaves an address without the name to review, naming the address and what a personal one looks like", async () => {
    const app = withSchoolContact({ side: "school", name: "Anna Schmidt", email: "fachbereich.jugend@musterstadt.de" });
    const decision = await evaluate(app);
    expect(decision.status).toBe("needs-review");
    expect(personalEmail(decision)).toMatchObject({
      status: "not-met",
      level: "should",
      paths: ["contacts.0.email"],
      readings: [{ id: "soll-kriterium" }, { id: "persoenlich-traegt-namen" }],
    });
    expect(personalEmail(decision).message).toContain("Nicht persönlich: fachbereich.jugend@musterstadt.de – ");
    expect(personalEmail(decision).message).toContain("anna.schmidt@, a.schmidt@ oder schmidt@ für Anna Schmidt");
    expect(personalEmail(evaluateSync(app, { lang: "en" })).message).toContain("Not personal: fachbereich.jugend@musterstadt.de – ");
    expect(evaluateSync(app)).toEqual(decision);
  });
});

describe("evaluate", () => {
  it("finds a complete, correct application eligible, with every criterion explained", async () => {
    const decision = await evaluate(eligible);
    expect(decision.status).toBe("eligible");
    expect(decision.issues).toEqual([]);
    expect(decision.criteria.map((c) => c.id)).toEqual(criterionIds);
    for (const criterion of decision.criteria) {
      expect(criterion.status).toBe("met");
      expect(criterion.title.length).toBeGreaterThan(0);
      expect(criterion.message.length).toBeGreaterThan(0);
      expect(criterion.source.url).toMatch(/^https:\/\/www\.bildungspartner\.schulministerium\.nrw\.de\//);
      expect(criterion).not.toHaveProperty("missing");
    }
    expect(decision.ruleSet).toEqual({ version: "1.0.0", validFrom: "2023-05-31" });
  });

  it("reports an empty input as incomplete, naming what is missing", async () => {
    const decision = await evaluate({});
    expect(decision.status).toBe("incomplete");
    expect(decision.criteria.every((c) => c.status === "unknown")).toBe(true);
    expect(decision.criteria.find((c) => c.id === "min-duration")?.missing).toEqual(
      expect.arrayContaining(["agreement.startDate", "agreement.endDate"]),
    );
    expect(decision.criteria.find((c) => c.id === "written-agreement")?.missing).toEqual(["agreement.written"]);
  });

  it("lets a definite failure win over missing sections", async () => {
    const decision = await evaluate({ school: { type: "kita" } });
    expect(decision.status).toBe("not-eligible");
    expect(statusOf(decision, "kindergarten-excluded")).toBe("not-met");
    expect(statusOf(decision, "written-agreement")).toBe("unknown");
  });

  it("is invalid when a field is wrong, naming the field in German", async () => {
    const decision = await evaluate({ ...eligible, school: { ...eligible.school, schoolNumber: "12345" } });
    expect(decision.status).toBe("invalid");
    expect(decision.issues).toEqual([
      { path: "school.schoolNumber", code: "invalid_school_number", params: {}, message: "Die Schulnummer muss aus genau sechs Ziffern bestehen." },
    ]);
    // the valid rest is still judged
    expect(statusOf(decision, "written-agreement")).toBe("met");
  });

  it.each([
    ["an end date before the start", { endDate: "2025-07-31" }, "end_before_start"],
    ["an end date with indefinite", { endDate: "2027-07-31", indefinite: true }, "end_date_with_indefinite"],
    ["an impossible date", { endDate: "2027-02-30" }, "invalid_date"],
    ["a date in another format", { startDate: "01.08.2025" }, "invalid_date"],
  ])("is invalid for %s", async (_, change, code) => {
    const decision = await evaluate({ ...eligible, agreement: { ...eligible.agreement, ...change } });
    expect(decision.status).toBe("invalid");
    expect(decision.issues.map((i) => i.code)).toEqual([code]);
    expect(decision.issues[0]?.path).toMatch(/^agreement\.(start|end)Date$/);
  });

  it("is invalid for a contact of a partner that does not exist and for a malformed address", async () => {
    const decision = await evaluate({
      ...eligible,
      contacts: [eligible.contacts[0], { side: "partner", partner: 3, name: "X Y", email: "x@" }],
    });
    expect(decision.status).toBe("invalid");
    expect(decision.issues.map((i) => [i.path, i.code])).toEqual([
      ["contacts.1.email", "invalid_email"],
      ["contacts.1.partner", "unknown_partner"],
    ]);
  });

  it("ignores unknown keys", async () => {
    const decision = await evaluate({ ...eligible, extra: 1, school: { ...eligible.school, motto: "Lernen" } });
    expect(decision.status).toBe("eligible");
  });

  it("treats empty form fields as not given", async () => {
    const decision = await evaluate({ school: { name: "", schoolNumber: "  " }, agreement: { startDate: "" } });
    expect(decision.status).toBe("incomplete");
    expect(decision.issues).toEqual([]);
  });

  it("answers in English on request", async () => {
    const decision = await evaluate({ school: { schoolNumber: "1" } }, { lang: "en" });
    expect(decision.issues[0]?.message).toBe("The school number must consist of exactly six digits.");
    expect(decision.criteria[0]?.title).toBe("Written cooperation agreement");
  });

  it("never throws on bad input", async () => {
    for (const input of [undefined, null, 0, "x", [], [1], true, { school: [] }, { partners: {} }, { contacts: "a" }]) {
      await expect(evaluate(input)).resolves.toMatchObject({ status: "invalid" });
    }
  });

  it("rejects programmer mistakes in the options with a coded error", async () => {
    await expect(evaluate(eligible, { lang: "fr" as never })).rejects.toMatchObject({ code: "INVALID_OPTION" });
    await expect(evaluate(eligible, { asOf: "2025-02-30" })).rejects.toMatchObject({ code: "INVALID_OPTION" });
    await expect(evaluate(eligible, { asOf: "2020-01-01" })).rejects.toBeInstanceOf(BildungspartnerError);
    expect(() => evaluateSync(eligible, { asOf: "2020-01-01" })).toThrow(/2020-01-01 liegt vor dem Gültigkeitsbeginn jedes Regelsatzes/);
    for (const options of [{ asOf: { toString: 0 } }, { asOf: 20250801 }, { ruleSets: 5 }, { ruleSets: "x" }]) {
      expect(() => evaluateSync(eligible, options as never)).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
    }
  });

  it("applies the rule set in force on asOf, read from a second rule-set folder", async () => {
    const current = shippedRuleSets()[0]!;
    const stricter = loadRuleSetDir(testRuleSetDir); // minimum duration 36 months from 2027-08-01
    expect([current.validFrom, stricter.validFrom]).toEqual(["2023-05-31", "2027-08-01"]);
    for (const ruleSets of [
      [current, stricter],
      [stricter, current],
    ]) {
      const before = await evaluate(eligible, { ruleSets, asOf: "2027-07-31" });
      const after = await evaluate(eligible, { ruleSets, asOf: "2027-08-01" });
      expect(before).toMatchObject({ status: "eligible", ruleSet: { version: "1.0.0", validFrom: "2023-05-31" } });
      // min-duration is a Soll-Kriterium: a term too short under 2.0.0 leaves the decision to the programme office.
      expect(after).toMatchObject({ status: "needs-review", ruleSet: { version: "2.0.0", validFrom: "2027-08-01" } });
      expect(after.criteria.find((c) => c.id === "min-duration")).toMatchObject({
        status: "not-met",
        title: "Langfristige Vereinbarung (mindestens drei Jahre)",
      });
      expect(evaluateSync(eligible, { ruleSets, asOf: "2027-08-01" })).toEqual(after);
      expect(evaluateSync(eligible, { ruleSets, asOf: "2027-07-31" })).toEqual(before);
    }
    // a three-year agreement meets both
    const longer = { ...eligible, agreement: { ...eligible.agreement, endDate: "2028-07-31" } };
    expect((await evaluate(longer, { ruleSets: [current, stricter], asOf: "2030-01-01" })).status).toBe("eligible");
  });

  it("gives the right answers to overlapping calls", async () => {
    const inputs = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0 ? eligible : { ...eligible, agreement: { ...eligible.agreement, written: false } },
    );
    const decisions = await Promise.all(inputs.map((input) => evaluate(input)));
    decisions.forEach((decision, i) => expect(decision.status).toBe(i % 2 === 0 ? "eligible" : "not-eligible"));
  });
});

describe("the inputs that decided each criterion", () => {
  it("names the fields to change for a criterion not met, and the deciding ones for a criterion met", () => {
    const decision = evaluateSync({
      ...eligible,
      partners: [{ name: "Autohaus", category: "other", municipal: false }, ...eligible.partners],
      contacts: [{ ...eligible.contacts[0], email: "info@gymnasium-stadtpark.de" }, eligible.contacts[1]],
      agreement: { ...eligible.agreement, signedByPartners: false },
    });
    const paths = Object.fromEntries(decision.criteria.map((c) => [c.id, c.paths]));
    expect(paths).toMatchObject({
      "eligible-category": ["partners.0.category"],
      "personal-email": ["contacts.0.email"],
      "signed-by-all": ["agreement.signedByPartners"],
      "written-agreement": ["agreement.written"],
      "kindergarten-excluded": ["school.type"],
    });
  });

  it("names none while a criterion is unknown, and the same in both evaluators", async () => {
    const values = { agreement: { written: true }, partners: [{ category: "museum" }] };
    const [sync, reference] = [evaluateSync(values), await evaluate(values)];
    expect(sync).toEqual(reference);
    for (const criterion of sync.criteria) expect(criterion.paths.length === 0).toBe(criterion.status === "unknown");
  });
});
