import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../../", import.meta.url));

// Tests that drive a real browser (Debian chromium through playwright-core). Not part of `vitest run`
// at the root, which must pass without a browser; `.ci/run` installs chromium and runs these.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@bildungspartner\/([\w-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
      { find: /^@bildungspartner\/([\w-]+)\/([\w-]+)$/, replacement: `${root}packages/$1/src/$2.ts` },
    ],
  },
  test: {
    name: "cli-browser",
    root: fileURLToPath(new URL("./", import.meta.url)),
    include: ["test/**/*.browser-test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for a state (a heading, a count) and gives up only after this long: a guard
    // against a hang, not a speed limit. vitest's default of one second failed on a loaded machine.
    expect: { poll: { timeout: 30_000 } },
  },
});
