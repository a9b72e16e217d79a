import { canonicalJson } from "../audit/canonical-json.js";
import { foldCondition } from "../evaluate/condition.js";
import { thirdPartnerNeed, type Category, type ThirdPartnerNeed } from "../application/data.js";
import { decisionStatuses, type DecisionStatus } from "../evaluate/decision.js";
import type { LocalizedText } from "../lang.js";
import type { OfferingId, OfferingRuleFile, OfferingRuleSet } from "../offerings/offering-rules.js";
import type { Condition, CriterionId, FactCondition, FurtherSource, RuleFile } from "../evaluate/rule-file.js";
import type { RuleFolder } from "./rule-folder.js";
import type { CriterionChange, Impact } from "./rule-impact.js";
import { offeringKind, type DataLists } from "./rule-kinds.js";
import type { RuleCaseFile } from "./rule-loading.js";
import { factConditions } from "../evaluate/condition.js";
import { comparisonProse, comparisonText, conditionProse, factLabel, germanDate, germanList, statusWords, type ProseLists } from "./rule-prose.js";
import { submissionStageWords, type RuleSet, type SubmissionStage } from "../evaluate/rule-set.js";
import { criterionLevelWords } from "../evaluate/parameters.js";

/** The words for a Decision's status in a count or a table: „3 registrierbar“. */
export const decisionStatusWords: Readonly<Record<DecisionStatus, LocalizedText>> = {
  eligible: { de: "registrierbar", en: "eligible" },
  "needs-review": { de: "Prüfung durch Bildungspartner NRW", en: "review by Bildungspartner NRW" },
  "not-eligible": { de: "nicht registrierbar", en: "not eligible" },
  incomplete: { de: "unvollständig", en: "incomplete" },
  invalid: { de: "ungültig", en: "invalid" },
};


const texts = { statusWord: decisionStatusWords, level: criterionLevelWords };

/** Deep equality of parsed JSON (key order aside). */
const isDeepStrictEqual = (a: unknown, b: unknown): boolean => a === b || canonicalJson(a) === canonicalJson(b);

const offeringStatusWords = Object.fromEntries(Object.entries(offeringKind.statusWords).map(([status, words]) => [status, words.de])) as Readonly<
  Record<keyof typeof offeringKind.statusWords, string>
>;

/*
 * What changed between two rule folders, rule by rule, in German sentences a policy maker can check
 * against what they meant to change.
 */

/** The changes of one rule: a criterion, or (with `OfferingId`) an offering. */
export interface RuleChange<Id extends string = CriterionId> {
  readonly id: Id;
  /** The German title (the new one, or the old one for a removed rule). */
  readonly title: string;
  readonly kind: "added" | "removed" | "changed";
  /** One German sentence per change. */
  readonly changes: readonly string[];
}

/** What changed between the offerings folders (`offerings/`) inside two rule folders. */
export interface OfferingsDiff {
  /** Version and date of each side's offerings; `undefined` for a side without an offerings folder. */
  readonly old: { readonly version: string; readonly validFrom: string } | undefined;
  readonly new: { readonly version: string; readonly validFrom: string } | undefined;
  /** Changes of the offerings as a whole: version, date, order; or that only one side has offerings. */
  readonly ruleSet: readonly string[];
  /** Changed, added and removed offerings, in the new order, removed ones last. */
  readonly rules: readonly RuleChange<OfferingId>[];
  /** Offerings without any change. */
  readonly unchanged: readonly OfferingId[];
}

/** What changed between two rule folders. */
export interface RuleSetDiff {
  /** Each side's version and date, and its folder where the caller named it. */
  readonly old: { readonly dir?: string; readonly version: string; readonly validFrom: string };
  readonly new: { readonly dir?: string; readonly version: string; readonly validFrom: string };
  /** Changes of the rule set as a whole: version, date, order of criteria. */
  readonly ruleSet: readonly string[];
  /** Changed, added and removed criteria, in the new order, removed ones last. */
  readonly rules: readonly RuleChange[];
  /** Criteria without any change. */
  readonly unchanged: readonly CriterionId[];
  /** Changes of the data lists, one German sentence each. */
  readonly lists: readonly string[];
  /** Changes of the offerings; absent when neither folder has an offerings folder. */
  readonly offerings?: OfferingsDiff;
}

