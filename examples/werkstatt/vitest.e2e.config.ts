import { defineConfig } from "vitest/config";

// The browser tests: the built Werkstatt (`pnpm run build`) in Debian's chromium through playwright-core.
// Not part of `npm test`, which needs no browser; `.ci/run` installs chromium and runs these.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll waits for a state (a heading, a count) and gives up only after this long: a guard
    // against a hang, not a speed limit. vitest's default of one second failed on a loaded machine.
    expect: { poll: { timeout: 30_000 } },
  },
});
