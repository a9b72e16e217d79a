import { describe, expect, it } from "vitest";
import { measureBundle } from "@bildungspartner/test-kit/bundle-size";

// From the built dist/ (`pnpm build` first), as users bundle it: there the modules share chunks, so
// a bundler drops only top-level values it can prove unused and free of side effects (see tsup.config.ts).
describe("browser bundles of the built main entry", () => {
  it("hold only what they import: no top-level work of other modules comes along", async () => {
    const size = await measureBundle('export { isSubmittable } from "@bildungspartner/core";');
    expect(size.minified).toBeLessThan(300);
  }, 60_000);

  it("evaluateSync comes without json-rules-engine and zod", async () => {
    const size = await measureBundle('export { evaluateSync } from "@bildungspartner/core";');
    expect(size.inputs.map((i) => i.input).join("\n")).not.toMatch(/json-rules-engine|jsonpath|zod/);
  }, 60_000);
});
