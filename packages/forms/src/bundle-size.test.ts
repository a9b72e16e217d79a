import { describe, expect, it } from "vitest";
import { formsEntry, measureBundle } from "../bench/bundle-size.js";

describe("browser bundle of validateForm + registrationForm", () => {
  it("stays within 20 KB gzipped and leaves json-rules-engine and jsonpath out", async () => {
    const size = await measureBundle(formsEntry);
    console.log(`forms bundle: ${size.minified} B minified, ${size.gzipped} B gzipped`);
    expect(size.gzipped).toBeLessThanOrEqual(20 * 1024);
    expect(size.inputs.map((i) => i.input).join("\n")).not.toMatch(/json-rules-engine|jsonpath|eventemitter2/);
  }, 60_000);
});
