import { checkAgreementText } from "@bildungspartner/agreement";
import { evaluateSync } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { agreementText, eligibleApplication } from "../../test/fixtures.js";
import { compareWithForm, germanDate, redactedReading } from "./mismatches.js";

const compare = (app: ReturnType<typeof eligibleApplication>, lines: string[]) =>
  compareWithForm(app, evaluateSync(app), checkAgreementText(lines.join("\n"), { asOf: "2025-06-01" }));

describe("compareWithForm", () => {
  it("finds nothing when the agreement says what the form says", () => {
    expect(compare(eligibleApplication(), agreementText())).toEqual([]);
  });

  it("points at the end date when the text names another one", () => {
    const mismatches = compare(eligibleApplication(), agreementText(1, "Die Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2026."));
    const end = mismatches.find((m) => m.key === "agreement.endDate");
    expect(end).toMatchObject({ field: "agreement.endDate", label: "Ende der Vereinbarung", formValue: "31.07.2027", documentValue: "31.07.2026" });
    expect(end?.evidence.map((e) => e.text).join(" ")).toContain("31.07.2026");
    // The duration criterion is covered by the date mismatch, not reported twice.
    expect(mismatches.filter((m) => m.key === "criterion:min-duration")).toEqual([]);
  });

  it("reports a term of one year against two years in the form", () => {
    const mismatches = compare(eligibleApplication(), agreementText(1, "Die Laufzeit beträgt ein Jahr."));
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ key: "criterion:min-duration", field: "agreement.endDate", formValue: "01.08.2025 bis 31.07.2027" });
    expect(mismatches[0]!.documentValue).toContain("12 Monate");
    expect(mismatches[0]!.evidence.map((e) => e.text)).toEqual(["beträgt ein Jahr"]);
  });

  it("dates a term from the signing by the date beside the signature lines", () => {
    const mismatches = compare(eligibleApplication(), agreementText(1, "Die Laufzeit beträgt ein Jahr ab Unterzeichnung."));
    expect(mismatches.map((m) => [m.key, m.formValue, m.documentValue])).toEqual([
      ["agreement.startDate", "01.08.2025", "15.06.2025"],
      ["agreement.endDate", "31.07.2027", "14.06.2026"],
    ]);
  });

  it("names institutions and persons of the text that the form lacks", () => {
    const app = eligibleApplication();
    app.school!.name = "Realschule Nord";
    app.contacts![1]!.name = "Carla Krämer";
    const keys = compare(app, agreementText()).map((m) => [m.key, m.documentValue]);
    expect(keys).toEqual([
      ["school.name", "Gymnasium am Stadtpark 1"],
      ["contact:1", "Bernd Meyer"],
    ]);
  });

  it("never calls the same institution or person different: declension, abbreviations, surname first", () => {
    const app = eligibleApplication();
    app.school!.name = "Städtisches Gymnasium am Stadtpark 1";
    app.contacts![0]!.name = "Anna Schmidt";
    const text = agreementText()
      .map((line) => line.replace("dem Gymnasium am Stadtpark 1", "dem Städt. Gymnasium am Stadtpark 1"))
      .map((line) => line.replace("Frau Anna Schmidt,", "Schmidt, Anna –"));
    const report = checkAgreementText(text.join("\n"), { asOf: "2025-06-01", application: app });
    expect(compareWithForm(app, evaluateSync(app), report)).toEqual([]);
  });

  it("takes longer official names and titles as the same name", () => {
    const app = eligibleApplication();
    app.school!.name = "Städtisches Gymnasium am Stadtpark 1";
    app.contacts![0]!.name = "Dr. Anna Schmidt";
    expect(compare(app, agreementText())).toEqual([]);
  });
});

describe("redactedReading", () => {
  it("redacts a contact mismatch's passages as the contact finding's, and keeps the other passages", () => {
    const app = eligibleApplication();
    app.contacts![1]!.name = "Carla Krämer";
    const lines = agreementText(1, "Die Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2026.");
    const report = checkAgreementText(lines.join("\n"), { asOf: "2025-06-01" });
    const mismatches = compareWithForm(app, evaluateSync(app), report);
    const contact = mismatches.find((m) => m.key === "contact:1");
    expect(contact?.evidence.map((e) => e.text).join(" ")).toContain("Meyer");

    const reading = redactedReading(report, mismatches);
    const stored = JSON.stringify(reading.mismatches.map((m) => m.evidence));
    expect(stored).not.toContain("Meyer");
    expect(stored).not.toContain("bernd.meyer@");
    expect(reading.mismatches.find((m) => m.key === "contact:1")?.evidence).toHaveLength(contact!.evidence.length);
    expect(reading.mismatches.find((m) => m.key === "agreement.endDate")?.evidence.map((e) => e.text).join(" ")).toContain("31.07.2026");
  });
});

describe("germanDate", () => {
  it("writes ISO dates the German way", () => {
    expect(germanDate("2025-08-01")).toBe("01.08.2025");
    expect(germanDate("unbekannt")).toBe("unbekannt");
  });
});
