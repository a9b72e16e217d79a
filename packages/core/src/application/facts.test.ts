import { eligible } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import type { Application } from "./application.js";
import { deriveFacts, factDefinitions, factNames, type FactName } from "./facts.js";

/** The value of one fact and the input paths that would decide it. */
const fact = (app: Application, name: FactName) => {
  const { values, missing } = deriveFacts(app);
  return { value: values[name], missing: missing[name] };
};
const known = (value: boolean | number | string) => ({ value, missing: [] });
const unknown = (...missing: string[]) => ({ value: null, missing });

/** The input paths of the facts read from their own fields: the same whether they are missing or decided. */
const ownFieldPaths = {
  "agreement.written": ["agreement.written"],
  "agreement.indefinite": ["agreement.indefinite"],
  "agreement.renewsAutomatically": ["agreement.endDate"],
  "agreement.coversMonths": ["agreement.startDate", "agreement.endDate"],
  "agreement.startMonthDay": ["agreement.startDate", "agreement.endDate"],
  "agreement.schoolYearsReached": ["agreement.startDate", "agreement.endDate"],
  "agreement.signedBySchool": ["agreement.signedBySchool"],
  "agreement.signedByPartners": ["agreement.signedByPartners"],
  "agreement.openToAllPupils": ["agreement.openToAllPupils"],
  "agreement.mentionsProgramme": ["agreement.mentionsProgramme"],
  "school.type": ["school.type"],
};

describe("deriveFacts", () => {
  it("derives every fact of a complete application", () => {
    expect(deriveFacts(eligible)).toEqual({
      values: {
        "agreement.written": true,
        "agreement.indefinite": false,
        "agreement.renewsAutomatically": false,
        "agreement.coversMonths": 24,
        "agreement.startMonthDay": 801,
        "agreement.schoolYearsReached": 2,
        "agreement.signedBySchool": true,
        "agreement.signedByPartners": true,
        "agreement.openToAllPupils": true,
        "agreement.mentionsProgramme": true,
        "school.type": "gymnasium",
        "partners.allInProgramme": true,
        "partners.anyMunicipal": true,
        "partners.anyNeedsMunicipalPartner": false,
        "partners.anyLocalNeedsReview": false,
        "contacts.schoolNamed": true,
        "contacts.everyPartnerNamed": true,
        "contacts.allEmailsPersonal": true,
      },
      missing: Object.fromEntries(factNames.map((name) => [name, []])),
      decidedBy: {
        ...ownFieldPaths,
        "partners.allInProgramme": ["partners"],
        "partners.anyMunicipal": ["partners.0.municipal"],
        "partners.anyNeedsMunicipalPartner": ["partners"],
        "partners.anyLocalNeedsReview": ["partners"],
        "contacts.schoolNamed": ["contacts.0.name"],
        "contacts.everyPartnerNamed": ["partners"],
        "contacts.allEmailsPersonal": ["contacts"],
      },
    });
  });

  it("names the inputs that decided a known fact: the items that break an „every“, the list for „none“", () => {
    const { indefinite: _, ...dated } = eligible.agreement;
    const { decidedBy } = deriveFacts({
      ...eligible,
      partners: [{ name: "Autohaus", category: "other", municipal: false }, ...eligible.partners],
      contacts: [{ ...eligible.contacts[0], email: "info@gymnasium-stadtpark.de" }, eligible.contacts[1]!],
      agreement: dated,
    });
    expect(decidedBy["partners.allInProgramme"]).toEqual(["partners.0.category"]);
    expect(decidedBy["contacts.allEmailsPersonal"]).toEqual(["contacts.0.email"]);
    expect(decidedBy["agreement.indefinite"]).toEqual(["agreement.endDate"]);
    expect(deriveFacts({ partners: [{ municipal: false }] }).decidedBy["partners.anyMunicipal"]).toEqual(["partners"]);
  });

  it("leaves every fact of an empty application unknown, naming the input that decides it", () => {
    expect(deriveFacts({}).missing).toEqual({
      ...ownFieldPaths,
      "partners.allInProgramme": ["partners"],
      "partners.anyMunicipal": ["partners"],
      "partners.anyNeedsMunicipalPartner": ["partners"],
      "partners.anyLocalNeedsReview": ["partners"],
      "contacts.schoolNamed": ["contacts"],
      "contacts.everyPartnerNamed": ["partners", "contacts"],
      "contacts.allEmailsPersonal": ["contacts"],
    });
    expect(Object.values(deriveFacts({}).values).every((value) => value === null)).toBe(true);
  });

  it("needs a municipal partner for a supra-regional partner of any category, and leaves a local club or stage to review", () => {
    const facts = (partner: Record<string, unknown>) => {
      const { values } = deriveFacts({ partners: [partner] } as never);
      return [values["partners.anyNeedsMunicipalPartner"], values["partners.anyLocalNeedsReview"]];
    };
    expect(facts({ category: "stage", municipal: false, supraRegional: true })).toEqual([true, false]);
    expect(facts({ category: "stage", municipal: false, supraRegional: false })).toEqual([false, true]);
    expect(facts({ category: "sports-club", municipal: false })).toEqual([null, null]);
    expect(facts({ category: "museum", municipal: false })).toEqual([true, false]);
    expect(facts({ category: "museum", municipal: true, supraRegional: true })).toEqual([false, false]);
    expect(facts({ municipal: false, supraRegional: true })).toEqual([true, null]);
    expect(deriveFacts({ partners: [{ category: "sports-club", municipal: false }] }).missing["partners.anyLocalNeedsReview"]).toEqual([
      "partners.0.supraRegional",
    ]);
  });

  it("takes boolean fields as given, false included", () => {
    const agreement = { written: false, signedBySchool: false, signedByPartners: true, openToAllPupils: false, mentionsProgramme: false };
    const { values } = deriveFacts({ agreement });
    expect(values["agreement.written"]).toBe(false);
    expect(values["agreement.signedBySchool"]).toBe(false);
    expect(values["agreement.signedByPartners"]).toBe(true);
    expect(values["agreement.openToAllPupils"]).toBe(false);
    expect(values["agreement.mentionsProgramme"]).toBe(false);
  });
});

