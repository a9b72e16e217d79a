import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { readParties } from "./parties.js";
import { fold, isUpper, makeDoc, tokens } from "../document/text.js";

const corpusDir = fileURLToPath(new URL("../../../../examples/agreements/", import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(`${corpusDir}${f}`, "utf8"));

/** Words that may stand inside a name but never begin or end one. */
const functionWords = new Set(["der", "die", "das", "dem", "den", "des", "und", "im", "in", "am", "an", "zu", "zur", "zum", "von", "vom", "mit", "fuer", "bei", "auf", "sowie", "zwischen", "sind", "ist", "wird"]);

/**
 * A party's name is a noun phrase naming an institution: it begins and ends with a capitalised word
 * that is no function word, every other word is capitalised or a small link word ("am", "der"), and
 * it holds no sentence (no lower-case verb, no full stop before a capital).
 */
function isNounPhrase(name: string): boolean {
  const words = tokens(name, 0, name.length);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || name.length > 150) return false;
  const capital = (word: string) => isUpper(word[0]) && !functionWords.has(fold(word));
  if (!capital(first.text) || !(capital(last.text) || last.text === "V")) return false;
  return words.every((w) => capital(w.text) || functionWords.has(fold(w.text)) || w.text === "e" || w.text === "V");
}

const names = (text: string) => {
  const parties = readParties(makeDoc(text));
  return [parties.school.name, ...parties.partners.map((p) => p.name)].filter((n): n is string => n !== undefined);
};

/** Fragments agreements are made of: openings, articles, institution nouns, verbs, punctuation, line breaks. */
const fragment = fc.oneof(
  fc.constantFrom(
    "zwischen", "Zwischen", "und", "sowie", "der", "dem", "die", "das", "im", "Folgenden", "„Schule“", "Partner dieser Vereinbarung sind",
    "Vertragsparteien:", "Schule:", "Partner:", "§ 1 Partner", "(1)", "2.", "I.", "Gymnasium", "Grundschule", "Stadtarchiv",
    "Stadtbücherei", "Museum", "TuS", "SV 09", "e. V.", "Bibliotheksführerschein", "Musterstadt", "Am", "Park", "schließen",
    "arbeiten", "zusammen", "Vereinbarung", "folgende", ",", ".", ";", ":", "–", "(", ")", "\n", "\n\n", "Für die Schule",
    "gez.", "Unterschrift", "Präambel", "Musterdorf", "1921", "vertreten", "durch",
  ),
  fc.string({ maxLength: 12 }),
);
const text = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(" "));
/** Random text after the opening of a party list: plain random text almost never holds a name to check. */
const partyList = fc
  .tuple(fc.constantFrom("zwischen", "Zwischen", "Partner dieser Vereinbarung sind", "Vertragsparteien:", "§ 1 Partner"), text, text, text)
  .map(([opening, first, second, rest]) => `${opening}\n\n${first}\n\nund\n\n${second}\n\n${rest}`);

describe("a party's name is an institution noun phrase, never a function word or a fragment of a sentence", () => {
  test.each(corpus.map((t, i) => [i, t] as const))("corpus text %i", (_index, corpusText) => {
    for (const name of names(corpusText)) expect(name, name).toSatisfy(isNounPhrase);
  });

  // About one text in ten yields a name; the others are skipped, so 100 runs read about 1,000 texts.
  test.prop([partyList], { numRuns: 100 })("random text from the fragments of agreements, after the opening of a party list", (random) => {
    const found = names(random);
    fc.pre(found.length > 0);
    for (const name of found) expect(name, name).toSatisfy(isNounPhrase);
  });
});