const quoted = (text: string) => `„${text}“`;

function textChange(what: string, before: LocalizedText, after: LocalizedText): string[] {
  const changes: string[] = [];
  if (before.de !== after.de) changes.push(`${what} geändert: ${quoted(before.de)} → ${quoted(after.de)}`);
  if (before.en !== after.en) changes.push(`${what} (englisch) geändert: ${quoted(before.en)} → ${quoted(after.en)}`);
  return changes;
}

const reworded = (what: string, before: LocalizedText, after: LocalizedText): string[] =>
  textChange(what, before, after).map((c) => c.replace(" geändert:", " umformuliert:"));

const messageNames: ReadonlyArray<[keyof RuleFile["messages"], string]> = [
  ["met", `Meldung bei „${statusWords.met}“`],
  ["notMet", `Meldung bei „${statusWords["not-met"]}“`],
  ["unknown", "Meldung bei fehlender Angabe"],
];

const offeringTextNames: ReadonlyArray<[keyof OfferingRuleFile["messages"], string]> = [
  ["available", `„${offeringStatusWords.available}“`],
  ["notAvailable", `„${offeringStatusWords["not-available"]}“`],
  ["unknown", "fehlender Angabe"],
];

/** A condition's tree with the facts it compares, as text: two conditions of the same shape compare the same facts in the same places. */
function shape(condition: Condition<string>): string {
  return foldCondition<string, string>(condition, {
    fact: (comparison) => comparison.fact,
    all: (parts) => `all(${parts.join(",")})`,
    any: (parts) => `any(${parts.join(",")})`,
    not: (inner) => `not(${inner})`,
  });
}

/** The comparisons of two conditions of the same shape, side by side. */
function pairs(a: Condition<string>, b: Condition<string>): Array<[FactCondition<string>, FactCondition<string>]> {
  const after = factConditions(b);
  return factConditions(a).map((comparison, i) => [comparison, after[i]!]);
}

const numericOperators = new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);

type Lists = { old: ProseLists; new: ProseLists };

function comparisonChange(before: FactCondition<string>, after: FactCondition<string>, lists: Lists): string | undefined {
  if (isDeepStrictEqual(before, after)) return undefined;
  const label = factLabel(before.fact);
  if (before.operator === after.operator && numericOperators.has(before.operator)) {
    return `Schwellenwert geändert – ${label}: ${comparisonText(before, lists.old)} → ${comparisonText(after, lists.new)}`;
  }
  if (before.operator === after.operator && Array.isArray(before.value) && Array.isArray(after.value)) {
    const added = after.value.filter((v) => !(before.value as readonly unknown[]).includes(v));
    const removed = before.value.filter((v) => !(after.value as readonly unknown[]).includes(v));
    const words = (values: readonly unknown[], from: ProseLists) =>
      germanList(values.map((v) => comparisonText({ ...before, operator: "equal", value: v as string }, from)), "und");
    const parts = [
      ...(added.length > 0 ? [`hinzugefügt: ${words(added, lists.new)}`] : []),
      ...(removed.length > 0 ? [`entfernt: ${words(removed, lists.old)}`] : []),
    ];
    if (parts.length > 0) {
      return `Werteliste geändert – ${label} (${parts.join("; ")}); jetzt: ${comparisonText(after, lists.new)}`;
    }
  }
  return `Vergleich geändert: ${quoted(comparisonProse(before, lists.old))} → ${quoted(comparisonProse(after, lists.new))}`;
}

function conditionChanges(before: Condition<string>, after: Condition<string>, lists: Lists): string[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (shape(before) === shape(after)) {
    return pairs(before, after).flatMap(([a, b]) => comparisonChange(a, b, lists) ?? []);
  }
  return [`Bedingung geändert: vorher ${quoted(conditionProse(before, lists.old))}, jetzt ${quoted(conditionProse(after, lists.new))}`];
}

