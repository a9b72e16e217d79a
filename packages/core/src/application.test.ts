import { eligible } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { fieldLabel, limits, parseApplication } from "./application.js";

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
      "school.name invalid_type",
      "school.schoolNumber invalid_school_number",
      "school.type invalid_option",
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
