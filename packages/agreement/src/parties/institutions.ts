import { categories, schoolTypes } from "@bildungspartner/core";
import { fold, tokens } from "../document/text.js";

/** Which side of the partnership a word points to. `generic` is "the partner" without saying which. */
export type SideWord = "school" | "partner" | "generic";

/** The last word of a label, folded: "Freie Waldorfschule" → "waldorfschule", "PRIMUS-Schule" → "primusschule". */
function headNoun(label: string): string {
  const words = tokens(label, 0, label.length);
  return fold(words[words.length - 1]?.text ?? label);
}

/**
 * Nouns that end a school's name. The school types come from the core's data (a policy maker adds a
 * type there, and agreements naming it are read); a few other words schools use follow.
 */
const schoolEndings = [
  // Kindergartens are in the core's list only to be refused; a text naming one names no school here.
  ...schoolTypes.filter((t) => t.id !== "kindergarten" && t.id !== "kita").map((t) => headNoun(t.label.de)),
  "schulzentrum", "lyzeum", "partnerschule", "gymnasien", "kolleg", "schulverbund", "schule",
];

/** Institutions whose names end in "schule" but that are partners, not schools. */
const partnerSchools = [
  "musikschule", "volkshochschule", "kunstschule", "tanzschule", "ballettschule", "malschule", "sprachschule",
  "reitschule", "jugendkunstschule", "theaterschule", "naturschule", "waldschule", "hochschule", "fahrschule",
];

/**
 * Nouns that end a partner's name: the core's categories ("Archiv", "Bibliothek", "Sportverein", …,
 * from `data/categories.json`) and the variants real agreements use for them.
 */
const partnerEndings = [
  ...categories.filter((c) => c.id !== "other").map((c) => headNoun(c.label.de)),
  ...partnerSchools, "archiv", "stadtarchiv", "museum", "bibliothek", "buecherei", "mediathek", "theater", "buehne",
  "gedenkstaette", "medienzentrum", "verein", "station", "umweltzentrum", "naturschutzzentrum", "zentrum", "stiftung",
  "orchester", "galerie", "kunsthalle", "dokumentationsstelle", "kulturamt", "kulturbuero", "heimatverein", "vhs",
  "landschaftsverband", "verband", "zoo", "planetarium", "sternwarte", "atelier", "ensemble", "chor", "club", "klub",
  "forum", "akademie", "kunstverein", "gesellschaft", "institut", "kulturzentrum", "begegnungsstaette", "schauspiel",
  "philharmonie", "kompanie", "kunstmuseum", "stadtteilbibliothek", "jugendzentrum", "naturschutzstation", "sportamt",
  "baederamt", "jugendamt", "umweltamt", "gruenflaechenamt", "stadtmarketing",
].filter((word) => word !== "bildung");

/** Persons of a partner institution: they point to the partner side as its name does. */
const partnerPersons = [
  "archivar", "archivarin", "bibliothekar", "bibliothekarin", "museumspaedagoge", "museumspaedagogin", "kustos",
  "kustodin", "buergermeister", "buergermeisterin", "trainer", "trainerin", "dirigent", "dirigentin", "vorsitzende",
  "vorsitzender", "intendant", "intendantin", "kulturdezernent", "kulturdezernentin",
];

/** Short names of sports clubs, exactly as written ("TuS Wanne", "SV Blau-Weiß"). */
const clubAbbreviations = new Set([
  "SV", "TuS", "TV", "TSV", "VfL", "VfB", "VfR", "DJK", "SC", "FC", "TSG", "SG", "SpVgg", "BV", "BSV", "SSV", "ESV",
  "TC", "RV", "KSV", "PSV", "ASV", "MTV", "TuRa", "TGV", "VHS",
]);

const schoolWords = new Set([
  "schule", "schulleitung", "schulleiter", "schulleiterin", "schulseite", "schulisch", "schulische", "schulischer",
  "schulischen", "lehrer", "lehrerin", "lehrkraft", "lehrkraefte", "lehrerinnen", "konrektor", "konrektorin", "rektor",
  "rektorin", "stufenleitung", "stufenleiter", "stufenleiterin", "stufenkoordinator", "stufenkoordinatorin",
  "kollegium", "schulnummer", "schulkoordinator", "schulkoordinatorin", "fachlehrer", "fachlehrerin", "klassenlehrer",
  "klassenlehrerin", "abteilungsleiter", "abteilungsleiterin", "schulverwaltung", "bildungsgangleiter",
  "bildungsgangleiterin", "schultraeger", "schulfuehrungskonferenz", "schulkonferenz", "schulfuehrung", "schulgemeinde",
]);
const genericPartnerWords = new Set([
  "partner", "partnerin", "kooperationspartner", "kooperationspartnerin", "einrichtung", "institution",
  "bildungspartner", "partnereinrichtung", "partnerinstitution", "kultureinrichtung", "bildungseinrichtung",
  "vertragspartner", "vertragspartnerin", "lernort",
]);

