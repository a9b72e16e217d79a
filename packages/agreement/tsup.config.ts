import { defineConfig } from "tsup";

export default defineConfig({
  // Three entries: the text checks (browser-safe), the PDF/DOCX extraction, which alone loads unpdf
  // and mammoth, and chrono-node's date parser, which alone loads chrono-node.
  entry: ["src/index.ts", "src/extract.ts", "src/chrono.ts"],
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
