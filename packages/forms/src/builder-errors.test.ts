import { describe, expect, it } from "vitest";
import { toFormikErrors, toJsonFormsErrors, toRjsfErrorSchema } from "./builder-errors.js";

describe("toFormikErrors", () => {
  it("nests the first message of each field like the values", () => {
    expect(
      toFormikErrors({
        fieldErrors: {
          "school.schoolNumber": ["Die Schulnummer muss aus genau sechs Ziffern bestehen.", "zweite"],
          "contacts.1.email": ["Funktionspostfach"],
          "agreement.endDate": ["zu kurz"],
        },
      }),
    ).toEqual({
      school: { schoolNumber: "Die Schulnummer muss aus genau sechs Ziffern bestehen." },
      contacts: [undefined, { email: "Funktionspostfach" }],
      agreement: { endDate: "zu kurz" },
    });
  });

  it("keeps field messages when the whole list has a message too", () => {
    const errors = toFormikErrors({ fieldErrors: { "partners.0.category": ["Kategorie"], partners: ["kommunal"] } });
    expect(errors).toEqual({ partners: [{ category: "Kategorie" }] });
  });
});

describe("toRjsfErrorSchema and toJsonFormsErrors", () => {
  const result = { fieldErrors: { "contacts.1.email": ["Funktionspostfach"], partners: ["kommunal"] }, formErrors: ["Ganzes Formular"] };

  it("nests messages as react-jsonschema-form's ErrorSchema", () => {
    expect(toRjsfErrorSchema(result)).toEqual({
      __errors: ["Ganzes Formular"],
      contacts: { 1: { email: { __errors: ["Funktionspostfach"] } } },
      partners: { __errors: ["kommunal"] },
    });
  });

  it("points at fields with JSON pointers for JSON Forms", () => {
    expect(toJsonFormsErrors(result).map((e) => [e.instancePath, e.message])).toEqual([
      ["", "Ganzes Formular"],
      ["/contacts/1/email", "Funktionspostfach"],
      ["/partners", "kommunal"],
    ]);
  });
});
