import { eligible } from "@bildungspartner/test-kit";
import { describe, expect, expectTypeOf, it } from "vitest";
import { fieldLabel, isBlank, issueMessage, limits, parseApplication, type Application } from "./application.js";
import type { CategoryId, SchoolTypeId } from "./data.js";
import { parseSituation, situationIssueMessage } from "../offerings/situation.js";

describe("Application", () => {
  it("is read off the field spec: every field optional, with the type of its kind", () => {
    // Checked by the compiler (typecheck): the shape the hand-written interfaces had.
    expectTypeOf<Application>().toEqualTypeOf<{
      school?: { type?: SchoolTypeId; name?: string; schoolNumber?: string };
      partners?: { name?: string; category?: CategoryId; municipal?: boolean; supraRegional?: boolean }[];
      agreement?: {
        written?: boolean;
        startDate?: string;
        indefinite?: boolean;
        endDate?: string | null;
        renewsAutomatically?: boolean;
        openToAllPupils?: boolean;
        mentionsProgramme?: boolean;
        signedBySchool?: boolean;
        signedByPartners?: boolean;
      };
      contacts?: { side?: "school" | "partner"; partner?: number; name?: string; email?: string }[];
    }>();
  });
});

describe("parseApplication", () => {
  it("keeps a valid application as it is", () => {
    expect(parseApplication(eligible)).toEqual({ application: eligible, issues: [] });
  });

  it("names each bad field by its dotted path and leaves it out", () => {
    const { application, issues } = parseApplication({
      school: { name: 7, schoolNumber: "16543a", type: "uni" },
      partners: [{ name: "Museum", category: "zoo", municipal: "ja" }, "Bibliothek"],
      agreement: { written: "yes", startDate: "2025-02-30" },
      contacts: [{ side: "both", partner: -1, email: "no-at-sign" }],
    });
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      "school.type invalid_option",
      "school.name invalid_type",
      "school.schoolNumber invalid_school_number",
      "partners.0.category invalid_option",
      "partners.0.municipal invalid_type",
      "partners.1 invalid_type",
      "agreement.written invalid_type",
      "agreement.startDate invalid_date",
      "contacts.0.side invalid_option",
      "contacts.0.partner invalid_partner_index",
      "contacts.0.email invalid_email",
    ]);
    expect(application).toEqual({ school: {}, partners: [{ name: "Museum" }, {}], agreement: {}, contacts: [{}] });
  });

  it("refuses texts and lists beyond the documented limits", () => {
    const { issues } = parseApplication({
      school: { name: "x".repeat(limits.textLength + 1) },
      partners: Array.from({ length: limits.partners + 1 }, () => ({})),
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["school.name", "too_long"],
      ["partners", "too_many"],
    ]);
    expect(issues[0]?.message).toBe(`„Name der Schule“ ist zu lang: höchstens ${limits.textLength} Zeichen.`);
  });

  it("reports contradictions and drops the contradicting field", () => {
    const { application, issues } = parseApplication({
      agreement: { startDate: "2025-08-01", endDate: "2027-07-31", indefinite: true },
      partners: [{}],
      contacts: [{ side: "partner", partner: 1 }],
    });
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      "agreement.endDate end_date_with_indefinite",
      "contacts.0.partner unknown_partner",
    ]);
    expect(application.agreement).toEqual({ startDate: "2025-08-01", indefinite: true });
    expect(application.contacts).toEqual([{ side: "partner" }]);
  });

  it("accepts an end date equal to the start", () => {
    expect(parseApplication({ agreement: { startDate: "2025-08-01", endDate: "2025-08-01" } }).issues).toEqual([]);
  });

  it("never copies unknown or prototype keys", () => {
    const input = JSON.parse('{"__proto__":{"polluted":1},"school":{"constructor":{"prototype":{"x":1}},"name":"A"},"extra":1}') as unknown;
    const { application, issues } = parseApplication(input);
    expect(issues).toEqual([]);
    expect(application).toEqual({ school: { name: "A" } });
    expect(Object.keys(application.school!)).toEqual(["name"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("fieldLabel", () => {
  it("gives the label people see, in both languages", () => {
    expect(fieldLabel("contacts.3.email")).toBe("E-Mail-Adresse");
    expect(fieldLabel("agreement.endDate", "en")).toBe("End date");
  });
});

describe("isBlank", () => {
  it("counts absent, null and white space as not given, and nothing else", () => {
    for (const value of [undefined, null, "", "  ", "\t\n"]) expect(isBlank(value)).toBe(true);
    for (const value of [0, false, "0", " x ", [], {}, Number.NaN]) expect(isBlank(value)).toBe(false);
  });

  it("means the same to applications and situations: a blank field is not given, never wrong", () => {
    const blanks = { school: { name: null, schoolNumber: " " }, agreement: { endDate: null, indefinite: "" } };
    expect(parseApplication(blanks)).toEqual({ application: { school: {}, agreement: {} }, issues: [] });
    expect(parseSituation({ registered: null, flyers: { count: "" }, funding: null, application: null })).toEqual({ situation: {}, issues: [] });
  });
});

describe("issues as data", () => {
  it("carry code, path and params, and render in either language", () => {
    const [issue] = parseApplication({ school: { name: "x".repeat(limits.textLength + 1) } }, "en").issues;
    expect(issue).toEqual({ path: "school.name", code: "too_long", params: { max: limits.textLength }, message: `“School name” is too long: at most ${limits.textLength} characters.` });
    expect(issueMessage({ path: "school.name", code: "too_long", params: issue!.params }, "de")).toBe(`„Name der Schule“ ist zu lang: höchstens ${limits.textLength} Zeichen.`);
  });

  it("render situation issues, and the application's inside them, in either language", () => {
    const { issues } = parseSituation({ flyers: { count: 0 }, registered: "ja", application: {} });
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: "registered", code: "invalid_type", params: { expected: "boolean" } },
      { path: "flyers.count", code: "invalid_flyer_count", params: { max: 100_000 } },
    ]);
    expect(issues.map((issue) => situationIssueMessage(issue, "en"))).toEqual([
      "“Registration of the partnership” has the wrong form: expected yes (true) or no (false).",
      "The number of flyers wanted is a whole number from 1 to 100,000.",
    ]);
    expect(issues[1]?.message).toBe("Die gewünschte Zahl der Flyer ist eine ganze Zahl von 1 bis 100.000.");
    const inner = { path: "application.school.schoolNumber", code: "invalid_school_number" as const, params: {} };
    expect(situationIssueMessage(inner, "en")).toBe("The school number must consist of exactly six digits.");
  });
});
