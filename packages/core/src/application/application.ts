import { perList, schoolTypes, type CategoryReading, type SchoolType } from "./data.js";
import { runtimeCategories } from "../generated/runtime-data.js";
import { isIsoDate } from "./dates.js";
import { format, type Lang, type LocalizedText, type MessageParams } from "../lang.js";
import { isRecord } from "../json.js";

/**
 * A problem with one input field, as data: `code` and `params` (language-neutral values such as
 * `max`) say what is wrong, `message` says it in the language asked for; {@link issueMessage}
 * renders it in another. `path` is dotted (`contacts.1.email`), `""` for the whole input.
 */
export interface Issue {
  path: string;
  code: IssueCode;
  params: MessageParams;
  message: string;
}

/** Stable codes of input issues. */
export type IssueCode =
  | "invalid_input"
  | "invalid_type"
  | "invalid_school_number"
  | "invalid_option"
  | "invalid_date"
  | "invalid_email"
  | "invalid_partner_index"
  | "too_long"
  | "too_many"
  | "end_before_start"
  | "end_date_with_indefinite"
  | "unknown_partner"
  // For tools that read applications from files, such as the CLI:
  | "unreadable_file"
  | "file_too_large"
  | "invalid_json";

/** Size limits of an application; larger values are invalid input. */
export const limits = {
  /** Longest name or other text field, in characters. */
  textLength: 200,
  /** Longest e-mail address (RFC 5321). */
  emailLength: 254,
  /** Most partners in one application. */
  partners: 20,
  /** Most contacts in one application. */
  contacts: 50,
} as const;

/** The kinds of input fields; each kind has its checks and its messages. */
export type FieldKind = "section" | "list" | "text" | "schoolNumber" | "option" | "date" | "email" | "boolean" | "index";

/** A value of a sibling field that a requirement depends on. */
export interface SiblingValue {
  /** Key of the sibling field in the same section. */
  readonly field: string;
  readonly equals: string | boolean;
}

/**
 * When a field must be given for a submission: `"always"` (a list: at least one entry), only when a
 * sibling field has a value (`when`), or unless it has one (`unless`).
 */
export type Requirement = "always" | { readonly when: SiblingValue } | { readonly unless: SiblingValue };

/** One of the values a choice field offers, with its label. */
export interface Choice {
  readonly id: string | number;
  readonly label: LocalizedText;
}

/**
 * One input field: the single description the fast validator (`parseApplication`), the zod schema
 * (`applicationSchema`), the forms adapter (field order, required checks, choices) and its JSON
 * Schema are built from, so they cannot drift apart. Sections and lists list their fields in form
 * order: the order people fill the form in.
 */
export type FieldSpec = {
  readonly pattern: string;
  readonly label: LocalizedText;
  /** Whether and when a submission needs the field; optional when absent. */
  readonly required?: Requirement;
} & (
  | { readonly kind: "section"; readonly fields: Readonly<Record<string, FieldSpec>> }
  | { readonly kind: "list"; readonly max: number; readonly item: FieldSpec }
  | { readonly kind: "text" | "email"; readonly max: number }
  | { readonly kind: "option"; readonly values: readonly string[]; readonly choices: readonly Choice[] }
  /** `nullable`: `null` is a meaningful value (an end date of `null`: no end), which the JSON Schema allows; readers take it as not given. */
  | { readonly kind: "date"; readonly nullable: boolean }
  | { readonly kind: "index"; readonly max: number; readonly choices: readonly Choice[] }
  | { readonly kind: "schoolNumber" | "boolean" }
);

/** NRW school numbers: six digits (FACTS: `SchulNr varchar(6)`, digits in practice). */
export const SCHOOL_NUMBER = /^\d{6}$/;

/**
 * A practical e-mail address pattern (zod's): dot-separated words, an `@`, a dotted domain with a
 * top-level part of at least two letters. Only ever run on strings of at most
 * {@link limits.emailLength} characters, so its backtracking stays bounded.
 */
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

const label = (de: string, en: string): LocalizedText => ({ de, en });
const always = "always" as const;
// The helpers keep each field's kind and values in their types, so that `Application` can be read off the spec.
const flagField = (name: string, de: string, en: string) =>
  ({ pattern: `agreement.${name}`, kind: "boolean", label: label(de, en), required: always }) as const satisfies FieldSpec;
