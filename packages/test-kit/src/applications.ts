/*
 * Plausible partnership applications, generated from a seed: what a portal's export would hold, with
 * the mix that makes a rule change visible (terms of 12 to 48 months, some indefinite, some partners
 * outside the programme, some role mailboxes, some answers still open). Browser-safe: the Regel-Werkstatt
 * generates its sample with it in the page; `writeApplications` (write-applications.ts) writes them to a file.
 */

/** A small, fast, seeded random generator (mulberry32): the same seed gives the same applications. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const schoolTypes = ["grundschule", "gymnasium", "realschule", "gesamtschule", "berufskolleg", "foerderschule", "sekundarschule"];
const categories = ["archive", "library", "museum", "music-school", "stage", "memorial", "media-centre", "sports-club", "adult-education-centre"];
const terms = [12, 18, 23, 24, 24, 24, 30, 36, 36, 48];
/** Personal mailboxes and the names they bear. */
const people: ReadonlyArray<readonly [string, string]> = [
  ["anna.schmidt", "Anna Schmidt"],
  ["bernd.meyer", "Bernd Meyer"],
  ["c.yilmaz", "Cem Yılmaz"],
  ["d.kowalski", "Dana Kowalski"],
  ["eva.schulz", "Eva Schulz"],
  ["f.becker", "Frieda Becker"],
  ["g.hoffmann", "Gül Hoffmann"],
];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** One application; `n` numbers it (its `id`). */
export function application(next: () => number, n: number): Record<string, unknown> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const partnerCount = chance(0.85) ? 1 : 2;
  const partners = Array.from({ length: partnerCount }, (_, i) => ({
    name: `${pick(["Stadtarchiv", "Stadtbibliothek", "Museum", "Musikschule", "Theater"])} ${n}-${i}`,
    category: chance(0.04) ? "other" : pick(categories),
    municipal: chance(0.85),
  })).map((partner) => (partner.municipal ? partner : { ...partner, supraRegional: n % 5 === 0 }));
  const year = 2024 + Math.floor(next() * 3);
  const month = 1 + Math.floor(next() * 12);
  const indefinite = chance(0.12);
  const months = pick(terms);
  const endYear = year + Math.floor((month - 1 + months) / 12);
  const endMonth = ((month - 1 + months) % 12) + 1;
  // The day before the same date `months` later: a term of exactly that many months.
  const end = new Date(Date.UTC(endYear, endMonth - 1, 1) - 86_400_000);
  const agreement: Record<string, unknown> = {
    written: chance(0.97),
    startDate: `${year}-${pad(month)}-01`,
    ...(indefinite ? { endDate: null, indefinite: true } : { endDate: end.toISOString().slice(0, 10), indefinite: false }),
    signedBySchool: chance(0.98),
    signedByPartners: chance(0.97),
    openToAllPupils: chance(0.96),
    mentionsProgramme: chance(0.93),
  };
  if (chance(0.08)) delete agreement[pick(["written", "signedBySchool", "openToAllPupils", "mentionsProgramme"])];
  // A role mailbox now and then, else a person's mailbox that bears the person's name.
  const mailbox = (role: string): readonly [string, string] => (chance(0.05) ? [pick(["info", "sekretariat", "kontakt"]), role] : pick(people));
  const contact = (role: string, domain: string) => {
    const [local, name] = mailbox(role);
    return { name, email: `${local}@${domain}` };
  };
  const contacts = [
    { side: "school", ...contact("Ansprechperson Schule", `schule-${n}.de`) },
    ...partners.map((_, i) => ({ side: "partner", partner: i, ...contact("Ansprechperson Partner", `partner-${n}.de`) })),
  ];
  return {
    id: `A${pad(n, 6)}`,
    school: { name: `Schule ${n}`, schoolNumber: String(100000 + (n % 900000)), type: chance(0.01) ? "kita" : pick(schoolTypes) },
    partners,
    agreement,
    contacts,
  };
}

/** The seed of the sample the CLI's impact benchmark and the Regel-Werkstatt use. */
export const SAMPLE_SEED = 2023;

/** `count` applications from `seed`, numbered from 1: the same ones `writeApplications` writes. */
export function applications(count: number, seed = SAMPLE_SEED): Record<string, unknown>[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => application(next, i + 1));
}
