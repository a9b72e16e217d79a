import type { Application, Contact } from "./application.js";
import { perList, thirdPartnerNeed, type CategoryReading, type RoleMailboxList, type ThirdPartnerNeed } from "./data.js";
import { coveredMonths, monthDay, parseIsoDate, schoolYearsReached } from "./dates.js";
import { runtimeCategories } from "../generated/runtime-data.js";
import type { LocalizedText } from "../lang.js";
import { emailKind } from "./mailbox.js";

/** A fact's value: `null` when the input does not tell it yet. */
export type FactValue = boolean | number | string | null;

/**
 * A derived fact with input paths: while it is unknown, those whose absence leaves it so; once it
 * is known, those that decided it.
 */
interface Derived {
  readonly value: FactValue;
  readonly paths: readonly string[];
}

/** A fact the rule files may name, with the words the catalogue uses for it. */
export interface FactDefinition {
  readonly name: FactName;
  readonly type: "boolean" | "number" | "string";
  /** How people read a number fact's values: `month-day` is MMDD (930 is 30 September). */
  readonly format?: "month-day";
  readonly label: LocalizedText;
}

/** Names of the facts that rule conditions read. */
export type FactName =
  | "agreement.written"
  | "agreement.indefinite"
  | "agreement.renewsAutomatically"
  | "agreement.coversMonths"
  | "agreement.startMonthDay"
  | "agreement.schoolYearsReached"
  | "agreement.signedBySchool"
  | "agreement.signedByPartners"
  | "agreement.openToAllPupils"
  | "agreement.mentionsProgramme"
  | "school.type"
  | "partners.allInProgramme"
  | "partners.anyMunicipal"
  | "partners.anyNeedsMunicipalPartner"
  | "partners.anyLocalNeedsReview"
  | "contacts.schoolNamed"
  | "contacts.everyPartnerNamed"
  | "contacts.allEmailsPersonal";

/** The facts of one application, by name. */
export type Facts = Readonly<Record<FactName, FactValue>>;

/**
 * Facts plus input paths: for every unknown fact, the paths that would decide it (`missing`); for
 * every known fact, the paths that decided it (`decidedBy`), so a result can point at its fields.
 */
export interface DerivedFacts {
  readonly values: Facts;
  readonly missing: Readonly<Record<FactName, readonly string[]>>;
  readonly decidedBy: Readonly<Record<FactName, readonly string[]>>;
}

const known = (value: FactValue, ...decidedBy: string[]): Derived => ({ value, paths: decidedBy });
const unknown = (...missing: string[]): Derived => ({ value: null, paths: missing });

/** A given boolean field, or unknown with its path. */
function flag(value: boolean | undefined, path: string): Derived {
  return value === undefined ? unknown(path) : known(value, path);
}

/** The items with a value, and their paths together. */
function withValue(items: readonly Derived[], value: FactValue): Derived {
  const paths: string[] = [];
  for (const item of items) if (item.value === value) for (const path of item.paths) paths.push(path);
  return { value, paths };
}

/**
 * Three-valued "every": false as soon as one item is definitely false (decided by the false
 * items), unknown while any item is unknown, else true (decided by the whole list). An absent or
 * empty list is unknown.
 */
function every(items: readonly Derived[] | undefined, listPath: string): Derived {
  if (items === undefined || items.length === 0) return unknown(listPath);
  if (items.some((item) => item.value === false)) return withValue(items, false);
  return items.some((item) => item.value === null) ? withValue(items, null) : known(true, listPath);
}

/** Three-valued "some": the dual of {@link every}; "no item" is decided by the whole list. */
function some(items: readonly Derived[] | undefined, listPath: string): Derived {
  if (items === undefined || items.length === 0) return unknown(listPath);
  if (items.some((item) => item.value === true)) return withValue(items, true);
  return items.some((item) => item.value === null) ? withValue(items, null) : known(false, listPath);
}

