import { loadRuleFolder } from "@bildungspartner/core/rules";
import { changedLists, eligible as eligibleValues, listChangeApplications, patchedFolder } from "@bildungspartner/test-kit";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { toJSONSchema, type JsonSchema } from "./json-schema.js";
import { validateForm } from "./validate-form.js";

type Schema = Record<string, any>;

function compile(target: "draft-07" | "draft-2020-12") {
  const schema = toJSONSchema({ target });
  const ajv = target === "draft-07" ? new Ajv({ allErrors: true, strict: false }) : new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv as never);
  return { schema, validate: ajv.compile(schema) };
}

describe("toJSONSchema", () => {
  it.each(["draft-07", "draft-2020-12"] as const)("is a valid %s schema that accepts an eligible registration", (target) => {
    const { schema, validate } = compile(target);
    expect(schema.$schema).toBe(target === "draft-07" ? "http://json-schema.org/draft-07/schema#" : "https://json-schema.org/draft/2020-12/schema");
    expect(validate(eligibleValues)).toBe(true);
  });

  it("has German titles, descriptions and option labels", () => {
    const schema = toJSONSchema() as Schema;
    const school = schema.properties.school;
    expect(school.title).toBe("Schule");
    expect(school.properties.schoolNumber).toMatchObject({ title: "Schulnummer", pattern: "^\\d{6}$" });
    expect(school.properties.schoolNumber.description).toMatch(/sechsstellige/);
    expect(school.properties.type.oneOf).toContainEqual({ const: "foerderschule", title: "Förderschule" });
    expect(schema.properties.partners.items.properties.category.oneOf).toContainEqual({ const: "archive", title: "Archiv" });
    expect(schema.properties.agreement.properties.startDate.format).toBe("date");
  });

  it("explains „kommunal“ in the FAQ's sense, and names the school-side field and the partners as people read them", () => {
    const schema = toJSONSchema() as Schema;
    const municipal = schema.properties.partners.items.properties.municipal;
    expect(municipal.description).toMatch(/Stadt, eine Gemeinde, ein Kreis oder ein kommunaler Verband/);
    expect(municipal.description).toMatch(/überregionaler Verband/);
    expect(municipal.description).toMatch(/Für Sportvereine und Bühnen spielt diese Angabe keine Rolle/);
    expect(schema.properties.school.properties.type.title).toBe("Art der Einrichtung");
    const partner = schema.properties.contacts.items.properties.partner;
    expect(partner.oneOf.slice(0, 2)).toEqual([
      { const: 0, title: "Partner 1" },
      { const: 1, title: "Partner 2" },
    ]);
    expect(JSON.stringify(schema)).not.toMatch(/0 für den ersten|unterschrieben/);
  });

  it("can be English", () => {
    const schema = toJSONSchema({ lang: "en" }) as Schema;
    expect(schema.properties.school.properties.schoolNumber.title).toBe("School number");
  });

  it("requires an end date unless the agreement is indefinite, and a partner for a partner's contact", () => {
    const { validate } = compile("draft-07");
    const { endDate: _, ...withoutEnd } = eligibleValues.agreement;
    expect(validate({ ...eligibleValues, agreement: withoutEnd })).toBe(false);
    expect(validate({ ...eligibleValues, agreement: { ...withoutEnd, indefinite: true } })).toBe(true);
    const contacts = [eligibleValues.contacts[0], { side: "partner", name: "Bernd Meyer", email: "bernd.meyer@musterstadt.de" }];
    expect(validate({ ...eligibleValues, contacts })).toBe(false);
  });

  it("requires the fields a submission needs", () => {
    const { validate } = compile("draft-2020-12");
    expect(validate({ ...eligibleValues, school: { name: "Schule" } })).toBe(false);
    expect(validate({ ...eligibleValues, partners: [] })).toBe(false);
  });
});

describe("toJSONSchema with a changed rule set", () => {
  const folder = loadRuleFolder(patchedFolder(changedLists));
  if (folder.status !== "loaded") throw new Error(JSON.stringify(folder.problems));
  const ruleSets = [folder.folder.ruleSet];
  const schoolTypes = (schema: JsonSchema) =>
    ((schema.properties as Record<string, JsonSchema>).school!.properties as Record<string, JsonSchema>).type!.oneOf as Array<{ const: string; title: string }>;

  it("offers the chosen rule set's school types, with their labels, and accepts what validateForm accepts", () => {
    const schema = toJSONSchema({ ruleSets });
    expect(schoolTypes(schema)).toContainEqual({ const: "schulversuch", title: "Schulversuch" });
    expect(schoolTypes(toJSONSchema())).not.toContainEqual(expect.objectContaining({ const: "schulversuch" }));
    const values = listChangeApplications.schulversuch;
    expect(new Ajv({ allErrors: true, strict: false }).validate(schema, values)).toBe(true);
    expect(validateForm(values, { mode: "submit", ruleSets }).fieldErrors).not.toHaveProperty("school.type");
    expect(validateForm(values, { mode: "submit" }).fieldErrors).toHaveProperty(["school.type"]);
  });
});
