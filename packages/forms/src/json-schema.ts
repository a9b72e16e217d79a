import { applicationSchema, applicationSpecFor, ruleSetFor, type FieldSpec, type Lang, type LocalizedText, type RuleSet } from "@bildungspartner/core";
import * as z from "zod/mini";
import { givenRules } from "./form-issues.js";

/** Options of {@link toJSONSchema}. */
export interface ToJSONSchemaOptions {
  /** JSON Schema dialect; draft-07 suits react-jsonschema-form and JSON Forms. */
  target?: "draft-07" | "draft-2020-12";
  /** Language of titles, descriptions and option labels; German by default. */
  lang?: Lang;
  /**
   * Rule sets to choose from by `asOf`, as `evaluate` and `validateForm` take them: the options of
   * school types and categories are the chosen rule set's data lists; the shipped ones by default.
   */
  ruleSets?: readonly RuleSet[];
  /** ISO date whose rules apply (`YYYY-MM-DD`); today by default. */
  asOf?: string;
}

/** A JSON Schema document, as plain JSON data. */
export type JsonSchema = { [key: string]: unknown };

const descriptions: Readonly<Record<string, LocalizedText>> = {
  "school.schoolNumber": { de: "Die sechsstellige Schulnummer, z. B. 165432.", en: "The six-digit school number, e.g. 165432." },
  "school.type": {
    de: "Die Schulform oder Kindergarten bzw. Kindertageseinrichtung; Kindergärten und Kindertageseinrichtungen können nicht registriert werden.",
    en: "The type of school, or kindergarten or day-care centre; kindergartens and day-care centres cannot be registered.",
  },
  "partners.*.municipal": {
    de: "Kommunal im Sinne der FAQ ist eine Einrichtung, die eine Stadt, eine Gemeinde, ein Kreis oder ein kommunaler Verband trägt, etwa ein Stadtarchiv oder eine Stadtbibliothek; nicht kommunal ist z. B. ein überregionaler Verband. Ist ein Partner nicht kommunal, muss ein weiterer, kommunaler Partner beteiligt sein. Für Sportvereine und Bühnen spielt diese Angabe keine Rolle.",
    en: "Municipal in the FAQ's sense is an institution run by a town, a municipality, a district or a municipal association, such as a town archive or town library; a supra-regional association, for example, is not. If a partner is not municipal, a further, municipal partner must take part. For sports clubs and stages this answer does not matter.",
  },
  "agreement.startDate": { de: "Erster Tag der Vereinbarung (JJJJ-MM-TT).", en: "First day of the agreement (YYYY-MM-DD)." },
  "agreement.endDate": {
    de: "Letzter Tag der Vereinbarung (einschließlich). Leer lassen, wenn die Vereinbarung unbefristet ist.",
    en: "Last day of the agreement (inclusive). Leave empty when the agreement is indefinite.",
  },
  "agreement.signedByPartners": { de: "Jeder außerschulische Partner hat die Vereinbarung unterzeichnet.", en: "Every extracurricular partner has signed the agreement." },
  "contacts.*.partner": { de: "Der Partner, für den die Person Ansprechperson ist.", en: "The partner this person is the contact for." },
  "contacts.*.email": {
    de: "Eine persönliche Adresse, kein Funktionspostfach wie info@ oder sekretariat@.",
    en: "A personal address, no role mailbox such as info@ or sekretariat@.",
  },
};

/** A JSON Schema condition: the sibling field has the value. */
const siblingIs = (field: string, equals: string | boolean): JsonSchema => ({ properties: { [field]: { const: equals } }, required: [field] });

/** What a required field must be: present, and for a nullable one (an end date) not `null`. */
function requiredHere(key: string, spec: FieldSpec): JsonSchema {
  return spec.kind === "date" && spec.nullable ? { required: [key], properties: { [key]: { type: "string", format: "date" } } } : { required: [key] };
}

/**
 * `required`, and the conditional requirements as `if`/`then` (`when`) or `if`/`else` (`unless`),
 * of a section, from core's field spec; several conditions go into `allOf`.
 */
function requirements(schema: JsonSchema, fields: Readonly<Record<string, FieldSpec>>): void {
  const always = Object.keys(fields).filter((key) => fields[key]!.required === "always");
  if (always.length > 0) schema.required = always;
  const conditions = Object.entries(fields).flatMap(([key, field]): JsonSchema[] => {
    const requirement = field.required;
    if (requirement === undefined || requirement === "always") return [];
    return "when" in requirement
      ? [{ if: siblingIs(requirement.when.field, requirement.when.equals), then: requiredHere(key, field) }]
      : [{ if: siblingIs(requirement.unless.field, requirement.unless.equals), else: requiredHere(key, field) }];
  });
  if (conditions.length === 1) Object.assign(schema, conditions[0]);
  else if (conditions.length > 1) schema.allOf = conditions;
}

function decorate(schema: JsonSchema, spec: FieldSpec, lang: Lang): void {
  const description = descriptions[spec.pattern];
  if (description) schema.description = description[lang];
  if ("choices" in spec) {
    delete schema.enum;
    schema.oneOf = spec.choices.map((choice) => ({ const: choice.id, title: choice.label[lang] }));
  }
  if (spec.kind === "date") schema.format = "date";
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (spec.kind === "section" && properties) {
    requirements(schema, spec.fields);
    for (const [key, child] of Object.entries(properties)) {
      const childSpec = spec.fields[key];
      if (childSpec) decorate(child, childSpec, lang);
    }
  }
  const items = schema.items as JsonSchema | undefined;
  if (spec.kind === "list" && items) {
    decorate(items, spec.item, lang);
    if (spec.required === "always") schema.minItems = 1;
  }
}

/**
 * The registration form as JSON Schema for JSON-Schema form builders (react-jsonschema-form,
 * JSON Forms): German titles and descriptions, options with German labels, the fields required on
 * submission and the conditional ones (an end date unless indefinite, a partner for a partner's
 * contact), all from core's field spec, as `validateForm` reads them in submit mode. Rules across
 * fields that JSON Schema cannot express come from `validateForm`.
 */
export function toJSONSchema(options: ToJSONSchemaOptions = {}): JsonSchema {
  const lang = options.lang ?? "de";
  const lists = options.ruleSets === undefined && options.asOf === undefined ? undefined : ruleSetFor(givenRules(options)).data;
  const schema = z.toJSONSchema(applicationSchema(lang, lists), {
    target: options.target === "draft-2020-12" ? "draft-2020-12" : "draft-7",
    io: "output",
    unrepresentable: "any",
  }) as JsonSchema;
  decorate(schema, applicationSpecFor(lists), lang);
  return schema;
}