/**
 * What the facts read from a rule set's data lists: of the categories whether each is in the
 * programme and whether it needs a municipal co-partner; of the role-mailbox list its words.
 */
interface ListReadings {
  readonly inProgramme: ReadonlyMap<string, boolean>;
  readonly needsMunicipalPartner: ReadonlyMap<string, ThirdPartnerNeed>;
  readonly roleMailboxes: RoleMailboxList | undefined;
}

/** The readings of a rule set's lists, computed once per lists object; the shipped lists' by default. */
const listReadings = /* @__PURE__ */ perList<FactLists, ListReadings>({}, (lists) => {
  const categories = lists.categories ?? runtimeCategories;
  return {
    inProgramme: new Map(categories.map((c) => [c.id, c.inProgramme])),
    needsMunicipalPartner: new Map(categories.map((c) => [c.id, thirdPartnerNeed(c.thirdPartner)])),
    roleMailboxes: lists.roleMailboxes,
  };
});

function indefinite(app: Application): Derived {
  const agreement = app.agreement;
  if (agreement?.indefinite !== undefined) return known(agreement.indefinite, "agreement.indefinite");
  // A concrete end date answers the question: a dated agreement is not indefinite.
  if (typeof agreement?.endDate === "string") return known(false, "agreement.endDate");
  return unknown("agreement.indefinite");
}

/**
 * Whether the term renews itself until notice: as given; a dated agreement that does not say so does
 * not. Without either, the end date is what to ask for (the box is optional).
 */
function renewsAutomatically(app: Application): Derived {
  const agreement = app.agreement;
  if (agreement?.renewsAutomatically !== undefined) return known(agreement.renewsAutomatically, "agreement.renewsAutomatically");
  if (typeof agreement?.endDate === "string") return known(false, "agreement.endDate");
  return unknown("agreement.endDate");
}

/** A fact of the agreement's start and end dates, unknown with the missing paths while either is absent. */
function fromTerm(app: Application, measure: (start: Date, end: Date) => number): Derived {
  const start = app.agreement?.startDate;
  const end = app.agreement?.endDate;
  const missing = [
    ...(start === undefined ? ["agreement.startDate"] : []),
    ...(typeof end === "string" ? [] : ["agreement.endDate"]),
  ];
  if (start === undefined || typeof end !== "string") return unknown(...missing);
  const startDate = parseIsoDate(start);
  const endDate = parseIsoDate(end);
  return startDate && endDate ? known(measure(startDate, endDate), "agreement.startDate", "agreement.endDate") : unknown("agreement.startDate", "agreement.endDate");
}

/** The input paths of one partner's fields the third-partner facts read. */
interface PartnerPaths {
  readonly municipal: string;
  readonly category: string;
  readonly supraRegional: string;
}

/**
 * Three-valued "some partner …" over the partners that are not municipal (a municipal one is
 * decided false by its flag); `judge` decides the others with the partner's paths and its
 * category's third-partner reading.
 */
function someNonMunicipal(
  app: Application,
  { needsMunicipalPartner }: ListReadings,
  judge: (partner: NonNullable<Application["partners"]>[number], paths: PartnerPaths, need: ThirdPartnerNeed | undefined) => Derived,
): Derived {
  return some(
    app.partners?.map((partner, i): Derived => {
      const paths = { municipal: `partners.${i}.municipal`, category: `partners.${i}.category`, supraRegional: `partners.${i}.supraRegional` };
      if (partner.municipal === true) return known(false, paths.municipal);
      return judge(partner, paths, partner.category === undefined ? undefined : needsMunicipalPartner.get(partner.category));
    }),
    "partners",
  );
}

/**
 * Three-valued "some partner needs a municipal co-partner": a partner needs one when it is not
 * municipal and either works across regions (the FAQ's example, „ein überregionaler Verband“) or its
 * category's reading is `needed` (`data/categories.json`).
 */
