import { defineConfig } from "tsup";

export default defineConfig({
  // Two entries: the text checks (browser-safe) and the PDF/DOCX extraction, which alone loads unpdf and mammoth.
  entry: ["src/index.ts", "src/extract.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  external: ["@bildungspartner/core", "unpdf", "mammoth"],
});
