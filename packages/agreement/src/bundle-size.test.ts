import { readFileSync } from "node:fs";
import { measureBundle } from "@bildungspartner/test-kit/bundle-size";
import { describe, expect, it } from "vitest";
import { agreementEntry, agreementLimit } from "../bench/bundle-size.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

// From the built dist/ (`pnpm build` first), as a user's bundler sees the published package.
describe("browser bundle of the main entry", () => {
  it("stays under 60 KB gzipped, without the PDF/DOCX readers and chrono-node", async () => {
    const size = await measureBundle(agreementEntry);
    console.log(`agreement bundle: ${size.minified} B minified, ${size.gzipped} B gzipped`);
    expect(size.gzipped).toBeLessThan(agreementLimit);
    expect(size.inputs.map((i) => i.input).join("\n")).not.toMatch(/unpdf|mammoth|chrono-node|json-rules-engine/);
  }, 60_000);

  it("has the same limit in the READMEs and in docs/benchmarks.md", () => {
    const limit = `under ${agreementLimit / 1024} KB gzipped`;
    expect(read("../README.md")).toContain(limit);
    expect(read("../../../README.md")).toContain(limit);
    expect(read("../../../docs/benchmarks.md")).toContain(`under ${(agreementLimit / 1024).toFixed(1)} KB gzipped`);
  });
});