describe("agreement.indefinite and agreement.coversMonths", () => {
  it("reads indefinite as given, else false for an agreement with an end date", () => {
    expect(fact({ agreement: { indefinite: true } }, "agreement.indefinite")).toEqual(known(true));
    expect(fact({ agreement: { indefinite: false, endDate: null } }, "agreement.indefinite")).toEqual(known(false));
    expect(fact({ agreement: { endDate: "2027-07-31" } }, "agreement.indefinite")).toEqual(known(false));
    expect(fact({ agreement: { endDate: null } }, "agreement.indefinite")).toEqual(unknown("agreement.indefinite"));
    expect(fact({ agreement: {} }, "agreement.indefinite")).toEqual(unknown("agreement.indefinite"));
    expect(fact({ agreement: { renewsAutomatically: true, endDate: "2026-07-31" } }, "agreement.renewsAutomatically")).toEqual(known(true));
    expect(fact({ agreement: { endDate: "2026-07-31" } }, "agreement.renewsAutomatically")).toEqual(known(false));
    expect(fact({ agreement: { indefinite: true } }, "agreement.renewsAutomatically")).toEqual(unknown("agreement.endDate"));
  });

  it("counts whole months from start to end, naming the missing date otherwise", () => {
    const months = (agreement: NonNullable<Application["agreement"]>) => fact({ agreement }, "agreement.coversMonths");
    expect(months({ startDate: "2025-08-01", endDate: "2027-07-31" })).toEqual(known(24));
    expect(months({ startDate: "2025-08-01", endDate: "2026-07-31" })).toEqual(known(12));
    expect(months({ startDate: "2025-08-01" })).toEqual(unknown("agreement.endDate"));
    expect(months({ startDate: "2025-08-01", endDate: null })).toEqual(unknown("agreement.endDate"));
    expect(months({ endDate: "2027-07-31" })).toEqual(unknown("agreement.startDate"));
    expect(months({ endDate: null })).toEqual(unknown("agreement.startDate", "agreement.endDate"));
  });

  it("leaves a term with a date that is no calendar date unknown", () => {
    const months = (startDate: string, endDate: string) => fact({ agreement: { startDate, endDate } }, "agreement.coversMonths");
    expect(months("2025-02-30", "2027-07-31")).toEqual(unknown("agreement.startDate", "agreement.endDate"));
    expect(months("2025-08-01", "2027-02-30")).toEqual(unknown("agreement.startDate", "agreement.endDate"));
  });
});

