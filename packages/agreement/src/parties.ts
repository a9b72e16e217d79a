import type { Lang } from "@bildungspartner/core";
import { fold, sideOfWord, tokens, type Doc } from "./text.js";

/** One party of the agreement: the school or an extracurricular partner. */
export interface Party {
  readonly side: "school" | "partner";
  /** The institution's name as written in the agreement's opening ("zwischen … und …"). */
  readonly name?: string;
  /** Folded words that name this party and no other (name words, the defined short name). */
  readonly words: ReadonlySet<string>;
}

/** The parties: from the opening when it can be read, else one school and one partner assumed. */
export interface Parties {
  readonly school: Party;
  readonly partners: readonly Party[];
  /** True when the opening could not be read and one school and one partner are assumed. */
  readonly assumed: boolean;
}

/** Which party a passage points to. */
export type SideRef = { readonly kind: "school" } | { readonly kind: "partner"; readonly index: number } | { readonly kind: "some-partner" };

const BETWEEN = /(?<!\p{L})zwischen(?!\p{L})/iu;
const PARTIES_END =
  /(?:wird|werden)\s(?:die\s)?(?:folgende|nachstehende)|(?:schließen|treffen|vereinbaren)\s(?:folgende|die\sfolgende|nachstehende)|Präambel|§|\n[ ]?1[.)][ ]/iu;
