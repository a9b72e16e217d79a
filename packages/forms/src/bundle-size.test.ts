import { describe, expect, it } from "vitest";
import { formsEntry, measureBundle } from "../bench/bundle-size.js";

describe("browser bundle of validateForm + registrationForm", () => {
  // 23 KB (20 KB before issue #21): the rule files' readings (ids, titles, texts and conditions in two
  // languages) and the next steps of every status and stage travel with the rules, so that a form names
  // the reading that decided a result and what comes next.
  it("stays within 23 KB gzipped and leaves json-rules-engine and jsonpath out", async () => {
    const size = await measureBundle(formsEntry);
    console.log(`forms bundle: ${size.minified} B minified, ${size.gzipped} B gzipped`);
    expect(size.gzipped).toBeLessThanOrEqual(23 * 1024);
    expect(size.inputs.map((i) => i.input).join("\n")).not.toMatch(/json-rules-engine|jsonpath|eventemitter2/);
  }, 60_000);
});
