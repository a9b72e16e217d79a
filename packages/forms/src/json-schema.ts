import { applicationSchema, categories, limits, schoolTypes, type Lang, type LocalizedText } from "@bildungspartner/core";
import * as z from "zod/mini";

/** Options of {@link toJSONSchema}. */
export interface ToJSONSchemaOptions {
  /** JSON Schema dialect; draft-07 suits react-jsonschema-form and JSON Forms. */
  target?: "draft-07" | "draft-2020-12";
  /** Language of titles, descriptions and option labels; German by default. */
  lang?: Lang;
}

/** A JSON Schema document, as plain JSON data. */
export type JsonSchema = { [key: string]: unknown };

const descriptions: Readonly<Record<string, LocalizedText>> = {
  "school.schoolNumber": { de: "Die sechsstellige Schulnummer, z. B. 165432.", en: "The six-digit school number, e.g. 165432." },
  "school.type": {
    de: "Die Schulform, oder Kindergarten bzw. Kindertageseinrichtung: Diese können nicht registriert werden.",
    en: "The type of school, or kindergarten or day-care centre: these cannot be registered.",
  },
  "partners.*.municipal": {
    de: "Kommunal im Sinne der FAQ ist eine Einrichtung, die eine Stadt, eine Gemeinde, ein Kreis oder ein kommunaler Verband trägt, etwa ein Stadtarchiv oder eine Stadtbibliothek; nicht kommunal ist z. B. ein überregionaler Verband. Ist ein Partner nicht kommunal, muss ein weiterer, kommunaler Partner beteiligt sein. Für Sportvereine und Bühnen entscheidet diese Frage nicht.",
    en: "Municipal in the FAQ's sense is an institution run by a town, a municipality, a district or a municipal association, such as a town archive or town library; a supra-regional association, for example, is not. If a partner is not municipal, a further, municipal partner must take part. For sports clubs and stages this question does not decide.",
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

/** Partners by their position in the list, shown as people count them: „Partner 1“ is the first (0). */
const partnerOptions = Array.from({ length: limits.partners }, (_, i) => ({ id: i, label: { de: `Partner ${i + 1}`, en: `Partner ${i + 1}` } }));

const optionLabels: Readonly<Record<string, ReadonlyArray<{ id: string | number; label: LocalizedText }>>> = {
  "school.type": schoolTypes,
  "partners.*.category": categories,
  "contacts.*.partner": partnerOptions,
  "contacts.*.side": [
    { id: "school", label: { de: "Schule", en: "School" } },
    { id: "partner", label: { de: "Außerschulischer Partner", en: "Extracurricular partner" } },
  ],
};

/** Fields required on submission, by section; the rest follows from conditions below. */
const required: Readonly<Record<string, readonly string[]>> = {
  school: ["name", "schoolNumber", "type"],
  "partners.*": ["name", "category", "municipal"],
  agreement: ["written", "startDate", "indefinite", "signedBySchool", "signedByPartners", "openToAllPupils", "mentionsProgramme"],
  "contacts.*": ["side", "name", "email"],
  "": ["school", "partners", "agreement", "contacts"],
};

function decorate(schema: JsonSchema, pattern: string, lang: Lang): void {
  const description = descriptions[pattern];
  if (description) schema.description = description[lang];
  const options = optionLabels[pattern];
  if (options) {
    delete schema.enum;
    schema.oneOf = options.map((option) => ({ const: option.id, title: option.label[lang] }));
  }
  if (pattern.endsWith("Date")) schema.format = "date";
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    const requiredHere = required[pattern];
    if (requiredHere) schema.required = [...requiredHere];
    for (const [key, child] of Object.entries(properties)) decorate(child, pattern ? `${pattern}.${key}` : key, lang);
  }
  const items = schema.items as JsonSchema | undefined;
  if (items) {
    decorate(items, `${pattern}.*`, lang);
    schema.minItems = 1;
  }
}

/**
 * The registration form as JSON Schema for JSON-Schema form builders (react-jsonschema-form,
 * JSON Forms): German titles and descriptions, options with German labels, the fields required on
 * submission and the conditional ones (an end date unless indefinite, a partner for a partner's
 * contact). Rules across fields that JSON Schema cannot express come from `validateForm`.
 */
export function toJSONSchema(options: ToJSONSchemaOptions = {}): JsonSchema {
  const lang = options.lang ?? "de";
  const schema = z.toJSONSchema(applicationSchema(lang), {
    target: options.target === "draft-2020-12" ? "draft-2020-12" : "draft-7",
    io: "output",
    unrepresentable: "any",
  }) as JsonSchema;
  decorate(schema, "", lang);
  const properties = schema.properties as Record<string, JsonSchema>;
  const agreement = properties.agreement!;
  agreement.if = { properties: { indefinite: { const: false } }, required: ["indefinite"] };
  agreement.then = { required: ["endDate"], properties: { endDate: { type: "string", format: "date" } } };
  const contact = (properties.contacts!.items as JsonSchema);
  contact.if = { properties: { side: { const: "partner" } }, required: ["side"] };
  contact.then = { required: ["partner"] };
  return schema;
}
