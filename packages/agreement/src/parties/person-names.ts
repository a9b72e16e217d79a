import personNames from "../../data/person-names.json";
import { fold } from "../document/text.js";

/**
 * Person names as data (`data/person-names.json`, with its source and licence): first names common
 * in Germany, forms of address and titles. The reader takes two words for a person's name when the
 * first is a known first name, or when a form of address or a title stands before them: capital
 * letters alone do not make a name („Kulturelle Bildung“, „Stadtarchiv Bochum“).
 */

const firstNames: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(personNames.firstNames.map((name) => fold(name))))();

/** Titles as the text's tokens give them: without dots and apostrophes, case kept („OStR’in“ → „OStRin“, „Dr.“ → „Dr“). */
const titleKey = (word: string): string => word.replace(/[.'’]/gu, "");
const titles: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(personNames.titles.flatMap((title) => title.split(/[ -]/u)).map(titleKey)))();
const honorifics: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(personNames.honorifics.map(titleKey)))();

/** Whether a word is a first name of the list (case, umlauts and hyphens folded: „Jörg“, „Joerg“). */
export function isFirstName(word: string): boolean {
  return firstNames.has(fold(word)) || (word.includes("-") && word.split("-").every((part) => firstNames.has(fold(part))));
}

/** Whether a word is a title or rank written before a name („Dr“, „OStR’in“, „Studienrätin“). */
export const isTitle = (word: string): boolean => titles.has(titleKey(word));

/** Whether a word is a form of address („Frau“, „Herr“, „Hr“). */
export const isHonorific = (word: string): boolean => honorifics.has(titleKey(word));
