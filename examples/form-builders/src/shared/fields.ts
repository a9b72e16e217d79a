import { toJSONSchema, type Application, type JsonSchema } from "@bildungspartner/forms";

/** The forms package's JSON Schema of the application, German: titles, descriptions and option labels. */
export const schema = toJSONSchema({ target: "draft-07" });

/** How a field is entered. */
export type FieldKind = "text" | "date" | "choice" | "yesno";

/** One input of the hand-built pages, at the application's own path, so messages land at it. */
export interface FormField {
  /** Dotted path in the application, `contacts.1.email`. */
  path: string;
  /** The SDK's German label. */
  label: string;
  /** The SDK's German explanation, where it has one. */
  description?: string;
  kind: FieldKind;
  /** The options of a choice, in the SDK's order. */
  options: { value: string; label: string }[];
}

/** A group of inputs under one heading. */
export interface FormSection {
  title: string;
  fields: FormField[];
}

/**
 * The application every page starts from: one partner and a contact on each side, as the programme
 * asks (the side and the partner of a contact are fixed by the layout, not asked).
 */
export const initialApplication = (): Application => ({
  school: {},
  partners: [{}],
  agreement: {},
  contacts: [{ side: "school" }, { side: "partner", partner: 0 }],
});

/** The date format people type and see in every page. */
export const germanDateFormat = "TT.MM.JJJJ";

/** A description that names the date format the pages take instead of the application's own (JJJJ-MM-TT). */
export const dateDescription = (description: string | undefined): string =>
  `${(description ?? "").replace(/\s*\(JJJJ-MM-TT\)/, "")} Format: ${germanDateFormat}.`.trim();

/** `01.08.2025` or `1.8.2025` as the application's `2025-08-01`; other text stays as typed, so that the SDK names it. */
export function isoFromGerman(text: string): string {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  return match ? `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}` : text;
}

/** The application's `2025-08-01` as `01.08.2025`; other text as it is. */
export function germanFromIso(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

const object = (value: unknown): JsonSchema => (typeof value === "object" && value !== null ? (value as JsonSchema) : {});
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** A field of the schema as an input: its kind from type, format and options. */
function fieldOf(path: string, node: JsonSchema): FormField {
  const options = Array.isArray(node.oneOf) ? node.oneOf.map((option) => ({ value: String(object(option).const), label: text(object(option).title) ?? "" })) : [];
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  const kind: FieldKind = node.format === "date" ? "date" : type === "boolean" ? "yesno" : options.length > 0 ? "choice" : "text";
  const description = kind === "date" ? dateDescription(text(node.description)) : text(node.description);
  return { path, label: text(node.title) ?? path, ...(description === undefined ? {} : { description }), kind, options };
}

/** The leaf fields of an object schema, in the schema's order, leaving out the keys a layout fixes. */
function fieldsOf(prefix: string, node: JsonSchema, fixed: readonly string[] = []): FormField[] {
  return Object.entries(object(node.properties))
    .filter(([key]) => !fixed.includes(key))
    .map(([key, child]) => fieldOf(`${prefix}.${key}`, object(child)));
}

const properties = object(schema.properties);
const section = (key: string) => object(properties[key]);
const items = (key: string) => object(section(key).items);
const sideTitle = (side: string) => (object(object(items("contacts").properties).side).oneOf as unknown[]).map(object).find((o) => o.const === side)?.title;

/**
 * The sections of the hand-built pages (react-hook-form, TanStack Form, Formik), in the SDK's order,
 * with its German titles and labels: school, the partner, the agreement, the two contacts.
 */
export const sections: FormSection[] = [
  { title: text(section("school").title) ?? "", fields: fieldsOf("school", section("school")) },
  { title: text(items("partners").title) ?? "", fields: fieldsOf("partners.0", items("partners")) },
  { title: text(section("agreement").title) ?? "", fields: fieldsOf("agreement", section("agreement")) },
  ...(["school", "partner"] as const).map((side, i) => ({
    title: `${text(items("contacts").title) ?? ""}: ${text(sideTitle(side)) ?? side}`,
    fields: fieldsOf(`contacts.${i}`, items("contacts"), ["side", "partner"]),
  })),
];

/** The id of a field's input, from its dotted path: `contacts.1.email` → `f-contacts-1-email`. */
export const fieldId = (path: string): string => `f-${path.replaceAll(".", "-")}`;

/** A copy of a JSON Schema whose date fields (`format: "date"`) name TT.MM.JJJJ in their description. */
export function withGermanDates(node: JsonSchema): JsonSchema {
  const copy: JsonSchema = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      Array.isArray(value) ? value.map((item: unknown) => (typeof item === "object" && item !== null ? withGermanDates(item as JsonSchema) : item)) : typeof value === "object" && value !== null ? withGermanDates(value as JsonSchema) : value,
    ]),
  );
  return copy.format === "date" && typeof copy.description === "string" ? { ...copy, description: dateDescription(copy.description) } : copy;
}
