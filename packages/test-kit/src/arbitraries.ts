import fc from "fast-check";
import { addDays, addMonths, format } from "date-fns";
import { categories, criterionIds, schoolTypes, type Application, type CriterionId } from "@bildungspartner/core";

/** A complete application; every field is set so each criterion is decided. */
export type FullApplication = Required<{
  [K in keyof Application]: NonNullable<Application[K]>;
}>;

const isoDate = (date: Date) => format(date, "yyyy-MM-dd");

const firstNames = ["Anna", "Bernd", "Carla", "Deniz", "Emre", "Frieda", "Gül", "Hannes", "Ilse", "Jonas"];
const lastNames = ["Schmidt", "Meyer", "Yılmaz", "Wagner", "Becker", "Nowak", "Hoffmann", "Krüger", "Özdemir", "Lang"];
const towns = ["Bochum", "Münster", "Köln", "Detmold", "Wuppertal", "Bielefeld", "Aachen", "Siegen"];

const programmeCategories = categories.filter((c) => c.inProgramme).map((c) => c.id);
const needsMunicipalPartner: ReadonlySet<string> = new Set(categories.filter((c) => c.thirdPartner.needed === true).map((c) => c.id));
const schoolTypeIds = schoolTypes.map((t) => t.id).filter((id) => id !== "kindergarten" && id !== "kita");

const person = fc.record({
  first: fc.constantFrom(...firstNames),
  last: fc.constantFrom(...lastNames),
  style: fc.constantFrom("dotted", "initial", "plain"),
});

const ascii = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .replace(/ğ/g, "g")
    .replace(/[^a-z]/g, "");

function personalAddress(p: { first: string; last: string; style: string }, domain: string): string {
  const first = ascii(p.first);
  const last = ascii(p.last);
  const local = p.style === "dotted" ? `${first}.${last}` : p.style === "initial" ? `${first[0]}.${last}` : `${first}${last}`;
  return `${local}@${domain}`;
}

const term = fc.oneof(
  fc.record({ indefinite: fc.constant(true) }),
  fc.record({
    indefinite: fc.constant(false),
    months: fc.integer({ min: 24, max: 72 }),
    extraDays: fc.integer({ min: 0, max: 27 }),
  }),
);

/**
 * The day after the last day of a term of `months` months from `start` by §§ 187 (2), 188 (2), (3)
 * BGB: the day of the same number `months` later, or, where that month has no such day (a start on
 * 29–31), the first day of the next month.
 */
function dayAfterTerm(start: Date, months: number): Date {
  const same = addMonths(start, months);
  return same.getDate() === start.getDate() ? same : addDays(same, 1);
}

