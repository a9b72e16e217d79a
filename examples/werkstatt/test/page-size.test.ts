import { describe, expect, it } from "vitest";
import { PAGE_SCRIPT_LIMIT_KB, pageScriptSizes } from "../scripts/page-size.js";

describe("the page's JavaScript", () => {
  it(`stays under ${PAGE_SCRIPT_LIMIT_KB} KB gzipped`, { timeout: 120_000 }, async () => {
    const sizes = await pageScriptSizes();
    const total = sizes.reduce((sum, size) => sum + size.gzipped, 0);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total / 1000).toBeLessThan(PAGE_SCRIPT_LIMIT_KB);
  });
});