const optionField = <const Id extends string>(pattern: string, fieldLabel: LocalizedText, choices: readonly { readonly id: Id; readonly label: LocalizedText }[]) =>
  ({
    pattern,
    kind: "option",
    label: fieldLabel,
    required: always,
    values: choices.map((choice) => choice.id),
    choices: choices.map(({ id, label }) => ({ id, label })),
  }) as const satisfies FieldSpec;
const textField = (pattern: string, de: string, en: string) =>
  ({ pattern, kind: "text", max: limits.textLength, label: label(de, en), required: always }) as const satisfies FieldSpec;

/** Partners by their position in the list, as people count them: „Partner 1“ is the first (0). */
const partnerChoices: readonly Choice[] = /* @__PURE__ */ (() =>
  Array.from({ length: limits.partners }, (_, i) => ({ id: i, label: label(`Partner ${i + 1}`, `Partner ${i + 1}`) })))();

/**
 * The application's fields, in form order, with the school types and categories of `lists`. Their types
 * name the shipped ids (`Application`'s unions); a rule set's own ids are accepted at run time.
 */
const specWith = (lists: ChoiceLists) => ({
  pattern: "",
  kind: "section",
  label: label("Antrag", "Application"),
  required: always,
  fields: {
    school: {
      pattern: "school",
      kind: "section",
      label: label("Schule", "School"),
      required: always,
      fields: {
        type: optionField("school.type", label("Art der Einrichtung", "Type of institution"), (lists.schoolTypes ?? schoolTypes) as readonly SchoolType[]),
        name: textField("school.name", "Name der Schule", "School name"),
        schoolNumber: { pattern: "school.schoolNumber", kind: "schoolNumber", label: label("Schulnummer", "School number"), required: always },
      },
    },
    partners: {
      pattern: "partners",
      kind: "list",
      max: limits.partners,
      label: label("Partner", "Partners"),
      required: always,
      item: {
        pattern: "partners.*",
        kind: "section",
        label: label("Partner", "Partner"),
        fields: {
          name: textField("partners.*.name", "Name des Partners", "Partner name"),
          category: optionField("partners.*.category", label("Art der Einrichtung", "Type of institution"), (lists.categories ?? runtimeCategories) as readonly CategoryReading[]),
          municipal: { pattern: "partners.*.municipal", kind: "boolean", label: label("Kommunale Einrichtung", "Municipal institution"), required: always },
          supraRegional: {
            pattern: "partners.*.supraRegional",
            kind: "boolean",
            label: label("Überregional tätig (Landes- oder Bundesverband)", "Supra-regional (state or federal association)"),
            required: { when: { field: "municipal", equals: false } },
          },
        },
      },
    },
    agreement: {
      pattern: "agreement",
      kind: "section",
      label: label("Kooperationsvereinbarung", "Cooperation agreement"),
      required: always,
      fields: {
        written: flagField("written", "Schriftliche Vereinbarung", "Written agreement"),
        startDate: { pattern: "agreement.startDate", kind: "date", nullable: false, label: label("Beginn der Vereinbarung", "Start date"), required: always },
        indefinite: { pattern: "agreement.indefinite", kind: "boolean", label: label("Unbefristet", "Indefinite") },
        endDate: {
          pattern: "agreement.endDate",
          kind: "date",
          nullable: true,
          label: label("Ende der Vereinbarung", "End date"),
          required: { unless: { field: "indefinite", equals: true } },
        },
        renewsAutomatically: {
          pattern: "agreement.renewsAutomatically",
          kind: "boolean",
          label: label("Verlängert sich von selbst bis zur Kündigung", "Renews itself until notice"),
        },
        openToAllPupils: flagField("openToAllPupils", "Offen für alle Schülerinnen und Schüler", "Open to all pupils"),
        mentionsProgramme: flagField("mentionsProgramme", "Bildungspartner NRW wird erwähnt", "Mentions Bildungspartner NRW"),
        signedBySchool: flagField("signedBySchool", "Von der Schule unterzeichnet", "Signed by the school"),
        signedByPartners: flagField("signedByPartners", "Von allen Partnern unterzeichnet", "Signed by all partners"),
      },
    },
    contacts: {
      pattern: "contacts",
      kind: "list",
      max: limits.contacts,
      label: label("Ansprechpersonen", "Contacts"),
      required: always,
      item: {
        pattern: "contacts.*",
        kind: "section",
        label: label("Ansprechperson", "Contact"),
        fields: {
          side: optionField("contacts.*.side", label("Seite der Ansprechperson", "Contact's side"), [
            { id: "school", label: label("Schule", "School") },
            { id: "partner", label: label("Außerschulischer Partner", "Extracurricular partner") },
          ]),
          partner: {
            pattern: "contacts.*.partner",
            kind: "index",
            max: limits.partners - 1,
            label: label("Partner der Ansprechperson", "Contact's partner"),
            required: { when: { field: "side", equals: "partner" } },
            choices: partnerChoices,
          },
          name: textField("contacts.*.name", "Name der Ansprechperson", "Contact name"),
          email: { pattern: "contacts.*.email", kind: "email", max: limits.emailLength, label: label("E-Mail-Adresse", "E-mail address"), required: always },
        },
      },
    },
  },
}) satisfies FieldSpec;