const PARTY_SEPARATOR = /\n[ ]?(?:und|sowie)[ ]?\n|[ ,\n](?:und|sowie)\s(?=(?:der|dem|den|die|das)\s)/giu;
const LEADING_ARTICLE = /^(?:der|dem|den|die|das)[ ]/iu;
const DEFINED_NAME = /(?:im\sFolgenden|nachfolgend|nachstehend|fortan)\s?:?\s?(?:als\s)?[„"»‚']?(\p{L}[\p{L}-]*)/iu;
const NAME_END = /[(,]|[ ][-–][ ]|[ ]vertreten[ ]durch/u;

const stopWords = new Set(["der", "die", "das", "dem", "den", "des", "und", "fuer", "von", "vom", "zur", "zum", "mit", "am", "im", "an", "in", "stadt", "staedtische", "staedtisches", "staedtischen"]);

function partyWords(name: string, defined: string | undefined): Set<string> {
  const words = new Set<string>();
  for (const token of tokens(name, 0, name.length)) {
    const folded = fold(token.text);
    if (folded.length >= 3 && !stopWords.has(folded)) words.add(folded);
  }
  if (defined) words.add(fold(defined));
  return words;
}

/** Small words that belong inside an institution's name ("Gymnasium am Stadtpark", "Haus der Geschichte"). */
const nameLinks = new Set(["am", "an", "der", "die", "das", "des", "dem", "den", "für", "und", "im", "in", "zu", "zur", "zum", "von", "vom", "bei", "auf", "mit", "e"]);

/** The name up to the first word that cannot be part of it ("Archiv soll …" → "Archiv"). */
function nameWords(text: string): string {
  let end = text.length;
  for (const token of tokens(text, 0, text.length)) {
    const lower = token.text === token.text.toLowerCase();
    if (lower && !nameLinks.has(token.text)) {
      end = token.start;
      break;
    }
  }
  return text.slice(0, end).trim();
}

interface RawParty {
  side: "school" | "partner" | undefined;
  name: string;
  words: Set<string>;
}

function readParty(chunk: string): RawParty | undefined {
  const trimmed = chunk.trim().replace(LEADING_ARTICLE, "");
  const firstLine = trimmed.split("\n", 1)[0]!;
  const cut = firstLine.search(NAME_END);
  const name = nameWords((cut >= 0 ? firstLine.slice(0, cut) : firstLine).trim());
  if (name.length < 3 || name.length > 150 || tokens(name, 0, name.length).length === 0) return undefined;
  const defined = DEFINED_NAME.exec(trimmed.slice(0, 400))?.[1];
  let side: RawParty["side"];
  for (const token of tokens(name, 0, name.length)) {
    const word = sideOfWord(token.text);
    if (word === "school") side = "school";
    else if (word && side === undefined) side = "partner";
  }
  if (side === undefined && defined) {
    const word = sideOfWord(defined);
    side = word === "school" ? "school" : word ? "partner" : undefined;
  }
  return { side, name, words: partyWords(name, defined) };
}

const assumedParties: Parties = {
  school: { side: "school", words: new Set() },
  partners: [{ side: "partner", words: new Set() }],
  assumed: true,
};

/**
 * Reads the parties from the agreement's opening: "zwischen <Schule> und <Partner> (und <Partner>)",
 * one per block or in one sentence. Falls back to one school and one partner.
 */
export function readParties(doc: Doc): Parties {
  const head = doc.text.slice(0, 5000);
  const between = BETWEEN.exec(head);
  if (!between) return assumedParties;
  const regionStart = between.index + between[0].length;
  let region = doc.text.slice(regionStart, regionStart + 1500);
  const end = region.search(PARTIES_END);
  if (end >= 0) region = region.slice(0, end);
  const chunks: string[] = [];
  let last = 0;
  for (const m of region.matchAll(PARTY_SEPARATOR)) {
    chunks.push(region.slice(last, m.index));
    last = m.index + m[0].length;
  }
  // the last party ends at the first blank line after it
  const rest = region.slice(last).replace(/^\n+/u, "");
  const blank = rest.indexOf("\n\n");
  chunks.push(blank >= 0 ? rest.slice(0, blank) : rest);
  if (chunks.length < 2 || chunks.length > 6) return assumedParties;
  const parties = chunks.map(readParty);
  if (parties.some((p) => p === undefined)) return assumedParties;
  const read = parties as RawParty[];
  const schoolIndex = read.findIndex((p) => p.side === "school");
  if (schoolIndex < 0) return assumedParties;
  // A word that names two parties ("Bochum") tells neither apart.
  const counts = new Map<string, number>();
  for (const party of read) for (const word of party.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const own = (party: RawParty) => new Set([...party.words].filter((w) => counts.get(w) === 1));
  const school = read[schoolIndex]!;
  const partners = read.filter((p, i) => i !== schoolIndex && p.side !== "school");
  if (partners.length === 0) return assumedParties;
  return {
    school: { side: "school", name: school.name, words: own(school) },
    partners: partners.map((p) => ({ side: "partner", name: p.name, words: own(p) })),
    assumed: false,
  };
}

function stems(folded: string): string[] {
  const forms = [folded];
  for (const ending of ["es", "s", "n"]) if (folded.endsWith(ending)) forms.push(folded.slice(0, -ending.length));
  return forms;
}

/** Which party one word points to, or undefined. */
export function sideOfToken(parties: Parties, word: string): SideRef | undefined {
  const forms = stems(fold(word));
  const named = parties.partners.flatMap((p, index) => (forms.some((f) => p.words.has(f)) ? [index] : []));
  if (named.length === 1) return { kind: "partner", index: named[0]! };
  if (forms.some((f) => parties.school.words.has(f))) return { kind: "school" };
  const kind = sideOfWord(word);
  if (kind === "school") return { kind: "school" };
  if (kind === null) return undefined;
  return parties.partners.length === 1 ? { kind: "partner", index: 0 } : { kind: "some-partner" };
}

/** Every reference to a party in [from, to), in text order. */
export function sideRefs(doc: Doc, parties: Parties, from: number, to: number): Array<{ pos: number; ref: SideRef }> {
  const refs: Array<{ pos: number; ref: SideRef }> = [];
  for (const token of tokens(doc.text, from, to)) {
    const ref = sideOfToken(parties, token.text);
    if (ref) refs.push({ pos: token.start, ref });
  }
  return refs;
}

/** Key of a party: "school" or "partner:<index>". */
export type PartyKey = "school" | `partner:${number}`;

export function partyKeys(parties: Parties): PartyKey[] {
  return ["school", ...parties.partners.map((_, i) => `partner:${i}` as const)];
}

export function keyOf(ref: SideRef): PartyKey | undefined {
  return ref.kind === "school" ? "school" : ref.kind === "partner" ? `partner:${ref.index}` : undefined;
}

/** How a message names a party (accusative, after "für"). */
export function partyLabel(parties: Parties, key: PartyKey, lang: Lang): string {
  if (key === "school") return lang === "de" ? "die Schule" : "the school";
  const index = Number(key.slice("partner:".length));
  const name = parties.partners[index]?.name;
  if (name) return lang === "de" ? `„${name}“` : `“${name}”`;
  if (parties.partners.length === 1) return lang === "de" ? "den Partner" : "the partner";
  return lang === "de" ? `Partner ${index + 1}` : `partner ${index + 1}`;
}

/** "A, B und C" / "A, B and C". */
export function joinLabels(labels: readonly string[], lang: Lang): string {
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} ${lang === "de" ? "und" : "and"} ${labels[labels.length - 1]}`;
}