describe("school.type and the partner facts", () => {
  it("reads the school type", () => {
    expect(fact({ school: { type: "kita" } }, "school.type")).toEqual(known("kita"));
    expect(fact({ school: { name: "X" } }, "school.type")).toEqual(unknown("school.type"));
  });

  it("partners.allInProgramme: false for one partner outside the programme, unknown categories by path", () => {
    const all = (...categories: Array<"archive" | "museum" | "other" | undefined>) =>
      fact({ partners: categories.map((category) => (category === undefined ? {} : { category })) }, "partners.allInProgramme");
    expect(all("archive", "museum")).toEqual(known(true));
    expect(all("archive", "other")).toEqual(known(false));
    expect(all(undefined, "other")).toEqual(known(false));
    expect(all("archive", undefined, undefined)).toEqual(unknown("partners.1.category", "partners.2.category"));
    expect(all()).toEqual(unknown("partners"));
    expect(fact({ partners: [{ category: "unheard-of" as never }] }, "partners.allInProgramme")).toEqual(known(false));
  });

  it("partners.anyMunicipal: true for one municipal partner, unknown flags by path", () => {
    const any = (...flags: Array<boolean | undefined>) =>
      fact({ partners: flags.map((municipal) => (municipal === undefined ? {} : { municipal })) }, "partners.anyMunicipal");
    expect(any(false, true)).toEqual(known(true));
    expect(any(undefined, true)).toEqual(known(true));
    expect(any(false, false)).toEqual(known(false));
    expect(any(undefined, false, undefined)).toEqual(unknown("partners.0.municipal", "partners.2.municipal"));
    expect(any()).toEqual(unknown("partners"));
  });
});

describe("contacts.schoolNamed", () => {
  const named = (contacts?: NonNullable<Application["contacts"]>) => fact(contacts === undefined ? {} : { contacts }, "contacts.schoolNamed");

  it("is true once a school contact has a name", () => {
    expect(named([{ side: "partner", partner: 0, name: "B" }, { side: "school", name: "A" }])).toEqual(known(true));
    expect(named([{}, { side: "school", name: "A" }])).toEqual(known(true));
  });

  it("is false when only partners' contacts are given", () => {
    expect(named([{ side: "partner", partner: 0, name: "B" }])).toEqual(known(false));
  });

  it("is unknown while a contact's side or a school contact's name is missing", () => {
    expect(named([{ side: "partner", name: "B" }, { name: "A" }])).toEqual(unknown("contacts.1.side"));
    expect(named([{ side: "school" }, { side: "partner" }])).toEqual(unknown("contacts.0.name"));
    expect(named([])).toEqual(unknown("contacts"));
    expect(named()).toEqual(unknown("contacts"));
  });
});

describe("contacts.everyPartnerNamed", () => {
  const named = (app: Application) => fact(app, "contacts.everyPartnerNamed");
  const twoPartners = [{ name: "Archiv" }, { name: "Museum" }];

  it("is true when each partner has a named contact of its own", () => {
    const contacts = [
      { side: "partner" as const, partner: 1, name: "M" },
      { side: "school" as const, name: "S" },
      { side: "partner" as const, partner: 0, name: "A" },
    ];
    expect(named({ partners: twoPartners, contacts })).toEqual(known(true));
  });

  it("is false when a partner has no contact at all", () => {
    expect(named({ partners: twoPartners, contacts: [{ side: "partner", partner: 0, name: "A" }] })).toEqual(known(false));
    expect(named({ partners: twoPartners, contacts: [{ side: "school", name: "S" }] })).toEqual(known(false));
  });

  it("is unknown while a contact that could be the partner's lacks side, partner or name", () => {
    const partner = (contacts: NonNullable<Application["contacts"]>) => named({ partners: [{ name: "Archiv" }], contacts });
    expect(partner([{ name: "A" }])).toEqual(unknown("contacts.0.side"));
    expect(partner([{ side: "school", name: "S" }, { side: "partner", name: "A" }])).toEqual(unknown("contacts.1.partner"));
    expect(partner([{ side: "partner", partner: 0 }])).toEqual(unknown("contacts.0.name"));
    expect(partner([{ side: "partner", partner: 1, name: "A" }])).toEqual(known(false));
  });

  it("names what is missing when contacts or partners are absent", () => {
    expect(named({ partners: twoPartners })).toEqual(unknown("contacts"));
    expect(named({ partners: twoPartners, contacts: [] })).toEqual(unknown("contacts"));
    expect(named({ contacts: [] })).toEqual(unknown("partners", "contacts"));
    expect(named({ partners: [], contacts: [] })).toEqual(unknown("partners", "contacts"));
    expect(named({ contacts: [{ side: "school", name: "S" }] })).toEqual(unknown("partners"));
    expect(named({ partners: [], contacts: [{ side: "school", name: "S" }] })).toEqual(unknown("partners"));
  });
});

