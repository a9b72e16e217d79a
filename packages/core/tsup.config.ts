import { cpSync } from "node:fs";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/rules.ts", "src/audit.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  // Shared chunks in CommonJS too, so every entry throws the same error classes (`instanceof` holds across entries).
  // In a chunk, a user's bundler can no longer drop a whole unused module, only unused top-level values
  // free of side effects: so every top-level value that calls something is marked `/* @__PURE__ */`,
  // as an immediately called arrow function when its arguments read properties (src/bundle.test.ts).
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  external: ["json-rules-engine", "zod", "date-fns", "fflate", /^node:/],
  // Bundled: @noble/hashes ships ESM only, and core's CommonJS build must not require() it.
  noExternal: ["@noble/hashes"],
  // The rule files and lists travel inside dist, readable by people and by `bildungspartner rules`.
  onSuccess: async () => {
    for (const item of ["rules", "data", "rules.schema.json", "offering-rules.schema.json"]) cpSync(item, `dist/${item}`, { recursive: true });
  },
});
