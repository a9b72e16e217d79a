import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { anyApplication, breakers, copyOfShippedRules, editJson, eligibleApplication, propertyRuns } from "@bildungspartner/test-kit";
import { fc, test } from "@fast-check/vitest";
import { categories, criterionIds, evaluate, type CriterionId, type DecisionStatus } from "@bildungspartner/core";
import { afterAll, describe, expect } from "vitest";
import { cli } from "../test/buffer-io.js";
import { loadRuleDirectory } from "./rule-directory.js";
import { diffChangeText, type DiffChange, type Impact } from "@bildungspartner/core/rules";

// Switching a criterion's level in data (Muss- ↔ Soll-Kriterium), or a category's third-partner
// reading, changes outcomes exactly as `rules diff --applications` predicts: the statuses `evaluate`
// gives under the changed folder are the ones the diff names, and for a level only applications that
// do not meet that criterion change.

const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-level-"));

/** A copy of the shipped criteria (without offerings, which the impact does not count). */
function criteriaCopy(name: string): string {
  const dir = copyOfShippedRules(tmp, name);
  rmSync(join(dir, "offerings"), { recursive: true });
  return dir;
}

const base = criteriaCopy("vorher");
const switched = new Map<CriterionId, string>();

/** The rules folder with `id`'s level switched, made once per criterion. */
function withLevelSwitched(id: CriterionId): string {
  const known = switched.get(id);
  if (known) return known;
  const dir = criteriaCopy(`nachher-${id}`);
  editJson(join(dir, `${id}.json`), (rule) => (rule.level = rule.level === "must" ? "should" : "must"));
  switched.set(id, dir);
  return dir;
}

// Applications of every kind, with many that break exactly the switched criterion.
const applications = (id: CriterionId) =>
  fc.array(
    fc.oneof(
      anyApplication,
      fc.tuple(eligibleApplication, fc.nat()).map(([app, choice]) => breakers[id](app, choice)),
    ),
    { minLength: 1, maxLength: 25 },
  );

// Applications of every kind, with many whose partners are all non-municipal partners of category `id`.
const partnersOfCategory = (id: string) =>
  fc.array(
    fc.oneof(
      anyApplication,
      eligibleApplication.map((app) => ({ ...app, partners: app.partners.map((partner) => ({ ...partner, category: id, municipal: false })) })),
    ),
    { minLength: 1, maxLength: 25 },
  );

let batch = 0;
let changed = 0;
let changedByCategory = 0;
// Not vacuous: some applications do change their outcome.
afterAll(() => expect([changed, changedByCategory].every((count) => count > 0)).toBe(true));

/** The applications as an NDJSON file. */
function ndjson(inputs: readonly unknown[]): string {
  batch += 1;
  const file = join(tmp, `antraege-${batch}.ndjson`);
  writeFileSync(file, `${inputs.map((input) => JSON.stringify(input)).join("\n")}\n`);
  return file;
}

const programmeCategories = categories.filter((category) => category.inProgramme).map((category) => category.id);
const switchedReading = new Map<string, string>();

/** The rules folder whose category `id` has its third-partner reading switched, made once per category. */
function withReadingSwitched(id: string): string {
  const known = switchedReading.get(id);
  if (known) return known;
  const dir = criteriaCopy(`dritter-partner-${id}`);
  editJson(join(dir, "..", "data", "categories.json"), (lists) => {
    const category = lists.categories.find((c: { id: string }) => c.id === id);
    category.thirdPartner.needed = !category.thirdPartner.needed;
  });
  switchedReading.set(id, dir);
  return dir;
}

describe("rules diff predicts the outcome of a reading switched in data", () => {
  test.prop([fc.constantFrom(...criterionIds).chain((id) => fc.tuple(fc.constant(id), applications(id)))], {
    numRuns: propertyRuns(25),
  })(
    "a criterion's level switched in data changes outcomes exactly as the diff predicts",
    async ([id, inputs]) => {
      const file = ndjson(inputs);
      const changedDir = withLevelSwitched(id);
      const { code, out } = await cli("rules", "diff", base, changedDir, "--applications", file, "--format", "json");
      expect(code).toBe(0);
      const { impact, rules } = JSON.parse(out) as { impact: Impact; rules: Array<{ id: string; changes: DiffChange[] }> };
      expect(rules.map((rule) => rule.id)).toEqual([id]);
      expect(rules[0]!.changes[0]!.code).toBe("level-changed");
      expect(diffChangeText(rules[0]!.changes[0]!)).toMatch(/^Stufe geändert: (Muss|Soll)-Kriterium → (Muss|Soll)-Kriterium/);

      const before = (await loadRuleDirectory(base)).ruleSet;
      const after = (await loadRuleDirectory(changedDir)).ruleSet;
      const counts: Record<DecisionStatus, number> = { eligible: 0, "needs-review": 0, "not-eligible": 0, incomplete: 0, invalid: 0 };
      for (const [i, input] of inputs.entries()) {
        const was = await evaluate(input, { ruleSets: [before], asOf: before.validFrom });
        const is = await evaluate(input, { ruleSets: [after], asOf: after.validFrom });
        counts[is.status] += 1;
        const predicted = impact.changed.find((change) => change.line === i + 1);
        expect(predicted?.to ?? was.status).toBe(is.status);
        if (predicted) {
          changed += 1;
          expect(predicted.from).toBe(was.status);
          // Only the switched criterion explains the change, and it is not met.
          expect(was.criteria.find((c) => c.id === id)?.status).toBe("not-met");
          const level = { from: was.criteria.find((c) => c.id === id)!.level, to: is.criteria.find((c) => c.id === id)!.level };
          expect(predicted.criteria).toEqual([{ id, from: "not-met", to: "not-met", level }]);
        }
      }
      expect(impact.after).toEqual(counts);
    },
    // Each run decides every application four times; beside the other test files on two cores that
    // can take longer than vitest's five seconds.
    60_000,
  );

  test.prop([fc.constantFrom(...programmeCategories).chain((id) => fc.tuple(fc.constant(id), partnersOfCategory(id)))], {
    numRuns: propertyRuns(15),
  })(
    "a category's third-partner reading switched in data changes outcomes exactly as the diff predicts",
    async ([id, inputs]) => {
      const file = ndjson(inputs);
      const changedDir = withReadingSwitched(id);
      const { code, out } = await cli("rules", "diff", base, changedDir, "--applications", file, "--format", "json");
      expect(code).toBe(0);
      const { impact } = JSON.parse(out) as { impact: Impact };
      const before = await loadRuleDirectory(base);
      const after = await loadRuleDirectory(changedDir);
      for (const [i, input] of inputs.entries()) {
        const was = await evaluate(input, { ruleSets: [before.ruleSet], asOf: before.ruleSet.validFrom, categories: before.data.categories });
        const is = await evaluate(input, { ruleSets: [after.ruleSet], asOf: after.ruleSet.validFrom, categories: after.data.categories });
        const predicted = impact.changed.find((change) => change.line === i + 1);
        expect(predicted?.to ?? was.status).toBe(is.status);
        if (predicted) {
          changedByCategory += 1;
          // Only the third-partner criterion reads the reading.
          expect(predicted.criteria.map((c) => c.id)).toEqual(["third-partner"]);
        }
      }
    },
    60_000,
  );
});
