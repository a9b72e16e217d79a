import { defineConfig } from "vitest/config";

// The five pages, built (`pnpm run build`), in Debian's chromium: `.ci/run` runs them, `npm test` does
// not. The poll timeout guards against a hang on a loaded machine; it is no speed limit.
export default defineConfig({
  test: { include: ["e2e/*.e2e.test.ts"], testTimeout: 60_000, hookTimeout: 60_000, expect: { poll: { timeout: 30_000 } } },
});
