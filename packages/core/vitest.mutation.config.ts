import { defineConfig } from "vitest/config";

// The core tests alone, for Stryker; the differential property test runs fewer cases here to keep
// each mutant's run short (CI runs it in full).
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/privacy.test.ts", "test/dist.test.ts"],
  },
});