function caseChanges(before: readonly { readonly name: string }[], after: readonly { readonly name: string }[]): string[] {
  const byName = new Map(before.map((c) => [c.name, c]));
  const afterNames = new Set(after.map((c) => c.name));
  const added = after.filter((c) => !byName.has(c.name)).map((c) => quoted(c.name));
  const removed = before.filter((c) => !afterNames.has(c.name)).map((c) => quoted(c.name));
  const changed = after.filter((c) => byName.has(c.name) && !isDeepStrictEqual(byName.get(c.name), c)).map((c) => quoted(c.name));
  const parts = [
    ...(added.length > 0 ? [`neu: ${added.join(", ")}`] : []),
    ...(removed.length > 0 ? [`entfernt: ${removed.join(", ")}`] : []),
    ...(changed.length > 0 ? [`geändert: ${changed.join(", ")}`] : []),
  ];
  return parts.length > 0 ? [`Beispielfälle (${before.length} → ${after.length}) – ${parts.join("; ")}`] : [];
}

/** What a criterion and an offering rule have in common, as far as the diff compares it. */
interface ComparableRule {
  readonly conditions: Condition<string>;
  readonly validFrom: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly source: { readonly quote: string; readonly url: string };
  readonly furtherSources?: readonly FurtherSource[] | undefined;
  readonly interpretation?: LocalizedText | undefined;
}

/** Condition, date, title and description: compared the same way for both kinds of rule. */
function headChanges(before: ComparableRule, after: ComparableRule, lists: Lists, descriptionName: string): string[] {
  return [
    ...conditionChanges(before.conditions, after.conditions, lists),
    ...(before.validFrom !== after.validFrom ? [`Gültig ab ${germanDate(before.validFrom)} → ${germanDate(after.validFrom)}`] : []),
    ...textChange("Titel", before.title, after.title),
    ...textChange(descriptionName, before.description, after.description),
  ];
}

/** The reading of a rule, added, removed or reworded: it is one of the catalogue's „Auslegungsfragen“. */
function interpretationChanges(before: LocalizedText | undefined, after: LocalizedText | undefined): string[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [`Auslegung hinzugefügt: ${quoted(after!.de)}`];
  if (after === undefined) return [`Auslegung entfernt (vorher ${quoted(before.de)})`];
  return textChange("Auslegung", before, after);
}

const furtherSourceText = (source: FurtherSource) => `${source.url} (${quoted(source.claim.de)}${source.quote ? `, Zitat ${quoted(source.quote)}` : ""})`;

/**
 * Further sources that differ: one that went and one that came with the same address are a change of
 * its claim or quote; the others were added or removed. A page may be cited for several claims.
 */
function furtherSourceChanges(before: readonly FurtherSource[], after: readonly FurtherSource[]): string[] {
  const gone = before.filter((source) => !after.some((other) => isDeepStrictEqual(source, other)));
  const came = after.filter((source) => !before.some((other) => isDeepStrictEqual(source, other)));
  const changes: string[] = [];
  for (const source of came) {
    const previous = gone.findIndex((other) => other.url === source.url);
    if (previous < 0) {
      changes.push(`Weitere Quelle hinzugefügt: ${furtherSourceText(source)}`);
      continue;
    }
    changes.push(`Weitere Quelle geändert: ${furtherSourceText(gone[previous]!)} → ${furtherSourceText(source)}`);
    gone.splice(previous, 1);
  }
  return [...changes, ...gone.map((source) => `Weitere Quelle entfernt: ${furtherSourceText(source)}`)];
}

function sourceChanges(before: ComparableRule, after: ComparableRule): string[] {
  return [
    ...(before.source.quote !== after.source.quote ? [`Zitat der Quelle geändert: ${quoted(before.source.quote)} → ${quoted(after.source.quote)}`] : []),
    ...(before.source.url !== after.source.url ? [`Quelle geändert: ${before.source.url} → ${after.source.url}`] : []),
    ...furtherSourceChanges(before.furtherSources ?? [], after.furtherSources ?? []),
    ...interpretationChanges(before.interpretation, after.interpretation),
  ];
}

/** Readings (`readings`) added, removed or changed, by id: each is one of the catalogue's „Auslegungsfragen“. */
function readingChanges(before: RuleFile, after: RuleFile): string[] {
  const old = new Map((before.readings ?? []).map((reading) => [reading.id, reading]));
  const now = new Set((after.readings ?? []).map((reading) => reading.id));
  return [
    ...(after.readings ?? []).flatMap((reading) => {
      const was = old.get(reading.id);
      if (!was) return [`Auslegung hinzugefügt: ${quoted(reading.title.de)} (\`${reading.id}\`)`];
      return isDeepStrictEqual(was, reading) ? [] : [`Auslegung geändert: ${quoted(reading.title.de)} (\`${reading.id}\`)`];
    }),
    ...(before.readings ?? []).filter((reading) => !now.has(reading.id)).map((reading) => `Auslegung entfernt: ${quoted(reading.title.de)} (\`${reading.id}\`)`),
  ];
}

