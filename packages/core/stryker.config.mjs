// Mutation testing of the rule evaluation: `pnpm --filter @bildungspartner/core mutation`.
// Not in CI (it takes minutes); its score is recorded in docs/benchmarks.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Named explicitly: with pnpm the runner is not visible from Stryker's own folder.
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: ["src/three-valued.ts", "src/operators.ts", "src/facts.ts", "src/engine.ts", "src/decision.ts", "src/evaluate.ts", "src/mailbox.ts", "src/dates.ts"],
  coverageAnalysis: "perTest",
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: ".stryker-tmp",
};
