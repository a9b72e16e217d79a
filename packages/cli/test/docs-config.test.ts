import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

describe("the API reference configuration (typedoc.config.mjs)", () => {
  it("documents every published package in packages/* with every entry its package.json exports", async () => {
    const { default: config } = (await import(join(repo, "typedoc.config.mjs"))) as {
      default: { entryPoints: string[]; packageOptions: { entryPoints: string[] }; treatWarningsAsErrors: boolean };
    };
    const manifest = (name: string) => JSON.parse(readFileSync(join(repo, "packages", name, "package.json"), "utf8")) as { private?: boolean; exports?: Record<string, unknown> };
    const packages = readdirSync(join(repo, "packages")).filter((name) => existsSync(join(repo, "packages", name, "package.json")) && !manifest(name).private);
    expect(config.entryPoints.map((dir) => dir.split("/").at(-1)).sort()).toEqual(packages.sort());
    expect(config.treatWarningsAsErrors).toBe(true);
    const [glob] = config.packageOptions.entryPoints;
    const names = new Set(/^src\/@\((.+)\)\.ts$/.exec(glob ?? "")?.[1]?.split("|"));
    for (const name of packages) {
      const { exports = {} } = manifest(name);
      for (const subpath of Object.keys(exports).filter((s) => !s.endsWith(".json"))) {
        const entry = subpath === "." ? "index" : subpath.slice(2);
        expect(names, `${name}: ${subpath}`).toContain(entry);
        expect(existsSync(join(repo, "packages", name, "src", `${entry}.ts`)), `${name}: src/${entry}.ts`).toBe(true);
      }
    }
  });
});