/** A level change in words, with what „nicht erfüllt“ now leads to. */
function levelChanges(before: RuleFile, after: RuleFile): string[] {
  if (before.level === after.level) return [];
  const outcome = after.level === "should" ? texts.statusWord["needs-review"].de : texts.statusWord["not-eligible"].de;
  return [
    `Stufe geändert: ${texts.level[before.level].de} → ${texts.level[after.level].de}; ist es nicht erfüllt, lautet das Ergebnis jetzt „${outcome}“`,
  ];
}

function ruleChanges(before: RuleFile, after: RuleFile, oldDir: RuleFolder, newDir: RuleFolder): string[] {
  return [
    ...levelChanges(before, after),
    ...readingChanges(before, after),
    ...headChanges(before, after, { old: oldDir.data, new: newDir.data }, "Beschreibung („Was wird geprüft?“)"),
    ...messageNames.flatMap(([key, name]) => reworded(name, before.messages[key], after.messages[key])),
    ...sourceChanges(before, after),
    ...caseChanges(oldDir.cases.criteria.get(after.id)?.cases ?? [], newDir.cases.criteria.get(after.id)?.cases ?? []),
  ];
}

/** The next steps of one result: reworded one by one while their number stays, else the new list whole. */
function stepChanges(name: string, before: readonly LocalizedText[], after: readonly LocalizedText[]): string[] {
  if (before.length === after.length) return before.flatMap((step, i) => reworded(`Nächster Schritt ${i + 1} bei ${name}`, step, after[i]!));
  const list = after.length === 0 ? "keine" : after.map((step) => quoted(step.de)).join("; ");
  return [`Nächste Schritte bei ${name} (${before.length} → ${after.length}): jetzt ${list}`];
}

function offeringChanges(before: OfferingRuleFile, after: OfferingRuleFile, oldDir: OfferingSide, newDir: OfferingSide, lists: Lists): string[] {
  return [
    ...headChanges(before, after, lists, "Beschreibung („Worum geht es?“)"),
    ...offeringTextNames.flatMap(([key, name]) => reworded(`Meldung bei ${name}`, before.messages[key], after.messages[key])),
    ...offeringTextNames.flatMap(([key, name]) => stepChanges(name, before.nextSteps[key], after.nextSteps[key])),
    ...sourceChanges(before, after),
    ...caseChanges(oldDir.cases.get(after.id)?.cases ?? [], newDir.cases.get(after.id)?.cases ?? []),
  ];
}

interface VersionedRules<R> {
  readonly version: string;
  readonly validFrom: string;
  readonly rules: readonly R[];
}

/** Version, date and order of a rule set (criteria or offerings), one sentence each. */
function ruleSetChanges<R extends { readonly id: string }>(before: VersionedRules<R>, after: VersionedRules<R>, plural: string): string[] {
  const changes: string[] = [];
  if (before.version !== after.version) changes.push(`Version ${before.version} → ${after.version}`);
  if (before.validFrom !== after.validFrom) changes.push(`Gültig ab ${germanDate(before.validFrom)} → ${germanDate(after.validFrom)}`);
  const newIds = new Set(after.rules.map((r) => r.id));
  const oldIds = new Set(before.rules.map((r) => r.id));
  const common = after.rules.filter((r) => oldIds.has(r.id)).map((r) => r.id);
  const oldOrder = before.rules.filter((r) => newIds.has(r.id)).map((r) => r.id);
  if (!isDeepStrictEqual(common, oldOrder)) changes.push(`Reihenfolge der ${plural} geändert: ${common.join(", ")}`);
  return changes;
}


