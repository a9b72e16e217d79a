import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

// Tests run against the sources: `@bildungspartner/x` is packages/x/src/index.ts and
// `@bildungspartner/x/y` is packages/x/src/y.ts. Only tests that start the built CLI need `pnpm build`.
const alias = [
  { find: /^@bildungspartner\/([\w-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
  { find: /^@bildungspartner\/([\w-]+)\/([\w-]+)$/, replacement: `${root}packages/$1/src/$2.ts` },
];

const workspaceDirs = ["packages", "examples"].flatMap((group) =>
  readdirSync(`${root}${group}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${root}${group}/${entry.name}/package.json`))
    .map((entry) => `${group}/${entry.name}`),
);

export default defineConfig({
  test: {
    // Says at the end whether the FAQ quote checks ran (BILDUNGSPARTNER_FAQ) or were skipped.
    globalSetup: ["./packages/test-kit/src/faq-notice.ts"],
    projects: [
      // The repository's own scripts (the vocabulary check CI runs).
      { test: { name: "scripts", root: "./scripts", include: ["*.test.ts"] } },
      ...workspaceDirs.map((dir) => ({
      resolve: { alias },
      test: {
        name: dir.split("/")[1]!,
        root: `./${dir}`,
        include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
        // Property tests with thousands of runs and tests that start the built CLI take seconds on a
        // busy two-core machine; the limit is there to catch a hang, not to measure speed.
        testTimeout: 30_000,
        // One fixed seed for the property tests (PROPERTY_SEED=random explores others).
        setupFiles: [`${root}packages/test-kit/src/property-seed.ts`],
      },
    })),
    ],
  },
});
