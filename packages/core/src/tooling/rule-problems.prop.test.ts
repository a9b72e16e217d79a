import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { RuleFileError } from "../errors.js";
import { loadRules, parseRule, ruleProblems, rulesProblems } from "./rule-loading.js";
import { criteriaSpec } from "../evaluate/rule-set.js";
import { shippedRuleSets } from "../evaluate/shipped-rules.js";

const rules = shippedRuleSets()[0]!.rules;
const manifest = { version: "1.0.0", validFrom: "2023-05-31", criteria: rules.map((r) => r.id) };
const files = Object.fromEntries(rules.map((rule) => [`${rule.id}.json`, rule as unknown]));

/** Values a careless edit could leave anywhere in a rule file or manifest. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(""),
  fc.constant("2023-02-30"),
  fc.constant("matches"),
  fc.constant("agreement.months"),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);

/** Sets (or, for undefined, deletes) the value at a path of a JSON tree, if the path exists. */
function setAt(tree: unknown, steps: readonly number[], value: unknown): unknown {
  const copy = structuredClone(tree) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const [i, step] of steps.entries()) {
    const keys = Object.keys(node);
    if (keys.length === 0) return copy;
    const key = keys[step % keys.length]!;
    const child = node[key];
    if (i === steps.length - 1 || typeof child !== "object" || child === null) {
      if (value === undefined) delete node[key];
      else node[key] = value;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}

const edit = fc.record({ steps: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), value: junk });

function thrown(run: () => unknown): RuleFileError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof RuleFileError) return error;
    throw error;
  }
}

describe("rule problems, properties", () => {
  test.prop([fc.constantFrom(...rules), fc.array(edit, { maxLength: 3 })])(
    "a rule file has problems exactly when parseRule refuses it, and the refusal is among them",
    (rule, edits) => {
      const content = edits.reduce<unknown>((tree, { steps, value }) => setAt(tree, steps, value), rule);
      const problems = ruleProblems(criteriaSpec, `${rule.id}.json`, content);
      const error = thrown(() => parseRule(criteriaSpec, `${rule.id}.json`, content));
      expect(problems.length > 0).toBe(error !== undefined);
      // Both point at the same place, one perhaps more precisely than the other.
      const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`) || b === "" || a === "";
      if (error) expect(problems.some((p) => related(p.path, error.path)), JSON.stringify([error.path, problems])).toBe(true);
    },
  );

  test.prop([fc.array(edit, { maxLength: 2 }), fc.array(edit, { maxLength: 2 }), fc.nat()])(
    "a rule set has problems exactly when loadRules refuses it",
    (manifestEdits, fileEdits, fileChoice) => {
      const brokenManifest = manifestEdits.reduce<unknown>((tree, { steps, value }) => setAt(tree, steps, value), manifest);
      const name = Object.keys(files)[fileChoice % rules.length]!;
      const brokenFiles = { ...files, [name]: fileEdits.reduce((tree, { steps, value }) => setAt(tree, steps, value), files[name]) };
      const problems = rulesProblems(criteriaSpec, brokenManifest, brokenFiles);
      const error = thrown(() => loadRules(criteriaSpec, brokenManifest, brokenFiles));
      expect(problems.length > 0).toBe(error !== undefined);
      if (error) expect(problems.map((p) => p.file)).toContain(error.file);
    },
  );
});