/** The rule set's next steps per status: reworded, added or removed, their sources and stages. */
function nextStepChanges(before: RuleSet, after: RuleSet): string[] {
  return decisionStatuses.flatMap((status) => {
    const name = `„${texts.statusWord[status].de}“`;
    const was = before.nextSteps[status] ?? [];
    const is = after.nextSteps[status] ?? [];
    const sameCount = was.length === is.length;
    const sources = sameCount
      ? is.flatMap((step, i) =>
          isDeepStrictEqual(step.source, was[i]!.source)
            ? []
            : [`Quelle von Nächster Schritt ${i + 1} bei ${name} geändert: ${quoted(was[i]!.source.quote)} → ${quoted(step.source.quote)}`],
        )
      : [];
    const stageOf = (step: { readonly stage?: SubmissionStage }) => (step.stage ? submissionStageWords[step.stage].de : "vor und nach der Einreichung");
    const stages = sameCount
      ? is.flatMap((step, i) => (step.stage === was[i]!.stage ? [] : [`Nächster Schritt ${i + 1} bei ${name} gilt jetzt ${stageOf(step)} (vorher ${stageOf(was[i]!)})`]))
      : [];
    return [...stepChanges(name, was.map((step) => step.text), is.map((step) => step.text)), ...sources, ...stages];
  });
}

/** Rule by rule: changed and added ones in the new order, removed ones last; and the unchanged ids. */
function ruleListChanges<Id extends string, R extends { readonly id: Id; readonly title: LocalizedText }>(
  before: readonly R[],
  after: readonly R[],
  changesOf: (before: R, after: R) => string[],
  added: (rule: R) => string,
  removed: string,
): { rules: RuleChange<Id>[]; unchanged: Id[] } {
  const oldRules = new Map(before.map((r) => [r.id, r]));
  const newIds = new Set(after.map((r) => r.id));
  const rules: RuleChange<Id>[] = [];
  const unchanged: Id[] = [];
  for (const rule of after) {
    const previous = oldRules.get(rule.id);
    if (!previous) {
      rules.push({ id: rule.id, title: rule.title.de, kind: "added", changes: [added(rule)] });
      continue;
    }
    const changes = changesOf(previous, rule);
    if (changes.length > 0) rules.push({ id: rule.id, title: rule.title.de, kind: "changed", changes });
    else unchanged.push(rule.id);
  }
  for (const rule of before) {
    if (!newIds.has(rule.id)) rules.push({ id: rule.id, title: rule.title.de, kind: "removed", changes: [removed] });
  }
  return { rules, unchanged };
}

/** The offerings folders of two rule folders compared; a folder without one is named, not compared. */
/** One side's offerings: the rule set and its example cases. */
interface OfferingSide {
  readonly ruleSet: OfferingRuleSet;
  readonly cases: ReadonlyMap<string, RuleCaseFile>;
}

const offeringSide = (folder: RuleFolder): OfferingSide | undefined =>
  folder.offerings ? { ruleSet: folder.offerings, cases: folder.cases.offerings } : undefined;

function diffOfferings(before: OfferingSide | undefined, after: OfferingSide | undefined, lists: Lists): OfferingsDiff {
  const dated = (dir: OfferingSide | undefined) => (dir ? { version: dir.ruleSet.version, validFrom: dir.ruleSet.validFrom } : undefined);
  if (!before || !after) {
    const side = before ? "alte" : "neue";
    const count = before?.ruleSet.rules.length ?? after?.ruleSet.rules.length ?? 0;
    return {
      old: dated(before),
      new: dated(after),
      ruleSet: [`Nur der ${side} Ordner hat einen Angebotsordner (offerings/, ${count} Angebote); die Angebote werden nicht verglichen.`],
      rules: [],
      unchanged: [],
    };
  }
  const { rules, unchanged } = ruleListChanges<OfferingId, OfferingRuleFile>(
    before.ruleSet.rules,
    after.ruleSet.rules,
    (a, b) => offeringChanges(a, b, before, after, lists),
    (rule) => `Neues Angebot. Verfügbar, wenn: ${conditionProse(rule.conditions, lists.new)}`,
    "Angebot entfernt.",
  );
  return { old: dated(before), new: dated(after), ruleSet: ruleSetChanges(before.ruleSet, after.ruleSet, "Angebote"), rules, unchanged };
}

interface Entry {
  readonly id: string;
  readonly label: LocalizedText;
}