function anyNeedsMunicipalPartner(app: Application, readings: ListReadings): Derived {
  return someNonMunicipal(app, readings, (partner, { municipal, category, supraRegional }, need) => {
    if (partner.municipal === undefined) return unknown(municipal);
    if (need === "needed") return known(true, municipal, category);
    if (partner.supraRegional === true) return known(true, municipal, supraRegional);
    if (need === undefined) return unknown(category, ...(partner.supraRegional === undefined ? [supraRegional] : []));
    return partner.supraRegional === false ? known(false, category, supraRegional) : unknown(supraRegional);
  });
}

/**
 * Three-valued "some local partner needs a review of the third-partner condition": a partner that is
 * not municipal, not supra-regional, and of a category whose reading is `review` (sports clubs and
 * stages as shipped): whether it needs a municipal co-partner is left to the programme office.
 */
function anyLocalNeedsReview(app: Application, readings: ListReadings): Derived {
  return someNonMunicipal(app, readings, (partner, { municipal, category, supraRegional }, need) => {
    if (partner.category === undefined) return unknown(category);
    if (need !== "review") return known(false, category);
    if (partner.municipal === undefined) return unknown(municipal);
    if (partner.supraRegional === undefined) return unknown(supraRegional);
    return known(!partner.supraRegional, municipal, category, supraRegional);
  });
}

function schoolContactNamed(contacts: readonly Contact[] | undefined): Derived {
  const candidates = contacts?.map((contact, i): Derived => {
    if (contact.side === undefined) return unknown(`contacts.${i}.side`);
    if (contact.side !== "school") return known(false, `contacts.${i}.side`);
    return contact.name === undefined ? unknown(`contacts.${i}.name`) : known(true, `contacts.${i}.name`);
  });
  return some(candidates, "contacts");
}

function partnerContactNamed(contacts: readonly Contact[], partnerIndex: number): Derived {
  const candidates = contacts.map((contact, i): Derived => {
    if (contact.side === undefined) return unknown(`contacts.${i}.side`);
    if (contact.side !== "partner") return known(false, `contacts.${i}.side`);
    if (contact.partner === undefined) return unknown(`contacts.${i}.partner`);
    if (contact.partner !== partnerIndex) return known(false, `contacts.${i}.partner`);
    return contact.name === undefined ? unknown(`contacts.${i}.name`) : known(true, `contacts.${i}.name`);
  });
  return some(candidates, "contacts");
}

function everyPartnerNamed(app: Application): Derived {
  const { partners, contacts } = app;
  if (contacts === undefined || contacts.length === 0) {
    return partners === undefined || partners.length === 0 ? unknown("partners", "contacts") : unknown("contacts");
  }
  return every(
    partners?.map((_, index) => partnerContactNamed(contacts, index)),
    "partners",
  );
}

/**
 * Personal when the address bears the contact's name (the rule of `mailbox.ts`): decided by the
 * address and the name. Not personal, decided by the address (the field to change), when it does
 * not; a role mailbox is that whatever the name, other addresses stay unknown while the name is.
 */
function personalEmail(contact: Contact, index: number, roleMailboxes: RoleMailboxList | undefined): Derived {
  const path = `contacts.${index}.email`;
  if (contact.email === undefined) return unknown(path);
  const kind = emailKind(contact.email, contact.name, roleMailboxes);
  if (kind === null) return unknown(`contacts.${index}.name`);
  return kind === "personal" ? known(true, path, `contacts.${index}.name`) : known(false, path);
}

function allEmailsPersonal(app: Application, readings: ListReadings): Derived {
  return every(
    app.contacts?.map((contact, i) => personalEmail(contact, i, readings.roleMailboxes)),
    "contacts",
  );
}

