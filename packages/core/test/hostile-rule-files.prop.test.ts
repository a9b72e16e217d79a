import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { RuleFileError } from "../src/index.js";
import { criteriaSpec, loadRules, parseRule, ruleProblemMessage, ruleProblems, rulesProblems } from "../src/rules.js";

// Rule files come from policy makers' folders and pull requests: whatever they hold, loading them
// ends in a RuleFileError naming file and path (or a list of problems), never in code being run,
// a RangeError from a deep walk, or a changed Object.prototype.

const rulesDir = fileURLToPath(new URL("../rules/", import.meta.url));
const ruleFiles: Record<string, unknown> = Object.fromEntries(
  readdirSync(rulesDir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".cases.json") && f !== "ruleset.json")
    .map((f) => [f, JSON.parse(readFileSync(`${rulesDir}${f}`, "utf8"))]),
);
const manifest = JSON.parse(readFileSync(`${rulesDir}ruleset.json`, "utf8")) as unknown;
const names = Object.keys(ruleFiles);

/** Every object inside parsed JSON, with its path, so a property can pick one to change. */
function objectsIn(value: unknown, path: string[] = []): Array<{ path: string[]; object: Record<string, unknown> }> {
  if (typeof value !== "object" || value === null) return [];
  const own = Array.isArray(value) ? [] : [{ path, object: value as Record<string, unknown> }];
  return [...own, ...Object.entries(value).flatMap(([key, child]) => objectsIn(child, [...path, key]))];
}

/** Every fact comparison (`{ fact, operator, value }`) inside a rule file's conditions. */
const comparisonsIn = (rule: unknown) => objectsIn(rule).filter(({ object }) => "fact" in object && "operator" in object);

function refusal(file: string, content: unknown): RuleFileError {
  try {
    parseRule(criteriaSpec, file, content);
  } catch (error) {
    if (error instanceof RuleFileError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

/** `{"not": … {"not": comparison} …}` nested `depth` times, as JSON text (JSON.stringify itself overflows). */
function deepConditionsText(depth: number): string {
  const comparison = '{"fact":"agreement.written","operator":"equal","value":true}';
  return `{"all":[${'{"not":'.repeat(depth)}${comparison}${"}".repeat(depth)}]}`;
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

describe("hostile rule files", () => {
  test.prop([fc.constantFrom(...names), fc.nat(), fc.constantFrom("__proto__", "constructor", "prototype"), fc.jsonValue({ maxDepth: 2 })])(
    "a __proto__, constructor or prototype key anywhere is refused with its path",
    (file, pick, key, value) => {
      // JSON.parse makes "__proto__" an own key, as a file read from disk would have it.
      const copy = JSON.parse(JSON.stringify(ruleFiles[file])) as unknown;
      const targets = objectsIn(copy);
      const target = targets[pick % targets.length]!;
      Object.defineProperty(target.object, key, { value, enumerable: true, configurable: true, writable: true });
      const error = refusal(file, copy);
      expect(error.path).toBe([...target.path, key].join("."));
      expect(error.detailIn()).toMatch(/verboten/);
      expect(error.detailIn("en")).toMatch(/the key "[^"]+" is forbidden/);
      expect(ruleProblems(criteriaSpec, file, copy).map((p) => p.path)).toContain([...target.path, key].join("."));
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    },
  );

  test.prop([
    fc.constantFrom(...names),
    fc.nat(),
    fc.constantFrom("$[?(@.constructor.constructor('return process')())]", "$..[?(@)]", "$.partners[?(@.municipal == true)]", "$.a"),
  ])("a jsonpath `path` on a comparison is refused: rules never hand json-rules-engine an expression", (file, pick, path) => {
    const copy = structuredClone(ruleFiles[file]);
    const comparisons = comparisonsIn(copy);
    const target = comparisons[pick % comparisons.length]!;
    target.object.path = path;
    const error = refusal(file, copy);
    expect(error.detailIn()).toMatch(/keine path-Ausdrücke/);
    expect(error.path.startsWith(target.path.join("."))).toBe(true);
    expect(() => loadRules(criteriaSpec, manifest, { ...ruleFiles, [file]: copy })).toThrow(RuleFileError);
  });

  test.prop([fc.constantFrom(...names), fc.nat(), fc.string({ minLength: 1, maxLength: 30 })])(
    "an unknown operator is refused at its path",
    (file, pick, operator) => {
      fc.pre(!["equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive", "in", "notIn", "contains", "doesNotContain"].includes(operator));
      const copy = structuredClone(ruleFiles[file]);
      const comparisons = comparisonsIn(copy);
      const target = comparisons[pick % comparisons.length]!;
      target.object.operator = operator;
      const error = refusal(file, copy);
      expect(error.path).toBe([...target.path, "operator"].join("."));
    },
  );

  it("a rule file nested 10,000 levels deep is refused with a clear problem, not a stack overflow", () => {
    const rule = JSON.parse(JSON.stringify(ruleFiles["written-agreement.json"]).replace(/"conditions":\{.*?\]\}/, `"conditions":${deepConditionsText(10_000)}`)) as unknown;
    const error = refusal("written-agreement.json", rule);
    expect(error.detailIn()).toBe("Zu tief verschachtelt: höchstens 32 Ebenen");
    expect(error.detailIn("en")).toBe("nested too deeply: at most 32 levels");
    expect(error.path.startsWith("conditions.all.0.not.not")).toBe(true);
    expect(ruleProblems(criteriaSpec, "written-agreement.json", rule)).toEqual([error.problem]);
    expect(rulesProblems(criteriaSpec, manifest, { ...ruleFiles, "written-agreement.json": rule }).map((p) => ruleProblemMessage(p))).toContain(error.detailIn());
  });

  it("the shipped rule files stay well inside the depth limit", () => {
    for (const [file, content] of Object.entries(ruleFiles)) expect(() => parseRule(criteriaSpec, file, content)).not.toThrow();
  });
});
