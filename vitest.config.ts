import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run against the sources; only tests that start the built CLI need `pnpm build` first.
const alias = {
  "@bildungspartner/core": source("core"),
};

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "core", root: "./packages/core", include: ["src/**/*.test.ts", "test/**/*.test.ts"] } },
      { resolve: { alias }, test: { name: "cli", root: "./packages/cli", include: ["src/**/*.test.ts", "test/**/*.test.ts"] } },
    ],
  },
});
