import { defineConfig } from "tsup";

export default defineConfig({
  // Three entries: the text checks (browser-safe), the PDF/DOCX extraction, which alone loads unpdf
  // and mammoth (for Node, under the `node` export condition, extract.node: its readers left to Node),
  // and chrono-node's date parser, which alone loads chrono-node.
  entry: { index: "src/index.ts", extract: "src/extract.ts", "extract.node": "src/extract/node.ts", chrono: "src/chrono.ts" },
  format: ["esm", "cjs"],
  // Shared chunks in CommonJS too, so every entry throws the same error classes (`instanceof` holds across entries).
  splitting: true,
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  external: ["@bildungspartner/core", "unpdf", "mammoth", "chrono-node"],
});
