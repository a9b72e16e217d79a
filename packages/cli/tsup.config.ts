import { defineConfig } from "tsup";

export default defineConfig({
  // bin.ts stays a tiny launcher: tsup's declaration build cannot read a shebang entry.
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm", "cjs"],
  dts: { entry: "src/index.ts" },
  clean: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
  // import.meta.url (used to find core's rule files) in the CommonJS build too.
  shims: true,
});