/** Changes of a list of `{ id, label }` entries; `inProgramme` is compared where entries have it. */
function entryListChanges(name: string, before: readonly Entry[], after: readonly Entry[]): string[] {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Set(after.map((e) => e.id));
  const flag = (entry: Entry) => (entry as { inProgramme?: boolean }).inProgramme;
  const changes: string[] = [];
  for (const entry of after) {
    const previous = old.get(entry.id);
    const named = `${entry.label.de} (\`${entry.id}\`)`;
    if (!previous) {
      const note = flag(entry) === true ? ", im Programm vorgesehen" : flag(entry) === false ? ", nicht im Programm vorgesehen" : "";
      changes.push(`${name} hinzugefügt: ${named}${note}`);
      continue;
    }
    if (previous.label.de !== entry.label.de) changes.push(`${name} \`${entry.id}\` umbenannt: ${quoted(previous.label.de)} → ${quoted(entry.label.de)}`);
    if (flag(previous) !== flag(entry)) {
      changes.push(`${name} ${named}: ${flag(entry) ? "jetzt im Programm vorgesehen" : "nicht mehr im Programm vorgesehen"}`);
    }
  }
  for (const entry of before) if (!now.has(entry.id)) changes.push(`${name} entfernt: ${entry.label.de} (\`${entry.id}\`)`);
  return changes;
}

const thirdPartnerWords: Readonly<Record<ThirdPartnerNeed, string>> = {
  needed: "jetzt einen weiteren, kommunalen Partner",
  review: "einen weiteren, kommunalen Partner jetzt nur nach Prüfung durch Bildungspartner NRW",
  "not-needed": "keinen weiteren, kommunalen Partner mehr",
};

/** Changes of the categories' third-partner readings: whether a non-municipal partner needs a municipal one, and why. */
function thirdPartnerChanges(before: readonly Category[], after: readonly Category[]): string[] {
  const old = new Map(before.map((c) => [c.id, c.thirdPartner]));
  return after.flatMap((category) => {
    const was = old.get(category.id);
    const is = category.thirdPartner;
    if (!was || isDeepStrictEqual(was, is)) return [];
    const named = `Art der Einrichtung ${category.label.de} (\`${category.id}\`)`;
    return [
      ...(was.needed !== is.needed
        ? [`${named}: ein nicht kommunaler Partner braucht ${thirdPartnerWords[thirdPartnerNeed(is)]}`]
        : []),
      ...textChange(`${named}, Begründung zum dritten Partner`, was.reason, is.reason),
      ...(isDeepStrictEqual(was.source, is.source) ? [] : [`${named}, Quelle zum dritten Partner geändert: ${was.source.url} → ${is.source.url}`]),
    ];
  });
}

/** Words added to and removed from a list, one sentence each. */
function wordChanges(name: string, before: readonly string[], after: readonly string[]): string[] {
  const old = new Set(before);
  const now = new Set(after);
  const added = [...now].filter((w) => !old.has(w));
  const removed = [...old].filter((w) => !now.has(w));
  return [
    ...(added.length > 0 ? [`${name} hinzugefügt: ${added.join(", ")}`] : []),
    ...(removed.length > 0 ? [`${name} entfernt: ${removed.join(", ")}`] : []),
  ];
}

function listChanges(before: DataLists, after: DataLists): string[] {
  const domain = (d: DataLists["roleMailboxes"]["officialDomains"][number]) => `${d.domain} (${d.localPartDigits} Ziffern)`;
  const oldDomains = new Set(before.roleMailboxes.officialDomains.map(domain));
  const newDomains = new Set(after.roleMailboxes.officialDomains.map(domain));
  return [
    ...entryListChanges("Art der Einrichtung", before.categories, after.categories),
    ...entryListChanges("Schulform", before.schoolTypes, after.schoolTypes),
    ...thirdPartnerChanges(before.categories, after.categories),
    ...wordChanges("Funktionspostfach-Wörter", before.roleMailboxes.localParts, after.roleMailboxes.localParts),
    ...wordChanges("Nachnamen unter den Funktionspostfach-Wörtern", before.roleMailboxes.alsoSurnames, after.roleMailboxes.alsoSurnames),
    ...[...newDomains].filter((d) => !oldDomains.has(d)).map((d) => `Dienstliches Postfach hinzugefügt: ${d}`),
    ...[...oldDomains].filter((d) => !newDomains.has(d)).map((d) => `Dienstliches Postfach entfernt: ${d}`),
  ];
}