/**
 * The lists whose ids an application may name: school types (`school.type`) and partner categories
 * (`partners.*.category`), e.g. the ones a rule set carries; each the shipped one when not given.
 */
export interface ChoiceLists {
  readonly schoolTypes?: readonly { readonly id: string; readonly label: LocalizedText }[] | undefined;
  readonly categories?: readonly { readonly id: string; readonly label: LocalizedText }[] | undefined;
}

const shippedChoices: ChoiceLists = {};

/**
 * The application's fields, in form order, with the shipped lists' choices. Required on submission:
 * every field but the end date (unless the agreement is indefinite) and a contact's partner (when the
 * contact is a partner's); whether the agreement is indefinite need not be said once an end date
 * answers it (the facts read a dated agreement as not indefinite, and the FAQ asks for a term, not for the box).
 */
export const applicationSpec = /* @__PURE__ */ specWith(shippedChoices);

/** The field specification with the choices of `lists` (see {@link ChoiceLists}), made once per lists object. */
export const applicationSpecFor: (lists?: ChoiceLists) => ApplicationSpec = /* @__PURE__ */ perList<ChoiceLists, ApplicationSpec>(shippedChoices, (lists) =>
  lists === shippedChoices ? applicationSpec : specWith(lists),
);

/**
 * The value a field spec describes, as a TypeScript type: a section is an object of optional fields
 * (every field may be missing while a form is being filled in), a list an array of its item, an
 * option one of its values, a nullable date a date text or `null`.
 */
export type FieldValue<S> = S extends { readonly kind: "section"; readonly fields: infer Fields }
  ? { -readonly [K in keyof Fields]?: FieldValue<Fields[K]> }
  : S extends { readonly kind: "list"; readonly item: infer Item }
    ? FieldValue<Item>[]
    : S extends { readonly kind: "option"; readonly values: readonly (infer Value)[] }
      ? Value
      : S extends { readonly kind: "date"; readonly nullable: true }
        ? string | null
        : S extends { readonly kind: "index" }
          ? number
          : S extends { readonly kind: "boolean" }
            ? boolean
            : string;

/** The type of {@link applicationSpec}: every field with its kind, values and limits (the shipped lists' ids). */
export type ApplicationSpec = typeof applicationSpec;

/**
 * A partnership application as far as it is known: every section and field may be missing. Read off
 * {@link applicationSpec}, so a new field there is a new field here.
 */
export type Application = FieldValue<ApplicationSpec>;

/** The school side of an application (`school` of {@link applicationSpec}). */
export type School = NonNullable<Application["school"]>;

/**
 * An extracurricular partner institution (`partners.*`). `supraRegional`: the partner works across
 * regions (a Landes- or Bundesverband); asked of partners that are not municipal.
 */
export type Partner = NonNullable<Application["partners"]>[number];

/**
 * The written cooperation agreement (`agreement`): dates are ISO calendar dates, `endDate` inclusive
 * and `null` when the agreement has no end; with `renewsAutomatically`, `endDate` ends the first term.
 */
export type Agreement = NonNullable<Application["agreement"]>;

/** A named contact person of the school or of one partner (`partner`: index into `partners`). */
export type Contact = NonNullable<Application["contacts"]>[number];

