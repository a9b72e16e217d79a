import { defineConfig } from "vitest/config";

// The tests of the rule evaluation, for Stryker (`pnpm --filter @bildungspartner/core mutation`).
// Listed by name, so the mutation run measures exactly these and stays short: every mutant reruns the
// tests that cover it. Property tests make a tenth of their runs here (`propertyRuns` of
// @bildungspartner/test-kit); CI runs every core test with full budgets through the root vitest.config.ts.
export default defineConfig({
  test: {
    include: [
      "src/three-valued.test.ts",
      "src/operators.test.ts",
      "src/engine.test.ts",
      "src/engine.prop.test.ts",
      "src/engine-pool.test.ts",
      "src/facts.test.ts",
      "src/decision.test.ts",
      "src/evaluate.test.ts",
      "src/evaluate.prop.test.ts",
      "src/evaluate-sync.prop.test.ts",
      "src/mailbox.test.ts",
      "src/dates.test.ts",
      "test/rule-cases.test.ts",
    ],
    env: { PROPERTY_RUNS_SCALE: "0.1" },
  },
});