/** The word and its forms without a case ending: "archivs" → "archiv", "museums" → "museum". */
function stems(folded: string): string[] {
  const forms = [folded];
  for (const ending of ["es", "s", "en", "n", "e"]) {
    if (folded.length > ending.length + 3 && folded.endsWith(ending)) forms.push(folded.slice(0, -ending.length));
  }
  return forms;
}

/** Compounds of an institution and a role: "Museumsleitung", "Archivleiter", "Schulseite". */
const roleEndings = ["leitung", "leiterin", "leiter", "seite", "paedagogik", "paedagogin", "paedagoge", "verwaltung", "direktorin", "direktor", "vertretung"];

function classify(folded: string): SideWord | null {
  for (const form of stems(folded)) {
    if (schoolWords.has(form)) return "school";
    if (partnerSchools.some((e) => form.endsWith(e))) return "partner";
    if (schoolEndings.some((e) => form.endsWith(e))) return "school";
  }
  for (const form of stems(folded)) {
    if (genericPartnerWords.has(form)) return "generic";
    if (partnerEndings.some((e) => form.endsWith(e)) || partnerPersons.some((e) => form.endsWith(e))) return "partner";
  }
  return null;
}

/** Which side a single word points to, or null for an ordinary word. */
export function sideOfWord(word: string): SideWord | null {
  if (clubAbbreviations.has(word)) return "partner";
  const folded = fold(word);
  if (folded.length < 3) return null;
  if (folded.startsWith("ausserschulisch")) return "generic";
  const role = roleEndings.find((e) => folded.endsWith(e) && folded.length > e.length + 3);
  if (role) {
    const institution = folded.slice(0, -role.length);
    if (institution === "schul" || institution === "schulen") return "school";
    // "Musikschulleitung": the institution lost its final "e" in the compound
    const side = classify(institution) ?? classify(`${institution}e`);
    if (side) return side;
  }
  return classify(folded);
}

/**
 * The partner nouns a word ends with, shortest first: "Heimatverein" → ["verein", "heimatverein"],
 * "Stadtarchivs" → ["archiv", "stadtarchiv"]. A label can then be matched to the one party whose
 * name has the same head ("Heimat- und Geschichtsverein …").
 */
const headCache = new Map<string, string[]>();

export function partnerHeads(word: string): string[] {
  const cached = headCache.get(word);
  if (cached) return cached;
  const heads = new Set<string>();
  for (const form of stems(fold(word))) for (const e of partnerEndings) if (e.length >= 4 && form.endsWith(e)) heads.add(e);
  const sorted = [...heads].sort((a, b) => a.length - b.length);
  if (headCache.size < 5000) headCache.set(word, sorted);
  return sorted;
}

/**
 * Whether a word names an institution itself (a school type, a partner category or one of their
 * variants), not only a role or "the partner": the head of a party's name.
 */
export function isInstitutionNoun(word: string): boolean {
  if (clubAbbreviations.has(word)) return true;
  const folded = fold(word);
  if (folded === "schule") return true;
  if (folded.length < 3 || schoolWords.has(folded) || partnerPersons.some((e) => folded.endsWith(e))) return false;
  if (roleEndings.some((e) => folded.endsWith(e) && folded.length > e.length + 3)) return false;
  const side = classify(folded);
  return side === "school" || side === "partner";
}

/**
 * Nouns that texts use alone as short names ("die Schule", "das Gymnasium", "das Archiv"): a bare
 * one names a kind of institution, not one party.
 */
const bareNouns: ReadonlySet<string> = new Set([
  ...schoolEndings,
  ...partnerEndings,
  "stadtarchiv", "stadtbuecherei", "stadtbibliothek", "stadtmuseum", "partner",
]);

/** Whether a name is a single bare institution noun, such as "Gymnasium" or "Stadtbücherei". */
export function isBareNoun(name: string): boolean {
  const words = tokens(name, 0, name.length);
  return words.length === 1 && bareNouns.has(fold(words[0]!.text));
}
