import type { ThirdPartnerNeed } from "../application/data.js";
import { criterionLevelWords, decisionStatusWords } from "../evaluate/vocabulary.js";
import { format, type Lang, type LocalizedText, type MessageParams } from "../localized.js";

/*
 * One change found by `diffRuleFolders`, as data: a code and its params. The sentences a policy maker
 * reads come from the table below, in German or English; the Markdown report and the Werkstatt render
 * them with `diffChangeText`. Params that quote a rule (its texts, conditions in words) stay in the
 * language the rule file and the prose are written in.
 */

/** Every kind of change, with its German and English sentence. */
export const diffChangeTexts = {
  "text-changed": { de: "{what} geändert: „{before}“ → „{after}“", en: "{what} changed: “{before}” → “{after}”" },
  "english-text-changed": { de: "{what} (englisch) geändert: „{before}“ → „{after}“", en: "{what} (English) changed: “{before}” → “{after}”" },
  "text-reworded": { de: "{what} umformuliert: „{before}“ → „{after}“", en: "{what} reworded: “{before}” → “{after}”" },
  "english-text-reworded": { de: "{what} (englisch) umformuliert: „{before}“ → „{after}“", en: "{what} (English) reworded: “{before}” → “{after}”" },
  "threshold-changed": { de: "Schwellenwert geändert – {label}: {before} → {after}", en: "Threshold changed – {label}: {before} → {after}" },
  "values-changed": { de: "Werteliste geändert – {label} ({parts}); jetzt: {now}", en: "List of values changed – {label} ({parts}); now: {now}" },
  "comparison-changed": { de: "Vergleich geändert: „{before}“ → „{after}“", en: "Comparison changed: “{before}” → “{after}”" },
  "condition-changed": { de: "Bedingung geändert: vorher „{before}“, jetzt „{after}“", en: "Condition changed: before “{before}”, now “{after}”" },
  "cases-changed": { de: "Beispielfälle ({before} → {after}) – {parts}", en: "Example cases ({before} → {after}) – {parts}" },
  "valid-from-changed": { de: "Gültig ab {before} → {after}", en: "In force from {before} → {after}" },
  "version-changed": { de: "Version {before} → {after}", en: "Version {before} → {after}" },
  "order-changed": { de: "Reihenfolge der {plural} geändert: {order}", en: "Order of the {plural} changed: {order}" },
  "interpretation-added": { de: "Auslegung hinzugefügt: „{text}“", en: "Reading added: “{text}”" },
  "interpretation-removed": { de: "Auslegung entfernt (vorher „{text}“)", en: "Reading removed (was “{text}”)" },
  "reading-added": { de: "Auslegung hinzugefügt: „{title}“ (`{id}`)", en: "Reading added: “{title}” (`{id}`)" },
  "reading-changed": { de: "Auslegung geändert: „{title}“ (`{id}`)", en: "Reading changed: “{title}” (`{id}`)" },
  "reading-removed": { de: "Auslegung entfernt: „{title}“ (`{id}`)", en: "Reading removed: “{title}” (`{id}`)" },
  "further-source-added": { de: "Weitere Quelle hinzugefügt: {source}", en: "Further source added: {source}" },
  "further-source-changed": { de: "Weitere Quelle geändert: {before} → {after}", en: "Further source changed: {before} → {after}" },
  "further-source-removed": { de: "Weitere Quelle entfernt: {source}", en: "Further source removed: {source}" },
  "quote-changed": { de: "Zitat der Quelle geändert: „{before}“ → „{after}“", en: "Quote of the source changed: “{before}” → “{after}”" },
  "source-changed": { de: "Quelle geändert: {before} → {after}", en: "Source changed: {before} → {after}" },
  "level-changed": {
    de: "Stufe geändert: {beforeLevel} → {afterLevel}; ist es nicht erfüllt, lautet das Ergebnis jetzt „{outcomeStatus}“",
    en: "Level changed: {beforeLevel} → {afterLevel}; if it is not met, the result is now “{outcomeStatus}”",
  },
  "steps-changed": { de: "Nächste Schritte bei {name} ({before} → {after}): jetzt {list}", en: "Next steps for {name} ({before} → {after}): now {list}" },
  "step-source-changed": {
    de: "Quelle von Nächster Schritt {step} bei {name} geändert: „{before}“ → „{after}“",
    en: "Source of next step {step} for {name} changed: “{before}” → “{after}”",
  },
  "step-stage-changed": { de: "Nächster Schritt {step} bei {name} gilt jetzt {stage} (vorher {was})", en: "Next step {step} for {name} now applies {stage} (was {was})" },
  "criterion-added": { de: "Neues Kriterium ({newLevel}). Erfüllt, wenn: {condition}", en: "New criterion ({newLevel}). Met when: {condition}" },
  "criterion-removed": { de: "Kriterium entfernt.", en: "Criterion removed." },
  "offering-added": { de: "Neues Angebot. Verfügbar, wenn: {condition}", en: "New offering. Available when: {condition}" },
  "offering-removed": { de: "Angebot entfernt.", en: "Offering removed." },
  "offerings-only-old": {
    de: "Nur der alte Ordner hat einen Angebotsordner (offerings/, {count} Angebote); die Angebote werden nicht verglichen.",
    en: "Only the old folder has an offerings folder (offerings/, {count} offerings); the offerings are not compared.",
  },
  "offerings-only-new": {
    de: "Nur der neue Ordner hat einen Angebotsordner (offerings/, {count} Angebote); die Angebote werden nicht verglichen.",
    en: "Only the new folder has an offerings folder (offerings/, {count} offerings); the offerings are not compared.",
  },
  "entry-added": { de: "{list} hinzugefügt: {label} (`{id}`)", en: "{list} added: {label} (`{id}`)" },
  "entry-added-in-programme": { de: "{list} hinzugefügt: {label} (`{id}`), im Programm vorgesehen", en: "{list} added: {label} (`{id}`), part of the programme" },
  "entry-added-not-in-programme": {
    de: "{list} hinzugefügt: {label} (`{id}`), nicht im Programm vorgesehen",
    en: "{list} added: {label} (`{id}`), not part of the programme",
  },
  "entry-renamed": { de: "{list} `{id}` umbenannt: „{before}“ → „{after}“", en: "{list} `{id}` renamed: “{before}” → “{after}”" },
  "entry-now-in-programme": { de: "{list} {label} (`{id}`): jetzt im Programm vorgesehen", en: "{list} {label} (`{id}`): now part of the programme" },
  "entry-no-longer-in-programme": { de: "{list} {label} (`{id}`): nicht mehr im Programm vorgesehen", en: "{list} {label} (`{id}`): no longer part of the programme" },
  "entry-removed": { de: "{list} entfernt: {label} (`{id}`)", en: "{list} removed: {label} (`{id}`)" },
  "third-partner-need-changed": { de: "{named}: ein nicht kommunaler Partner braucht {need}", en: "{named}: a non-municipal partner needs {need}" },
  "third-partner-source-changed": { de: "{named}, Quelle zum dritten Partner geändert: {before} → {after}", en: "{named}, source on the third partner changed: {before} → {after}" },
  "words-added": { de: "{list} hinzugefügt: {words}", en: "{list} added: {words}" },
  "words-removed": { de: "{list} entfernt: {words}", en: "{list} removed: {words}" },
  "domain-added": { de: "Dienstliches Postfach hinzugefügt: {domain}", en: "Official mailbox added: {domain}" },
  "domain-removed": { de: "Dienstliches Postfach entfernt: {domain}", en: "Official mailbox removed: {domain}" },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** The kind of a change found by the diff. */
export type DiffChangeCode = keyof typeof diffChangeTexts;

/**
 * One change between two rule folders: its code and the values its sentence names. A param named
 * `…Level` holds a criterion level, `…Status` a decision status, `need` a third-partner need; their
 * words come from the vocabulary in the language asked for.
 */
export interface DiffChange {
  readonly code: DiffChangeCode;
  readonly params: MessageParams;
}

/** A change as data. */
export const diffChange = (code: DiffChangeCode, params: MessageParams = {}): DiffChange => ({ code, params });

const thirdPartnerWords: Readonly<Record<ThirdPartnerNeed, LocalizedText>> = {
  needed: { de: "jetzt einen weiteren, kommunalen Partner", en: "a further, municipal partner now" },
  review: {
    de: "einen weiteren, kommunalen Partner jetzt nur nach Prüfung durch Bildungspartner NRW",
    en: "a further, municipal partner now only after review by Bildungspartner NRW",
  },
  "not-needed": { de: "keinen weiteren, kommunalen Partner mehr", en: "no further, municipal partner any more" },
};

/** The words of a param that names a level, a status or a need. */
function paramWords(key: string, value: string | number, lang: Lang): string | number {
  const words = (table: Readonly<Record<string, LocalizedText>>) => (Object.hasOwn(table, String(value)) ? table[String(value)]![lang] : value);
  if (key.endsWith("Level")) return words(criterionLevelWords);
  if (key.endsWith("Status")) return words(decisionStatusWords);
  if (key === "need") return words(thirdPartnerWords);
  return value;
}

/** A change as a sentence in German (default) or English. */
export function diffChangeText(change: DiffChange, lang: Lang = "de"): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(change.params)) params[key] = paramWords(key, value, lang);
  return format(diffChangeTexts[change.code][lang], params);
}
