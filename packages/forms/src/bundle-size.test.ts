import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formsEntry, formsLimit, measureBundle } from "../bench/bundle-size.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

// From the built dist/ (`pnpm build` first), as a user's bundler sees the published package.
describe("browser bundle of validateForm + registrationForm", () => {
  // 23 KB (20 KB before issue #21): the rule files' readings (ids, titles, texts and conditions in two
  // languages) and the next steps of every status and stage travel with the rules, so that a form names
  // the reading that decided a result and what comes next.
  it("stays within 23 KB gzipped and leaves json-rules-engine and jsonpath out", async () => {
    const size = await measureBundle(formsEntry);
    console.log(`forms bundle: ${size.minified} B minified, ${size.gzipped} B gzipped`);
    expect(size.gzipped).toBeLessThanOrEqual(formsLimit);
    expect(size.inputs.map((i) => i.input).join("\n")).not.toMatch(/json-rules-engine|jsonpath|eventemitter2/);
  }, 60_000);

  it("has the same limit in the READMEs and in docs/benchmarks.md", () => {
    const limit = `at most ${formsLimit / 1024} KB gzipped`;
    expect(read("../README.md")).toContain(limit);
    expect(read("../../../README.md")).toContain(limit);
    expect(read("../../../docs/benchmarks.md")).toContain(`at most ${(formsLimit / 1024).toFixed(1)} KB gzipped`);
  });
});
