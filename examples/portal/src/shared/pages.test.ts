import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { navigationPages, portalPages } from "./pages.js";

const portal = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe("portalPages", () => {
  it.each(Object.entries(portalPages))("%s: its HTML entry lies at its path and loads a script of the portal", (_id, page) => {
    expect(page.html).toBe(`${page.path.slice(1)}index.html`);
    const script = /<script type="module" src="\/([^"]+)"/.exec(readFileSync(portal(page.html), "utf8"))?.[1];
    expect(script !== undefined && existsSync(portal(script))).toBe(true);
  });

  it("links the registration and the directory in the navigation, in this order", () => {
    expect(navigationPages.map((page) => page.id)).toEqual(["registrierung", "verzeichnis"]);
  });
});
