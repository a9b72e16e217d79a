import * as z from "zod";
import { categoryIds, schoolTypeIds, type CategoryId, type SchoolTypeId } from "./data.js";
import { parseIsoDate } from "./dates.js";
import { format, type Lang, type LocalizedText } from "./lang.js";

/** The school side of an application. Every field may be missing while a form is being filled in. */
export interface School {
  name?: string;
  /** Six-digit NRW school number (Schulnummer). */
  schoolNumber?: string;
  type?: SchoolTypeId;
}

/** An extracurricular partner institution. */
export interface Partner {
  name?: string;
  category?: CategoryId;
  /** Whether the partner is a municipal institution (kommunale Einrichtung). */
  municipal?: boolean;
}

/** The written cooperation agreement. */
export interface Agreement {
  written?: boolean;
  /** ISO calendar date `YYYY-MM-DD`. */
  startDate?: string;
  /** ISO calendar date, inclusive; `null` when the agreement has no end. */
  endDate?: string | null;
  indefinite?: boolean;
  signedBySchool?: boolean;
  /** Every extracurricular partner has signed. */
  signedByPartners?: boolean;
  openToAllPupils?: boolean;
  mentionsProgramme?: boolean;
}

/** A named contact person of the school or of one partner. */
export interface Contact {
  side?: "school" | "partner";
  /** Index into `partners` when `side` is `"partner"`. */
  partner?: number;
  name?: string;
  email?: string;
}

/** A partnership application as far as it is known: every section and field may be missing. */
export interface Application {
  school?: School;
  partners?: Partner[];
  agreement?: Agreement;
  contacts?: Contact[];
}