/** How each fact derives from an application, by name: the single place each fact is computed. */
const derivations: Readonly<Record<FactName, (app: Application, readings: ListReadings) => Derived>> = {
  "agreement.written": (app) => flag(app.agreement?.written, "agreement.written"),
  "agreement.indefinite": indefinite,
  "agreement.renewsAutomatically": renewsAutomatically,
  "agreement.coversMonths": (app) => fromTerm(app, coveredMonths),
  "agreement.startMonthDay": (app) => fromTerm(app, (start) => monthDay(start)),
  "agreement.schoolYearsReached": (app) => fromTerm(app, schoolYearsReached),
  "agreement.signedBySchool": (app) => flag(app.agreement?.signedBySchool, "agreement.signedBySchool"),
  "agreement.signedByPartners": (app) => flag(app.agreement?.signedByPartners, "agreement.signedByPartners"),
  "agreement.openToAllPupils": (app) => flag(app.agreement?.openToAllPupils, "agreement.openToAllPupils"),
  "agreement.mentionsProgramme": (app) => flag(app.agreement?.mentionsProgramme, "agreement.mentionsProgramme"),
  "school.type": (app) => (app.school?.type === undefined ? unknown("school.type") : known(app.school.type, "school.type")),
  "partners.allInProgramme": (app, { inProgramme }) =>
      every(
        app.partners?.map((partner, i) =>
          partner.category === undefined
            ? unknown(`partners.${i}.category`)
            : known(inProgramme.get(partner.category) === true, `partners.${i}.category`),
        ),
        "partners",
      ),
  "partners.anyMunicipal": (app) => some(app.partners?.map((partner, i) => flag(partner.municipal, `partners.${i}.municipal`)), "partners"),
  "partners.anyNeedsMunicipalPartner": anyNeedsMunicipalPartner,
  "partners.anyLocalNeedsReview": anyLocalNeedsReview,
  "contacts.schoolNamed": (app) => schoolContactNamed(app.contacts),
  "contacts.everyPartnerNamed": everyPartnerNamed,
  "contacts.allEmailsPersonal": allEmailsPersonal,
};

/** Each fact's type and label, for the catalogue; apart from the derivations, so evaluating leaves the labels out of bundles. */
const definitions: Readonly<Record<FactName, Omit<FactDefinition, "name">>> = {
  "agreement.written": { type: "boolean", label: { de: "Die Vereinbarung ist schriftlich", en: "The agreement is written" } },
  "agreement.indefinite": { type: "boolean", label: { de: "Die Vereinbarung ist unbefristet", en: "The agreement is indefinite" } },
  "agreement.renewsAutomatically": {
    type: "boolean",
    label: { de: "Die Vereinbarung verlängert sich von selbst bis zur Kündigung", en: "The agreement renews itself until notice" },
  },
  "agreement.coversMonths": {
    type: "number",
    label: { de: "Laufzeit der Vereinbarung in vollen Monaten", en: "Term of the agreement in whole months" },
  },
  "agreement.startMonthDay": {
    type: "number",
    format: "month-day",
    label: {
      de: "Tag des Beginns im Jahr, als Monat und Tag (MMTT, z. B. 915 für den 15. September)",
      en: "Day of the year the agreement starts, as month and day (MMDD, e.g. 915 for 15 September)",
    },
  },
  "agreement.schoolYearsReached": {
    type: "number",
    label: {
      de: "Zahl der Schuljahre vom Schuljahr des Beginns bis zum letzten 31. Juli innerhalb der Laufzeit",
      en: "Number of school years from the school year of the start to the last 31 July within the term",
    },
  },
  "agreement.signedBySchool": { type: "boolean", label: { de: "Die Schule hat unterzeichnet", en: "The school has signed" } },
  "agreement.signedByPartners": { type: "boolean", label: { de: "Alle Partner haben unterzeichnet", en: "Every partner has signed" } },
  "agreement.openToAllPupils": {
    type: "boolean",
    label: { de: "Das Angebot steht allen Schülerinnen und Schülern offen", en: "The offer is open to all pupils" },
  },
  "agreement.mentionsProgramme": {
    type: "boolean",
    label: { de: "Die Vereinbarung erwähnt Bildungspartner NRW", en: "The agreement mentions Bildungspartner NRW" },
  },
  "school.type": { type: "string", label: { de: "Art der Einrichtung", en: "Kind of institution" } },
  "partners.allInProgramme": {
    type: "boolean",
    label: {
      de: "Alle Partner gehören zu einer Art von Einrichtung, die das Programm vorsieht",
      en: "Every partner is of a kind of institution the programme provides for",
    },
  },
  "partners.anyMunicipal": {
    type: "boolean",
    label: { de: "Mindestens ein Partner ist eine kommunale Einrichtung", en: "At least one partner is municipal" },
  },
  "partners.anyNeedsMunicipalPartner": {
    type: "boolean",
    label: {
      de: "Ein nicht kommunaler Partner braucht einen weiteren, kommunalen Partner, weil er überregional tätig ist oder seine Art von Einrichtung es verlangt",
      en: "A non-municipal partner needs a further, municipal partner because it works across regions or its kind of institution requires it",
    },
  },
  "partners.anyLocalNeedsReview": {
    type: "boolean",
    label: {
      de: "Ein nicht kommunaler, örtlicher Partner ist von einer Art, bei der Bildungspartner NRW über den dritten Partner entscheidet",
      en: "A non-municipal, local partner is of a kind for which Bildungspartner NRW decides on the third partner",
    },
  },
  "contacts.schoolNamed": {
    type: "boolean",
    label: { de: "Die Schule nennt eine Ansprechperson", en: "The school names a contact person" },
  },
  "contacts.everyPartnerNamed": {
    type: "boolean",
    label: { de: "Jeder Partner nennt eine Ansprechperson", en: "Every partner names a contact person" },
  },
  "contacts.allEmailsPersonal": {
    type: "boolean",
    label: {
      de: "Alle Ansprechpersonen haben eine persönliche E-Mail-Adresse",
      en: "Every contact person has a personal e-mail address",
    },
  },
};

