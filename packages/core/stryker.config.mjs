// Mutation testing of the rule evaluation: `pnpm --filter @bildungspartner/core mutation`.
// Not in CI (it takes minutes); its score is recorded in docs/benchmarks.md by
// scripts/mutation-report.mjs.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Named explicitly: with pnpm the runner is not visible from Stryker's own folder.
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts" },
  // The rule evaluation proper: the three-valued logic and its compiler, the operators, the
  // json-rules-engine adapter, the facts derived from an application (with the e-mail and date
  // helpers they rest on), and the decision built from the criterion truths.
  mutate: [
    "src/evaluate/three-valued.ts",
    "src/evaluate/operators.ts",
    "src/evaluate/engine.ts",
    "src/application/facts.ts",
    "src/evaluate/decision.ts",
    "src/evaluate/evaluate.ts",
    "src/application/mailbox.ts",
    "src/application/dates.ts",
  ],
  // Each mutant runs only the tests that cover it.
  coverageAnalysis: "perTest",
  // Mutants that only run while a module loads (labels of the fact catalogue, the operator table)
  // would need a fresh test process each; they are left out of the score.
  ignoreStatic: true,
  // Reuses the results of unchanged mutants and tests from the previous run (file is gitignored).
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: ".stryker-tmp",
};