/** A problem with one input field; `path` is dotted (`contacts.1.email`), `""` for the whole input. */
export interface Issue {
  path: string;
  code: IssueCode;
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

type FieldKind = "section" | "list" | "text" | "schoolNumber" | "option" | "date" | "email" | "boolean" | "index";

interface FieldInfo {
  readonly kind: FieldKind;
  readonly label: LocalizedText;
}

/** Every input field by path pattern (`*` for a list index), with the label people see. */
const fields: Readonly<Record<string, FieldInfo>> = {
  "": { kind: "section", label: { de: "Antrag", en: "Application" } },
  school: { kind: "section", label: { de: "Schule", en: "School" } },
  "school.name": { kind: "text", label: { de: "Name der Schule", en: "School name" } },
  "school.schoolNumber": { kind: "schoolNumber", label: { de: "Schulnummer", en: "School number" } },
  "school.type": { kind: "option", label: { de: "Schulform", en: "School type" } },
  partners: { kind: "list", label: { de: "Partner", en: "Partners" } },
  "partners.*": { kind: "section", label: { de: "Partner", en: "Partner" } },
  "partners.*.name": { kind: "text", label: { de: "Name des Partners", en: "Partner name" } },
  "partners.*.category": { kind: "option", label: { de: "Art der Einrichtung", en: "Type of institution" } },
  "partners.*.municipal": { kind: "boolean", label: { de: "Kommunale Einrichtung", en: "Municipal institution" } },
  agreement: { kind: "section", label: { de: "Kooperationsvereinbarung", en: "Cooperation agreement" } },
  "agreement.written": { kind: "boolean", label: { de: "Schriftliche Vereinbarung", en: "Written agreement" } },
  "agreement.startDate": { kind: "date", label: { de: "Beginn der Vereinbarung", en: "Start date" } },
  "agreement.endDate": { kind: "date", label: { de: "Ende der Vereinbarung", en: "End date" } },
  "agreement.indefinite": { kind: "boolean", label: { de: "Unbefristet", en: "Indefinite" } },
  "agreement.signedBySchool": { kind: "boolean", label: { de: "Von der Schule unterschrieben", en: "Signed by the school" } },
  "agreement.signedByPartners": { kind: "boolean", label: { de: "Von allen Partnern unterschrieben", en: "Signed by all partners" } },
  "agreement.openToAllPupils": { kind: "boolean", label: { de: "Offen für alle Schülerinnen und Schüler", en: "Open to all pupils" } },
  "agreement.mentionsProgramme": { kind: "boolean", label: { de: "Bildungspartner NRW wird erwähnt", en: "Mentions Bildungspartner NRW" } },
  contacts: { kind: "list", label: { de: "Ansprechpersonen", en: "Contacts" } },
  "contacts.*": { kind: "section", label: { de: "Ansprechperson", en: "Contact" } },
  "contacts.*.side": { kind: "option", label: { de: "Seite der Ansprechperson", en: "Contact's side" } },
  "contacts.*.partner": { kind: "index", label: { de: "Partner der Ansprechperson", en: "Contact's partner" } },
  "contacts.*.name": { kind: "text", label: { de: "Name der Ansprechperson", en: "Contact name" } },
  "contacts.*.email": { kind: "email", label: { de: "E-Mail-Adresse", en: "E-mail address" } },
};

const issueMessages: Readonly<Record<Exclude<IssueCode, "unreadable_file" | "file_too_large" | "invalid_json">, LocalizedText>> = {
  invalid_input: {
    de: "Der Antrag muss ein JSON-Objekt mit den Abschnitten school, partners, agreement und contacts sein.",
    en: "The application must be a JSON object with the sections school, partners, agreement and contacts.",
  },
  invalid_type: {
    de: "„{label}“ hat die falsche Form: erwartet wird {expected}.",
    en: "“{label}” has the wrong form: expected {expected}.",
  },
  invalid_school_number: {
    de: "Die Schulnummer hat genau sechs Ziffern.",
    en: "The school number has exactly six digits.",
  },
  invalid_option: {
    de: "Bitte wählen Sie für „{label}“ einen der vorgegebenen Werte.",
    en: "Please choose one of the listed values for “{label}”.",
  },
  invalid_date: {
    de: "„{label}“ ist kein gültiges Datum. Bitte geben Sie ein Kalenderdatum im Format JJJJ-MM-TT an.",
    en: "“{label}” is not a valid date. Please give a calendar date as YYYY-MM-DD.",
  },
  invalid_email: {
    de: "„{label}“ ist keine gültige E-Mail-Adresse.",
    en: "“{label}” is not a valid e-mail address.",
  },
  invalid_partner_index: {
    de: "„{label}“ muss die Nummer eines Partners sein (0 für den ersten).",
    en: "“{label}” must be the number of a partner (0 for the first).",
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
    de: "Eine unbefristete Vereinbarung hat kein Enddatum. Bitte entfernen Sie das Enddatum oder wählen Sie „befristet“.",
    en: "An indefinite agreement has no end date. Please remove the end date or choose a fixed term.",
  },
  unknown_partner: {
    de: "Diese Ansprechperson gehört zu einem Partner, der im Antrag nicht vorkommt.",
    en: "This contact belongs to a partner that is not part of the application.",
  },
};

const expectedByKind: Readonly<Record<FieldKind, LocalizedText>> = {
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

function fieldAt(path: string): FieldInfo {
  const pattern = path.replace(/\.\d+(?=\.|$)/g, ".*");
  return fields[pattern] ?? { kind: "section", label: { de: path, en: path } };
}

/** The label people see for an input path, e.g. `contacts.0.email` → "E-Mail-Adresse". */
export function fieldLabel(path: string, lang: Lang = "de"): string {
  return fieldAt(path).label[lang];
}

/** Builds the issue for `path` with its message in `lang`. */
function makeIssue(path: string, code: keyof typeof issueMessages, lang: Lang, values: Record<string, string | number> = {}): Issue {
  const field = fieldAt(path);
  const message = format(issueMessages[code][lang], {
    label: field.label[lang],
    expected: expectedByKind[field.kind][lang],
    ...values,
  });
  return { path, code, message };
}

/** Empty form fields count as not given, not as wrong. */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

const isoDate = z.string().refine((text) => parseIsoDate(text) !== null);

/**
 * One schema for two uses: strict (reports every bad field) and lenient (drops bad fields), so the
 * rules can still judge what was given correctly.
 */
function buildSchema(lenient: boolean): z.ZodType<Application> {
  const field = (schema: z.ZodType): z.ZodType => {
    const optional = z.preprocess(blankToUndefined, schema.optional());
    return lenient ? optional.catch(undefined) : optional;
  };
  const section = (shape: Record<string, z.ZodType>): z.ZodType => {
    const object = z.object(shape);
    return lenient ? object.catch({}) : object;
  };
  const text = z.string().max(limits.textLength);
  const school = section({
    name: field(text),
    schoolNumber: field(z.string().regex(/^\d{6}$/)),
    type: field(z.enum(schoolTypeIds)),
  });
  const partner = section({
    name: field(text),
    category: field(z.enum(categoryIds)),
    municipal: field(z.boolean()),
  });
  const agreement = section({
    written: field(z.boolean()),
    startDate: field(isoDate),
    endDate: field(z.union([isoDate, z.null()])),
    indefinite: field(z.boolean()),
    signedBySchool: field(z.boolean()),
    signedByPartners: field(z.boolean()),
    openToAllPupils: field(z.boolean()),
    mentionsProgramme: field(z.boolean()),
  });
  const contact = section({
    side: field(z.enum(["school", "partner"])),
    partner: field(z.number().int().min(0).max(limits.partners - 1)),
    name: field(text),
    email: field(z.email().max(limits.emailLength)),
  });
  const list = (item: z.ZodType, max: number): z.ZodType => field(z.array(item).max(max));
  const application = z.object({
    school: field(school),
    partners: list(partner, limits.partners),
    agreement: field(agreement),
    contacts: list(contact, limits.contacts),
  });
  return (lenient ? application.catch({} as z.output<typeof application>) : application) as z.ZodType<Application>;
}

const strictSchema = buildSchema(false);
const lenientSchema = buildSchema(true);

function issueFromZod(issue: z.core.$ZodIssue, lang: Lang): Issue {
  const path = issue.path.map(String).join(".");
  const kind = fieldAt(path).kind;
  const tooBig = issue.code === "too_big";
  const max = tooBig && "maximum" in issue ? Number(issue.maximum) : 0;
  if (path === "") return makeIssue(path, "invalid_input", lang);
  switch (kind) {
    case "schoolNumber":
      return makeIssue(path, "invalid_school_number", lang);
    case "date":
      return makeIssue(path, "invalid_date", lang);
    case "option":
      return makeIssue(path, "invalid_option", lang);
    case "index":
      return makeIssue(path, "invalid_partner_index", lang);
    case "email":
      return tooBig ? makeIssue(path, "too_long", lang, { max }) : makeIssue(path, "invalid_email", lang);
    case "text":
      return tooBig ? makeIssue(path, "too_long", lang, { max }) : makeIssue(path, "invalid_type", lang);
    case "list":
      return tooBig ? makeIssue(path, "too_many", lang, { max }) : makeIssue(path, "invalid_type", lang);
    default:
      return makeIssue(path, "invalid_type", lang);
  }
}

/** Contradictions between fields that are each valid on their own. */
function crossFieldIssues(app: Application, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  const { agreement, partners, contacts } = app;
  if (agreement?.indefinite === true && typeof agreement.endDate === "string") {
    issues.push(makeIssue("agreement.endDate", "end_date_with_indefinite", lang));
  } else if (agreement?.startDate !== undefined && typeof agreement.endDate === "string") {
    const start = parseIsoDate(agreement.startDate);
    const end = parseIsoDate(agreement.endDate);
    if (start && end && end < start) issues.push(makeIssue("agreement.endDate", "end_before_start", lang));
  }
  if (partners !== undefined) {
    contacts?.forEach((contact, index) => {
      if (contact.side === "partner" && contact.partner !== undefined && contact.partner >= partners.length) {
        issues.push(makeIssue(`contacts.${index}.partner`, "unknown_partner", lang));
      }
    });
  }
  return issues;
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
 * Reads any value as a (partial) application: the valid fields, and one issue per bad field.
 * Never throws; unknown keys are ignored and never copied.
 */
export function parseApplication(input: unknown, lang: Lang = "de"): ParsedApplication {
  const strict = strictSchema.safeParse(input);
  const application = strict.success ? strict.data : lenientSchema.parse(input);
  const typeIssues = strict.success ? [] : strict.error.issues.map((issue) => issueFromZod(issue, lang));
  const contradictions = crossFieldIssues(application, lang);
  return {
    application: dropContradictions(application, contradictions),
    issues: [...typeIssues, ...contradictions],
  };
}