/** Every fact the rule files may name, with its type and label. */
// Marked pure so that bundles which only evaluate drop it and the labels with it.
export const factDefinitions: readonly FactDefinition[] = /* @__PURE__ */ (() =>
  Object.entries(definitions).map(([name, definition]) => ({ name: name as FactName, ...definition })))();

/** Names of every fact the rule files may name. */
export const factNames = /* @__PURE__ */ Object.keys(derivations) as [FactName, ...FactName[]];

const derivationList = /* @__PURE__ */ Object.entries(derivations) as Array<[FactName, (typeof derivations)[FactName]]>;

const none: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/** The paths without repeats, in order; the list itself when it has none (the common case, so no copy). */
export function distinctPaths(paths: readonly string[]): readonly string[] {
  for (let i = 1; i < paths.length; i++) {
    if (paths.lastIndexOf(paths[i]!, i - 1) !== -1) return [...new Set(paths)];
  }
  return paths;
}

/** The data lists the facts read; each the shipped one when not given. */
export interface FactLists {
  /** The partner categories (a rules folder's `data/categories.json`). */
  readonly categories?: readonly CategoryReading[] | undefined;
  /** The role-mailbox words (a rules folder's `data/role-mailboxes.json`). */
  readonly roleMailboxes?: RoleMailboxList | undefined;
}

/**
 * Derives every fact of an application once, reading `lists` (the shipped ones by default; pass the
 * same object each time, as a rule set's `data` is, so its readings are made once); both evaluators read the result.
 */
export function deriveFacts(app: Application, lists?: FactLists): DerivedFacts {
  const values = {} as Record<FactName, FactValue>;
  const missing = {} as Record<FactName, readonly string[]>;
  const decidedBy = {} as Record<FactName, readonly string[]>;
  const readings = listReadings(lists);
  for (const [name, derive] of derivationList) {
    const { value, paths } = derive(app, readings);
    const distinct = distinctPaths(paths);
    values[name] = value;
    missing[name] = value === null ? distinct : none;
    decidedBy[name] = value === null ? none : distinct;
  }
  return { values, missing, decidedBy };
}
