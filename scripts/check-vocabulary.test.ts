import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain script without type declarations
import { crowdedFolders, isCheckedSource, vocabularyProblems } from "./check-vocabulary.mjs";

const ids = ["min-duration", "personal-email"];
const check = (files: Record<string, string>): string[] => vocabularyProblems(Object.entries(files).map(([path, text]) => ({ path, text })), ids);

describe("scripts/check-vocabulary.mjs", () => {
  it("allows a criterion id as a literal in one source file, and in tests, the test kit and generated modules besides", () => {
    expect(
      check({
        "packages/agreement/src/duration.ts": 'export const id = "min-duration";',
        "packages/agreement/src/duration.test.ts": 'expect(id).toBe("min-duration");',
        "packages/test-kit/src/arbitraries.ts": 'const ids = ["min-duration"];',
        "packages/core/src/generated/vocabulary.ts": 'export const criterionIds = ["min-duration"];',
        "packages/core/src/rule.ts": "// min-duration in a comment is no literal: `min-duration`",
      }),
    ).toEqual([]);
  });

  it("fails on a criterion id as a literal in two source files, naming both", () => {
    expect(
      check({
        "packages/agreement/src/duration.ts": 'const id = "min-duration";',
        "examples/portal/src/shared/mismatches.ts": "switch (x) { case `min-duration`: }",
      }),
    ).toEqual(['criterion id "min-duration" is a literal in 2 source files (at most 1): packages/agreement/src/duration.ts, examples/portal/src/shared/mismatches.ts']);
  });

  it('fails on a "partner:" key and on split("→")', () => {
    expect(
      check({
        "packages/agreement/src/parties.ts": "const key = `partner:${index}`;",
        "packages/core/src/tooling/rule-diff.ts": 'const [from, to] = transition.split("→");',
      }),
    ).toEqual([
      'packages/agreement/src/parties.ts:1: a "partner:…" string key; refer to a party by an object',
      'packages/core/src/tooling/rule-diff.ts:1: split("→") of a transition; keep transitions as objects',
    ]);
  });

  it("fails on the portal rewriting a core message or searching one for a label, and on nothing else there", () => {
    const problems = check({
      "examples/portal/src/client/form-values.ts": 'const text = issue.message.replace("Feld", label);',
      "examples/portal/src/client/Page.tsx": "const here = <p>{message.includes(field.label) ? 1 : 2}</p>;",
      "examples/portal/src/client/ok.ts": 'const slug = name.replace(/ /g, "-"); const shown = issue.message;',
    });
    expect(problems).toEqual([
      "examples/portal/src/client/form-values.ts:1: the portal rewrites a core message (issue.message.replace); show it as it comes",
      "examples/portal/src/client/Page.tsx:1: the portal searches a core message for a label (message.includes); use the issue's code and path",
    ]);
  });

  it("reads only the sources of packages and examples, no tests", () => {
    expect(["packages/core/src/index.ts", "examples/portal/src/a.tsx", "scripts/main.mjs", "packages/core/test/x.ts", "packages/core/src/a.prop.test.ts"].map(isCheckedSource)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("fails on core's or the agreement reader's src with more than 12 files at its top level, counting no subfolder", () => {
    const files = (folder: string, n: number) => Array.from({ length: n }, (_, i) => `${folder}/f${i}.ts`);
    expect(crowdedFolders([...files("packages/core/src", 12), ...files("packages/core/src/evaluate", 30), ...files("packages/forms/src", 40)])).toEqual([]);
    expect(crowdedFolders(files("packages/agreement/src", 13))).toEqual([
      "packages/agreement/src holds 13 files at its top level (at most 12); put them in the folder of their layer",
    ]);
  });
});