const specsByPattern: ReadonlyMap<string, FieldSpec> = /* @__PURE__ */ (() => {
  const specs = new Map<string, FieldSpec>();
  (function index(spec: FieldSpec): void {
    specs.set(spec.pattern, spec);
    if (spec.kind === "section") Object.values(spec.fields).forEach(index);
    if (spec.kind === "list") index(spec.item);
  })(applicationSpec as FieldSpec);
  return specs;
})();

/** Every field's pattern (`contacts.*.email`), in form order, sections and lists before their fields. */
export const fieldPatterns: readonly string[] = /* @__PURE__ */ (() => [...specsByPattern.keys()])();

/** The pattern of a concrete path: item indexes become `*` (`contacts.1.email` → `contacts.*.email`). */
const patternOf = (path: string): string => path.replace(/\.\d+(?=\.|$)/g, ".*");

/** The field spec of a concrete path or pattern, if the application has such a field. */
export function fieldSpec(path: string): FieldSpec | undefined {
  return specsByPattern.get(patternOf(path));
}

/** Issue codes for what the fields themselves check, as opposed to tools reading files. */
export type FieldIssueCode = Exclude<IssueCode, "unreadable_file" | "file_too_large" | "invalid_json">;

const issueMessages: Readonly<Record<FieldIssueCode, LocalizedText>> = {
  invalid_input: {
    de: "Der Antrag muss ein JSON-Objekt mit den Abschnitten Schule (school), Partner (partners), Vereinbarung (agreement) und Ansprechpersonen (contacts) sein.",
    en: "The application must be a JSON object with the sections school, partners, agreement and contacts.",
  },
  invalid_type: {
    de: "„{label}“ hat die falsche Form: erwartet wird {expected}.",
    en: "“{label}” has the wrong form: expected {expected}.",
  },
  invalid_school_number: {
    de: "Die Schulnummer muss aus genau sechs Ziffern bestehen.",
    en: "The school number must consist of exactly six digits.",
  },
  invalid_option: {
    de: "Bitte wählen Sie für „{label}“ einen der vorgegebenen Werte.",
    en: "Please choose one of the listed values for “{label}”.",
  },
  invalid_date: {
    de: "„{label}“ ist kein gültiges Datum. Bitte geben Sie ein Kalenderdatum im Format {format} an.",
    en: "“{label}” is not a valid date. Please give a calendar date as {format}.",
  },
  invalid_email: {
    de: "„{label}“ ist keine gültige E-Mail-Adresse.",
    en: "“{label}” is not a valid e-mail address.",
  },
  invalid_partner_index: {
    de: "„{label}“ nennt keinen Partner dieses Antrags. Bitte wählen Sie einen der Partner (Partner 1, Partner 2 …).",
    en: "“{label}” names no partner of this application. Please choose one of the partners (partner 1, partner 2 …).",
  },
  too_long: {
    de: "„{label}“ ist zu lang: höchstens {max} Zeichen.",
    en: "“{label}” is too long: at most {max} characters.",
  },
  too_many: {
    de: "Zu viele Einträge bei „{label}“: höchstens {max}.",
    en: "Too many entries in “{label}”: at most {max}.",
  },
  end_before_start: {
    de: "Das Ende der Vereinbarung liegt vor ihrem Beginn.",
    en: "The agreement ends before it starts.",
  },
  end_date_with_indefinite: {
    de: "Eine unbefristete Vereinbarung hat kein Enddatum. Bitte entfernen Sie entweder das Enddatum oder die Angabe „Unbefristet“.",
    en: "An indefinite agreement has no end date. Please remove either the end date or the answer “Indefinite”.",
  },
  unknown_partner: {
    de: "Diese Ansprechperson gehört zu einem Partner, der im Antrag nicht vorkommt.",
    en: "This contact belongs to a partner that is not part of the application.",
  },
};

/** What a field of each kind holds, as the `{expected}` of an `invalid_type` message; internal, shared with the situation parser. */
export const expectedByKind: Readonly<Record<FieldKind, LocalizedText>> = {
  section: { de: "ein Abschnitt mit Feldern (Objekt)", en: "a section of fields (object)" },
  list: { de: "eine Liste", en: "a list" },
  text: { de: "ein Text", en: "a text" },
  schoolNumber: { de: "sechs Ziffern", en: "six digits" },
  option: { de: "einer der vorgegebenen Werte", en: "one of the listed values" },
  date: { de: "ein Datum", en: "a date" },
  email: { de: "eine E-Mail-Adresse", en: "an e-mail address" },
  boolean: { de: "ja (true) oder nein (false)", en: "yes (true) or no (false)" },
  index: { de: "eine Partnernummer", en: "a partner number" },
};

