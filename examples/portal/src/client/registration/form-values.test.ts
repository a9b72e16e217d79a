import { describe, expect, it } from "vitest";
import { eligibleApplication } from "../../../test/fixtures.js";
import { initialValues, isoDate, toApplication, type FormValues } from "./form-values.js";
import { resolver } from "./resolver.js";

const filled: FormValues = {
  school: { type: "gymnasium", name: " Gymnasium am Stadtpark 1 ", schoolNumber: "165432" },
  partners: [{ name: "Stadtarchiv Musterstadt 1", category: "archive", municipal: "true", supraRegional: "true" }],
  agreement: {
    written: "true",
    startDate: "01.08.2025",
    indefinite: "false",
    endDate: "31.7.2027",
    openToAllPupils: "true",
    mentionsProgramme: "true",
    signedBySchool: "true",
    signedByPartners: "true",
  },
  contacts: [
    { side: "school", name: "Anna Schmidt", email: "anna.schmidt@gymnasium-stadtpark.de " },
    { side: "partner", partner: 0, name: "Bernd Meyer", email: "bernd.meyer@musterstadt.de" },
  ],
};

const resolve = (values: FormValues) => resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("toApplication", () => {
  it("leaves empty fields out and keeps the contacts' sides", () => {
    expect(toApplication(initialValues)).toEqual({
      school: {},
      partners: [{}],
      agreement: {},
      contacts: [{ side: "school" }, { side: "partner", partner: 0 }],
    });
  });

  it("turns a filled form into the application: trimmed text, yes/no as booleans", () => {
    expect(toApplication(filled)).toEqual(eligibleApplication(1));
  });

  it("asks a partner whether it works across regions only when it is not municipal", () => {
    const club = { name: "TuS Musterstadt", category: "sports-club", municipal: "false" as const, supraRegional: "false" as const };
    expect(toApplication({ ...filled, partners: [club] }).partners).toEqual([{ name: "TuS Musterstadt", category: "sports-club", municipal: false, supraRegional: false }]);
    expect(toApplication(filled).partners?.[0]).not.toHaveProperty("supraRegional");
  });

  it("drops the end date of an indefinite agreement", () => {
    const indefinite = { ...filled, agreement: { ...filled.agreement, indefinite: "true" as const } };
    expect(toApplication(indefinite).agreement).not.toHaveProperty("endDate");
    expect(toApplication(indefinite).agreement?.indefinite).toBe(true);
  });
});

describe("resolver (react-hook-form, Standard Schema, partial mode)", () => {
  it("puts German messages at the inputs' own paths", async () => {
    const result = await resolve({ ...filled, school: { ...filled.school, schoolNumber: "12" } });
    expect(result.errors).toMatchObject({ school: { schoolNumber: { message: "Die Schulnummer muss aus genau sechs Ziffern bestehen." } } });
    const unsigned = structuredClone(filled);
    unsigned.agreement.signedByPartners = "false";
    expect((await resolve(unsigned)).errors).toMatchObject({ agreement: { signedByPartners: { message: expect.stringMatching(/unterzeichnet/) } } });
  });

  it("lets a Soll-Kriterium not met through: the registration goes to Bildungspartner NRW for review", async () => {
    const mailbox = structuredClone(filled);
    mailbox.contacts[1]!.email = "info@musterstadt.de";
    expect((await resolve(mailbox)).errors).toEqual({});
  });

  it("finds nothing wrong in an empty form while typing, and gives the application when valid", async () => {
    expect((await resolve(initialValues)).errors).toEqual({});
    const result = await resolve(filled);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual(eligibleApplication(1));
  });

  it("reads dates the German way and leaves other text for the core to name", () => {
    expect(isoDate("01.08.2025")).toBe("2025-08-01");
    expect(isoDate("1.8.2025")).toBe("2025-08-01");
    expect(isoDate("2025-08-01")).toBe("2025-08-01");
    expect(isoDate("morgen")).toBe("morgen");
  });

  it("shows core's date message with the format the form takes, rendered by core from code and params", async () => {
    const result = await resolve({ ...initialValues, agreement: { ...initialValues.agreement, startDate: "morgen" } });
    expect(result.errors).toMatchObject({
      agreement: { startDate: { type: "invalid_date", message: "„Beginn der Vereinbarung“ ist kein gültiges Datum. Bitte geben Sie ein Kalenderdatum im Format TT.MM.JJJJ an." } },
    });
  });
});
