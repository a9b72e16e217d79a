import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { shippedRuleFolder, type RuleFolderFiles } from "@bildungspartner/core/rules";
import { eligible } from "./fixtures.js";

/**
 * Other versions of the rule folder, each as a few named changes over the shipped folder rather than a
 * copy of it: a change to a shipped file reaches every version, and each version shows what it changes.
 */

/** Named changes of a rule folder: by file key (`rules/min-duration.json`), a function that changes the parsed file in place. */
export type FolderPatch = Readonly<Record<string, (content: any) => void>>;

/** The shipped folder map (or `base`) with `patch` applied; files the patch names must exist. */
export function patchedFolder(patch: FolderPatch, base: RuleFolderFiles = shippedRuleFolder()): RuleFolderFiles {
  const files: Record<string, unknown> = { ...base };
  for (const [file, change] of Object.entries(patch)) {
    if (!Object.hasOwn(files, file)) throw new Error(`patchedFolder: ${file} is not in the folder`);
    change(files[file]);
  }
  return files;
}

/**
 * Writes a folder map to `dir` (`dir/rules/…`, `dir/data/…`) and returns its rules folder, as the CLI
 * takes it. Each file is written beside its place and renamed into it, so test workers writing the
 * same folder at once never read half a file.
 */
export function writeRuleFolder(files: RuleFolderFiles, dir: string): string {
  for (const [file, content] of Object.entries(files)) {
    const target = join(dir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.${process.pid}`, `${JSON.stringify(content, null, 2)}\n`);
    renameSync(`${target}.${process.pid}`, target);
  }
  return join(dir, "rules");
}

const sentence = (de: string, en: string) => ({ de, en });
const agreement = (startDate: string, endDate: string | null, indefinite?: boolean) => ({ agreement: { startDate, endDate, ...(indefinite === undefined ? {} : { indefinite }) } });

/**
 * The test-only rule set 2.0.0: an invented future version from 2027-08-01 whose minimum duration is
 * three years (36 whole months, or indefinite) and whose list of categories adds a zoo. It shows that
 * the evaluators apply the rule set in force on the day asked for, and what a diff of two versions says.
 */
export const ruleSet200: FolderPatch = {
  "rules/ruleset.json": (manifest) => {
    manifest.$comment =
      "NUR FÜR TESTS: ein erdachter künftiger Regelsatz (Mindestlaufzeit drei Jahre, Kategorie Zoo), der zeigt, dass evaluate() den am Stichtag gültigen Regelsatz anwendet. / TEST ONLY: an invented future rule set.";
    manifest.version = "2.0.0";
    manifest.validFrom = "2027-08-01";
  },
  "rules/min-duration.json": (rule) => {
    rule.validFrom = "2027-08-01";
    rule.title = sentence("Langfristige Vereinbarung (mindestens drei Jahre)", "Long-term agreement (at least three years)");
    rule.description = sentence(
      "Die Vereinbarung ist auf mindestens drei Jahre angelegt: Sie ist unbefristet, oder vom ersten bis zum letzten Tag (einschließlich) liegen mindestens 36 volle Kalendermonate.",
      "The agreement is meant to last at least three years: it is indefinite, or from its first to its last day (inclusive) it covers at least 36 whole calendar months.",
    );
    rule.messages = {
      met: sentence("Die Vereinbarung ist auf mindestens drei Jahre angelegt.", "The agreement is meant to last at least three years."),
      notMet: sentence(
        "Die Kooperationsvereinbarung sollte auf mindestens drei Jahre angelegt sein. Bitte legen Sie die Vereinbarung auf mindestens drei Jahre an oder schließen Sie sie unbefristet ab.",
        "The cooperation agreement should be meant to last at least three years. Please set the agreement up for at least three years or make it indefinite.",
      ),
      unknown: sentence("Bitte geben Sie Beginn und Ende der Vereinbarung an, oder dass sie unbefristet ist.", "Please give the agreement's start and end dates, or state that it is indefinite."),
    };
    rule.conditions = {
      any: [
        { fact: "agreement.indefinite", operator: "equal", value: true },
        { fact: "agreement.coversMonths", operator: "greaterThanInclusive", value: 36 },
      ],
    };
    // The shipped readings, sources and interpretation explain the two-year rule, which 2.0.0 replaces.
    delete rule.furtherSources;
    delete rule.interpretation;
    delete rule.readings;
  },
  "rules/min-duration.cases.json": (file) => {
    file.cases = [
      { name: "Genau drei Schuljahre, Ende einschließlich", input: agreement("2027-08-01", "2030-07-31", false), expected: "met" },
      { name: "Einen Tag zu kurz", input: agreement("2027-08-01", "2030-07-30", false), expected: "not-met" },
      { name: "Zwei Jahre genügen nicht mehr", input: agreement("2027-08-01", "2029-07-31", false), expected: "not-met" },
      { name: "Vier Jahre", input: agreement("2027-08-01", "2031-07-31"), expected: "met" },
      { name: "Unbefristet", input: agreement("2027-08-01", null, true), expected: "met" },
      { name: "Schaltjahr: 29. Februar bis 28. Februar drei Jahre später", input: agreement("2028-02-29", "2031-02-28", false), expected: "met" },
      { name: "Enddatum fehlt", input: { agreement: { startDate: "2027-08-01", indefinite: false } }, expected: "unknown" },
      { name: "Nichts angegeben", input: {}, expected: "unknown" },
    ];
  },
  "data/categories.json": (file) => {
    const other = file.categories.findIndex((c: { id: string }) => c.id === "other");
    const museum = file.categories.find((c: { id: string }) => c.id === "museum");
    file.categories.splice(other, 0, { ...structuredClone(museum), id: "zoo", label: sentence("Zoo oder Tierpark", "Zoo or wildlife park") });
  },
};

/**
 * A change of each data list, the same day as the shipped rules: `kreis` is no longer a role word
 * (so `kreis@` of Thomas Kreis bears his name), a local stage without a municipal partner needs no
 * third partner any more, and the school type `schulversuch` (a trial school) is added.
 */
export const changedLists: FolderPatch = {
  "data/role-mailboxes.json": (file) => {
    file.localParts = file.localParts.filter((word: string) => word !== "kreis");
  },
  "data/categories.json": (file) => {
    file.categories.find((c: { id: string }) => c.id === "stage").thirdPartner.needed = false;
  },
  "data/school-types.json": (file) => {
    file.schoolTypes.push({ id: "schulversuch", label: sentence("Schulversuch", "Trial school") });
  },
};

/** Three applications whose outcome {@link changedLists} changes, one per list, by id. */
export const listChangeApplications = {
  "kreis-at": { ...eligible, contacts: [eligible.contacts[0], { side: "partner", partner: 0, name: "Thomas Kreis", email: "kreis@musterstadt.de" }] },
  "freie-buehne": { ...eligible, partners: [{ name: "Freie Bühne", category: "stage", municipal: false, supraRegional: false }] },
  schulversuch: { ...eligible, school: { ...eligible.school, type: "schulversuch" } },
} as const;

/**
 * The rules folder of the test-only rule set 2.0.0 (minimum duration 36 months, valid from
 * 2027-08-01), criteria and data only, written from {@link ruleSet200} to the git-ignored
 * `packages/test-kit/rule-sets/2.0.0/` when the test kit is loaded, for the CLI tests and the guides' samples.
 */
export const testRuleSetDir: string = /* @__PURE__ */ writeRuleFolder(
  Object.fromEntries(Object.entries(patchedFolder(ruleSet200)).filter(([file]) => !file.startsWith("rules/offerings/"))),
  fileURLToPath(new URL("../rule-sets/2.0.0", import.meta.url)),
);