function fieldAt(path: string): FieldSpec {
  return fieldSpec(path) ?? { pattern: path, kind: "section", fields: {}, label: { de: path, en: path } };
}

/** The label people see for an input path, e.g. `contacts.0.email` → "E-Mail-Adresse". */
export function fieldLabel(path: string, lang: Lang = "de"): string {
  return fieldAt(path).label[lang];
}

/** How an application writes dates, in words of each language: the `{format}` of `invalid_date`. */
const dateFormats: LocalizedText = { de: "JJJJ-MM-TT", en: "YYYY-MM-DD" };

/**
 * The message of a field issue in `lang`: its template, filled with the field's label and the issue's
 * params. A form that takes dates written otherwise names its format in `params.format` (e.g.
 * `TT.MM.JJJJ`); the application's own (`JJJJ-MM-TT`) by default.
 */
export function issueMessage(issue: { readonly path: string; readonly code: FieldIssueCode; readonly params: MessageParams }, lang: Lang): string {
  const field = fieldAt(issue.path);
  return format(issueMessages[issue.code][lang], { label: field.label[lang], expected: expectedByKind[field.kind][lang], format: dateFormats[lang], ...issue.params });
}

/** Builds the issue for `path` with its message in `lang`. */
export function makeIssue(path: string, code: FieldIssueCode, lang: Lang, params: MessageParams = {}): Issue {
  return { path, code, params, message: issueMessage({ path, code, params }, lang) };
}

/** The issue code for a wrong value of a field kind; `tooBig` when only its size is wrong. */
export function codeFor(kind: FieldKind, tooBig: boolean): FieldIssueCode {
  switch (kind) {
    case "schoolNumber":
      return "invalid_school_number";
    case "date":
      return "invalid_date";
    case "option":
      return "invalid_option";
    case "index":
      return "invalid_partner_index";
    case "email":
      return tooBig ? "too_long" : "invalid_email";
    case "text":
      return tooBig ? "too_long" : "invalid_type";
    case "list":
      return tooBig ? "too_many" : "invalid_type";
    default:
      return "invalid_type";
  }
}

/**
 * Whether a value counts as not given: absent, `null` or a text of only white space. Empty form
 * fields are not wrong, just not filled in yet; every reader of input (applications, situations,
 * the forms' required checks) asks this one function.
 */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}


/**
 * Field checks of every kind but sections and lists: `"ok"`, `"wrong"` or `"too-big"`. Blank values
 * are the caller's to skip ({@link isBlank}); the situation parser checks its fields with it too.
 */
export function checkField(spec: FieldSpec, value: unknown): "ok" | "wrong" | "too-big" {
  switch (spec.kind) {
    case "text":
      if (typeof value !== "string") return "wrong";
      return value.length <= spec.max ? "ok" : "too-big";
    case "email":
      if (typeof value !== "string") return "wrong";
      if (value.length > spec.max) return "too-big";
      return EMAIL.test(value) ? "ok" : "wrong";
    case "schoolNumber":
      return typeof value === "string" && SCHOOL_NUMBER.test(value) ? "ok" : "wrong";
    case "option":
      return typeof value === "string" && spec.values.includes(value) ? "ok" : "wrong";
    case "date":
      return typeof value === "string" && isIsoDate(value) ? "ok" : "wrong";
    case "boolean":
      return typeof value === "boolean" ? "ok" : "wrong";
    case "index":
      return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= spec.max ? "ok" : "wrong";
    default:
      return "wrong";
  }
}

function pushIssue(issues: Issue[], spec: FieldSpec, path: string, tooBig: boolean, lang: Lang): undefined {
  const code = path === "" ? "invalid_input" : codeFor(spec.kind, tooBig);
  issues.push(makeIssue(path, code, lang, tooBig && "max" in spec ? { max: spec.max } : {}));
  return undefined;
}

/**
 * The fast validator, interpreting the field specs: returns the valid part of `value` and pushes one
 * issue per bad field. Only own properties are read, so nothing inherited is ever used.
 */