/** Valid, complete applications that meet every criterion. */
export const eligibleApplication: fc.Arbitrary<FullApplication> = fc
  .record({
    town: fc.constantFrom(...towns),
    schoolType: fc.constantFrom(...schoolTypeIds),
    schoolNumber: fc.stringMatching(/^[1-9]\d{5}$/),
    partners: fc.array(
      fc.record({ category: fc.constantFrom(...programmeCategories), municipal: fc.boolean(), supraRegional: fc.boolean() }),
      { minLength: 1, maxLength: 4 },
    ),
    municipalIndex: fc.nat(),
    start: fc.date({ min: new Date(2015, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true }),
    term,
    schoolContact: person,
    partnerContacts: fc.array(person, { minLength: 4, maxLength: 4 }),
    extraContact: fc.option(fc.nat(), { nil: undefined }),
  })
  .map((r) => {
    const start = new Date(r.start.getFullYear(), r.start.getMonth(), r.start.getDate());
    const partners = r.partners.map((p, i) => {
      const municipal = p.municipal || i === r.municipalIndex % r.partners.length;
      // A partner that is not municipal says whether it works across regions (asked only then).
      return {
        name: `${categories.find((c) => c.id === p.category)?.label.de} ${r.town} ${i + 1}`,
        category: p.category,
        municipal,
        ...(municipal ? {} : { supraRegional: p.supraRegional }),
      };
    });
    const agreement = {
      written: true,
      startDate: isoDate(start),
      endDate:
        r.term.indefinite || !("months" in r.term)
          ? null
          : isoDate(addDays(dayAfterTerm(start, r.term.months), r.term.extraDays - 1)),
      indefinite: r.term.indefinite,
      signedBySchool: true,
      signedByPartners: true,
      openToAllPupils: true,
      mentionsProgramme: true,
    };
    const contacts: FullApplication["contacts"] = [
      {
        side: "school",
        name: `${r.schoolContact.first} ${r.schoolContact.last}`,
        email: personalAddress(r.schoolContact, `schule-${ascii(r.town)}.de`),
      },
      ...partners.map((_, i) => {
        const p = r.partnerContacts[i % r.partnerContacts.length]!;
        return { side: "partner" as const, partner: i, name: `${p.first} ${p.last}`, email: personalAddress(p, `${ascii(r.town)}.de`) };
      }),
    ];
    if (r.extraContact !== undefined) {
      const p = r.partnerContacts[r.extraContact % 4]!;
      contacts.push({ side: "partner", partner: r.extraContact % partners.length, name: `${p.last} ${p.first}`, email: personalAddress(p, `verein-${ascii(r.town)}.de`) });
    }
    return {
      school: { name: `${schoolTypes.find((t) => t.id === r.schoolType)?.label.de} ${r.town}`, schoolNumber: r.schoolNumber, type: r.schoolType },
      partners,
      agreement,
      contacts,
    };
  });

/** A change of a valid application that makes one criterion not met; `choice` picks one of its ways. */
export type Breaker = (app: FullApplication, choice: number) => FullApplication;

/** For each criterion, a change of valid input that makes exactly that criterion not met. */
export const breakers: Readonly<Record<CriterionId, Breaker>> = {
  "written-agreement": (app) => ({ ...app, agreement: { ...app.agreement, written: false } }),
  "min-duration": (app, choice) => {
    const [y, m, d] = app.agreement.startDate!.split("-").map(Number) as [number, number, number];
    const start = new Date(y, m - 1, d);
    // At most 21 months, so that no start in August or September reaches two school years either.
    const end = addDays(addMonths(start, 1 + (choice % 21)), -1);
    return { ...app, agreement: { ...app.agreement, indefinite: false, endDate: isoDate(end) } };
  },
  "named-contacts": (app, choice) => {
    const partner = choice % (app.partners.length + 1);
    const contacts =
      partner === app.partners.length
        ? app.contacts.filter((c) => c.side !== "school")
        : app.contacts.filter((c) => !(c.side === "partner" && c.partner === partner));
    return { ...app, contacts };
  },
  "personal-email": (app, choice) => {
    const index = choice % app.contacts.length;
    const roles = ["info", "kontakt", "sekretariat", "poststelle", "verwaltung", "office"];
    const contacts = app.contacts.map((c, i) =>
      i === index ? { ...c, email: `${roles[choice % roles.length]}@${c.email!.split("@")[1]}` } : c,
    );
    return { ...app, contacts };
  },
  "open-to-all-pupils": (app) => ({ ...app, agreement: { ...app.agreement, openToAllPupils: false } }),
  "programme-mentioned": (app) => ({ ...app, agreement: { ...app.agreement, mentionsProgramme: false } }),
  "signed-by-all": (app, choice) => ({
    ...app,
    agreement: { ...app.agreement, ...(choice % 2 === 0 ? { signedBySchool: false } : { signedByPartners: false }) },
  }),
  "eligible-category": (app, choice) => {
    const index = choice % app.partners.length;
    return { ...app, partners: app.partners.map((p, i) => (i === index ? { ...p, category: "other" as const } : p)) };
  },
  "third-partner": (app) => ({
    ...app,
    partners: app.partners.map((p, i) => ({ ...p, municipal: false, supraRegional: i % 2 === 0, category: p.category !== undefined && needsMunicipalPartner.has(p.category) ? p.category : ("museum" as const) })),
  }),
  "kindergarten-excluded": (app, choice) => ({
    ...app,
    school: { ...app.school, type: choice % 2 === 0 ? ("kindergarten" as const) : ("kita" as const) },
  }),
};

/** A criterion id, for picking a breaker. */
export const criterionId: fc.Arbitrary<CriterionId> = fc.constantFrom(...criterionIds);

/** Every dotted path to a key of an object tree (not to array elements themselves). */
export function keyPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, key];
    return Array.isArray(value) ? keyPaths(child, path) : [path, ...keyPaths(child, path)];
  });
}

/** A deep copy of `value` without the key at `path`. */
export function withoutPath<T>(value: T, path: readonly string[]): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  delete target[path.at(-1)!];
  return copy as T;
}

/** A deep copy of `value` with the key at `path` set to `replacement`. */
export function withValueAt<T>(value: T, path: readonly string[], replacement: unknown): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path.at(-1)!] = replacement;
  return copy as T;
}

const junk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("", " ", "2025-02-30", "2025-13-01", "info@schule.de", "12345", "kita", "other", "x".repeat(300)),
  fc.array(fc.nat(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/**
 * Applications of every kind a form produces: eligible, with one criterion broken, half filled in
 * (fields removed) and invalid (a field replaced by a wrong value).
 */
export const anyApplication: fc.Arbitrary<unknown> = fc
  .tuple(
    eligibleApplication,
    fc.option(criterionId, { nil: undefined }),
    fc.nat(),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom("remove", "replace", "keep")), { maxLength: 4 }),
    fc.array(junk, { minLength: 4, maxLength: 4 }),
  )
  .map(([app, broken, choice, edits, values]) => {
    let result: unknown = broken === undefined ? app : breakers[broken](app, choice);
    edits.forEach(([seed, kind], i) => {
      const paths = keyPaths(result);
      if (paths.length === 0 || kind === "keep") return;
      const path = paths[seed % paths.length]!;
      result = kind === "remove" ? withoutPath(result, path) : withValueAt(result, path, values[i]);
    });
    return result;
  });