describe("contacts.allEmailsPersonal", () => {
  const personal = (app: Application) => fact(app, "contacts.allEmailsPersonal");
  const school = { name: "Gymnasium am Stadtpark" };
  const partners = [{ name: "Stadtarchiv Bochum" }];

  it("is true for personal addresses of every contact", () => {
    expect(personal(eligible)).toEqual(known(true));
  });

  it("is false for one role mailbox, even while other contacts are unclear", () => {
    expect(personal({ contacts: [{ email: "info@schule.de" }, {}] })).toEqual(known(false));
    expect(personal({ contacts: [{ side: "partner", email: "anna.schmidt@bochum.de" }, { email: "sekretariat@schule.de" }] })).toEqual(
      known(false),
    );
  });

  it("is true for an address that bears the contact's name, whatever its words (thomas.kreis@ for Thomas Kreis)", () => {
    expect(personal({ contacts: [{ side: "partner", partner: 0, name: "Thomas Kreis", email: "thomas.kreis@kreis-borken.de" }] })).toEqual(known(true));
    expect(personal({ contacts: [{ side: "school", name: "Jan Müller", email: "info.mueller@schule.de" }] })).toEqual(known(true));
  });

  it("is false for an address that does not bear the contact's name, named after an institution or not", () => {
    expect(personal({ school, partners, contacts: [{ side: "partner", partner: 0, name: "Anna Schmidt", email: "stadtarchiv@bochum.de" }] })).toEqual(known(false));
    expect(personal({ contacts: [{ side: "school", name: "Anna Schmidt", email: "fachbereich.jugend@bochum.de" }] })).toEqual(known(false));
    expect(personal({ contacts: [{ side: "school", name: "Anna Schmidt", email: "bernd.meyer@bochum.de" }] })).toEqual(known(false));
  });

  it("names the input that decides an address that is no role mailbox: the contact's name", () => {
    expect(personal({ school, partners, contacts: [{ side: "school" }] })).toEqual(unknown("contacts.0.email"));
    expect(personal({ contacts: [{ email: "anna.schmidt@bochum.de" }] })).toEqual(unknown("contacts.0.name"));
    expect(personal({ contacts: [] })).toEqual(unknown("contacts"));
    const contacts = [{ email: "anna.schmidt@bochum.de" }, { email: "bernd.meyer@bochum.de" }, { side: "partner" as const, partner: 0 }];
    expect(personal({ partners, contacts })).toEqual(unknown("contacts.0.name", "contacts.1.name", "contacts.2.email"));
  });

  it("is decided by the address and the name when personal, by the address alone when not", () => {
    const decided = (email: string) =>
      deriveFacts({ contacts: [{ side: "school", name: "Anna Schmidt", email }] }).decidedBy["contacts.allEmailsPersonal"];
    expect(decided("anna.schmidt@bochum.de")).toEqual(["contacts"]);
    expect(decided("info@bochum.de")).toEqual(["contacts.0.email"]);
  });
});

describe("factDefinitions", () => {
  it("lists every fact once with its type and both labels", () => {
    expect(factDefinitions.map((d) => d.name)).toEqual(factNames);
    expect(factDefinitions.find((d) => d.name === "agreement.coversMonths")?.type).toBe("number");
    expect(factDefinitions.find((d) => d.name === "school.type")?.type).toBe("string");
    for (const definition of factDefinitions) {
      expect(definition.label.de.length).toBeGreaterThan(0);
      expect(definition.label.en.length).toBeGreaterThan(0);
    }
  });
});