function validate(spec: FieldSpec, value: unknown, path: string, issues: Issue[], lang: Lang): unknown {
  if (spec.kind === "section") {
    if (!isRecord(value)) return pushIssue(issues, spec, path, false, lang);
    const result: Record<string, unknown> = {};
    for (const key in spec.fields) {
      const child = Object.hasOwn(value, key) ? value[key] : undefined;
      if (isBlank(child)) continue;
      const childSpec = spec.fields[key]!;
      // Leaves need their path only for an issue; build it only then.
      const leaf = childSpec.kind !== "section" && childSpec.kind !== "list";
      const check = leaf ? checkField(childSpec, child) : undefined;
      if (check === "ok") {
        result[key] = child;
        continue;
      }
      const childPath = path === "" ? key : `${path}.${key}`;
      if (check !== undefined) {
        pushIssue(issues, childSpec, childPath, check === "too-big", lang);
        continue;
      }
      const checked = validate(childSpec, child, childPath, issues, lang);
      if (checked !== undefined) result[key] = checked;
    }
    return result;
  }
  if (spec.kind === "list") {
    if (!Array.isArray(value)) return pushIssue(issues, spec, path, false, lang);
    if (value.length > spec.max) return pushIssue(issues, spec, path, true, lang);
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) items.push(validate(spec.item, value[i], `${path}.${i}`, issues, lang) ?? {});
    return items;
  }
  const check = checkField(spec, value);
  return check === "ok" ? value : pushIssue(issues, spec, path, check === "too-big", lang);
}

/** Codes of contradictions between fields: `parseApplication` finds them, `applicationSchema` does not. */
export const contradictionCodes: readonly IssueCode[] = ["end_before_start", "end_date_with_indefinite", "unknown_partner"];

/** Contradictions between valid fields: each is fine alone, not together. */
function contradictions(app: Application, lang: Lang): Issue[] {
  const found: Issue[] = [];
  const { agreement, partners, contacts } = app;
  if (typeof agreement?.endDate === "string") {
    if (agreement.indefinite === true) found.push(makeIssue("agreement.endDate", "end_date_with_indefinite", lang));
    else if (agreement.startDate !== undefined && agreement.endDate < agreement.startDate) {
      // ISO calendar dates compare correctly as text.
      found.push(makeIssue("agreement.endDate", "end_before_start", lang));
    }
  }
  if (partners !== undefined) {
    contacts?.forEach((contact, index) => {
      if (contact.side === "partner" && contact.partner !== undefined && contact.partner >= partners.length) {
        found.push(makeIssue(`contacts.${index}.partner`, "unknown_partner", lang));
      }
    });
  }
  return found;
}

function withoutField<T extends object>(object: T, key: keyof T): T {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

/** Drops the fields that contradict others, so no rule reads a contradiction. */
function dropContradictions(app: Application, issues: readonly Issue[]): Application {
  let result = app;
  for (const issue of issues) {
    if (issue.path === "agreement.endDate" && result.agreement) {
      result = { ...result, agreement: withoutField(result.agreement, "endDate") };
    }
    const contactPartner = /^contacts\.(\d+)\.partner$/.exec(issue.path);
    if (contactPartner && result.contacts) {
      const index = Number(contactPartner[1]);
      result = {
        ...result,
        contacts: result.contacts.map((contact, i) => (i === index ? withoutField(contact, "partner") : contact)),
      };
    }
  }
  return result;
}

/** The outcome of reading unknown input as an application. */
export interface ParsedApplication {
  /** The fields that are valid; invalid and contradictory fields are left out. */
  application: Application;
  /** One issue per bad field, empty when the input is valid. */
  issues: Issue[];
}

/**
 * Reads any value as a (partial) application: the valid fields, and one issue per bad field, field
 * checks first, then contradictions between fields. Never throws; unknown keys are ignored and never
 * copied; empty strings count as not given. School types and categories are `lists`' (a rule set's
 * data), the shipped ones by default.
 */
export function parseApplication(input: unknown, lang: Lang = "de", lists?: ChoiceLists): ParsedApplication {
  const issues: Issue[] = [];
  const application = (validate(applicationSpecFor(lists) as FieldSpec, input, "", issues, lang) ?? {}) as Application;
  const conflicts = contradictions(application, lang);
  if (conflicts.length === 0) return { application, issues };
  return { application: dropContradictions(application, conflicts), issues: [...issues, ...conflicts] };
}