/** What the two sides of a diff are called, e.g. their folders; shown in the Markdown report. */
export interface DiffNames {
  readonly old?: string;
  readonly new?: string;
}

/**
 * What changed between two loaded rules folders, rule by rule, in German sentences a policy maker can
 * check against what they meant to change: the criteria, the data lists and the offerings (either
 * folder may have none).
 */
export function diffRuleFolders(oldDir: RuleFolder, newDir: RuleFolder, names: DiffNames = {}): RuleSetDiff {
  const before = oldDir.ruleSet;
  const after = newDir.ruleSet;
  const { rules, unchanged } = ruleListChanges<CriterionId, RuleFile>(
    before.rules,
    after.rules,
    (a, b) => ruleChanges(a, b, oldDir, newDir),
    (rule) => `Neues Kriterium (${texts.level[rule.level].de}). Erfüllt, wenn: ${conditionProse(rule.conditions, newDir.data)}`,
    "Kriterium entfernt.",
  );
  const lists = { old: oldDir.data, new: newDir.data };
  const offerings = { old: offeringSide(oldDir), new: offeringSide(newDir) };
  return {
    old: { ...(names.old === undefined ? {} : { dir: names.old }), version: before.version, validFrom: before.validFrom },
    new: { ...(names.new === undefined ? {} : { dir: names.new }), version: after.version, validFrom: after.validFrom },
    ruleSet: [...ruleSetChanges(before, after, "Kriterien"), ...nextStepChanges(before, after)],
    rules,
    unchanged,
    lists: listChanges(oldDir.data, newDir.data),
    ...(offerings.old || offerings.new ? { offerings: diffOfferings(offerings.old, offerings.new, lists) } : {}),
  };
}

const decisionWord = (status: DecisionStatus): string => texts.statusWord[status].de;

/** Most affected applications listed in the Markdown report; the JSON report lists all. */
export const MAX_LISTED = 100;

const numbers = new Intl.NumberFormat("de-DE");

/** A criterion's change in an application: its status, and its level where that changed. */
function criterionChangeText(change: CriterionChange): string {
  const status = change.from === change.to ? statusWords[change.to] : `${statusWords[change.from]} → ${statusWords[change.to]}`;
  return change.level ? `${status}, ${texts.level[change.level.from].de} → ${texts.level[change.level.to].de}` : status;
}

