import { defineConfig } from "vitest/config";

// The browser tests: the built pages (`pnpm run build`) in Debian's chromium through playwright-core.
// Not part of `npm test`, which needs no browser; `.ci/run` installs chromium and runs these.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A guard against a hang on a loaded machine, not a speed limit.
    expect: { poll: { timeout: 30_000 } },
  },
});