function impactMarkdown(impact: Impact): string[] {
  const lines = [
    "## Auswirkung auf Anträge",
    "",
    `Geprüft: ${numbers.format(impact.applications)} Anträge aus \`${impact.file}\`, jeweils mit dem alten und dem neuen Regelsatz.` +
      (impact.unreadable.length > 0
        ? ` ${numbers.format(impact.unreadable.length)} ${impact.unreadable.length === 1 ? "Zeile" : "Zeilen"} ohne gültiges JSON übersprungen (${impact.unreadable.length === 1 ? "Zeile" : "Zeilen"} ${impact.unreadable
            .slice(0, 10)
            .map((u) => u.line)
            .join(", ")}${impact.unreadable.length > 10 ? ", …" : ""}).`
        : ""),
    "",
  ];
  const statuses = Object.keys(texts.statusWord) as DecisionStatus[];
  lines.push(
    "| Ergebnis | vorher | nachher |",
    "|---|---:|---:|",
    ...statuses.map((s) => `| ${decisionWord(s)} | ${numbers.format(impact.before[s])} | ${numbers.format(impact.after[s])} |`),
    "",
  );
  if (impact.changed.length === 0) {
    lines.push("**Kein Antrag ändert sein Ergebnis.**", "");
    return lines;
  }
  lines.push(
    `**${numbers.format(impact.changed.length)} Anträge ändern ihr Ergebnis:**`,
    "",
    "| vorher | nachher | Anzahl |",
    "|---|---|---:|",
    ...Object.entries(impact.transitions)
      .sort(([, a], [, b]) => b - a)
      .map(([key, count]) => {
        const [from, to] = key.split("→") as [DecisionStatus, DecisionStatus];
        return `| ${decisionWord(from)} | ${decisionWord(to)} | ${numbers.format(count)} |`;
      }),
    "",
    `### Betroffene Anträge${impact.changed.length > MAX_LISTED ? ` (die ersten ${MAX_LISTED}; alle mit \`--format json\`)` : ""}`,
    "",
    "| Zeile | Kennung | vorher | nachher | geänderte Kriterien |",
    "|---:|---|---|---|---|",
    ...impact.changed
      .slice(0, MAX_LISTED)
      .map(
        (c) =>
          `| ${c.line} | ${c.id ?? ""} | ${decisionWord(c.from)} | ${decisionWord(c.to)} | ${c.criteria
            .map((k) => `\`${k.id}\`: ${criterionChangeText(k)}`)
            .join("; ")} |`,
      ),
    "",
  );
  return lines;
}

const kinds = { added: "neu", removed: "entfernt", changed: "geändert" } as const;

/** One heading per changed rule with its changes as a list, then the unchanged ones in one line. */
function rulesMarkdown(rules: readonly RuleChange<string>[], unchanged: readonly string[], plural: "Kriterien" | "Angebote"): string[] {
  const lines: string[] = [];
  if (rules.length === 0) lines.push(`Keine Änderung an den ${plural === "Kriterien" ? "Kriterien" : "Angeboten"}.`, "");
  for (const rule of rules) {
    lines.push(`### ${rule.title} (\`${rule.id}\`, ${kinds[rule.kind]})`, "", ...rule.changes.map((c) => `- ${c}`), "");
  }
  if (unchanged.length > 0) lines.push(`Unverändert: ${unchanged.length} ${plural} (${unchanged.map((id) => `\`${id}\``).join(", ")}).`, "");
  return lines;
}

/** The diff (and, if given, its impact) as Markdown for a pull request. */
export function diffMarkdown(diff: RuleSetDiff, impact?: Impact): string {
  const lines = [
    `# Regeländerung: Regelsatz ${diff.old.version} → ${diff.new.version}`,
    "",
    "| | vorher | nachher |",
    "|---|---|---|",
    ...(diff.old.dir !== undefined && diff.new.dir !== undefined ? [`| Ordner | \`${diff.old.dir}\` | \`${diff.new.dir}\` |`] : []),
    `| Version | ${diff.old.version} | ${diff.new.version} |`,
    `| gültig ab | ${germanDate(diff.old.validFrom)} | ${germanDate(diff.new.validFrom)} |`,
  ];
  const { offerings } = diff;
  if (offerings) {
    const version = (side: OfferingsDiff["old"]) => (side ? `${side.version}, gültig ab ${germanDate(side.validFrom)}` : "keine");
    lines.push(`| Angebote | ${version(offerings.old)} | ${version(offerings.new)} |`);
  }
  lines.push("");
  if (diff.ruleSet.length > 0) lines.push("## Regelsatz", "", ...diff.ruleSet.map((c) => `- ${c}`), "");
  lines.push("## Kriterien", "", ...rulesMarkdown(diff.rules, diff.unchanged, "Kriterien"));
  if (offerings) {
    lines.push("## Angebote", "");
    if (offerings.ruleSet.length > 0) lines.push(...offerings.ruleSet.map((c) => `- ${c}`), "");
    if (offerings.old && offerings.new) lines.push(...rulesMarkdown(offerings.rules, offerings.unchanged, "Angebote"));
  }
  lines.push("## Datenlisten", "", ...(diff.lists.length > 0 ? diff.lists.map((c) => `- ${c}`) : ["Keine Änderung an den Datenlisten."]), "");
  if (impact) {
    lines.push(...impactMarkdown(impact));
    if (offerings) {
      lines.push(
        "> Hinweis: Die Zahlen betreffen nur die Kriterien (ob ein Antrag registrierbar ist). " +
          "Geänderte Angebote werden nicht über die Anträge ausgewertet.",
        "",
      );
    }
    if (diff.lists.length > 0) {
      lines.push(
        "> Hinweis: Die Zahlen lesen die Arten der Einrichtung (`categories.json`: im Programm vorgesehen, dritter Partner) " +
          "aus dem jeweiligen Ordner. Geänderte Funktionspostfach-Wörter und Schulformen sowie neue Kennungen von Arten der Einrichtung " +
          "wirken erst mit einer neuen Version von `@bildungspartner/core` und sind in den Zahlen nicht enthalten.",
        "",
      );
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
