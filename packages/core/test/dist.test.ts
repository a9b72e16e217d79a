import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));

function builtFiles(): string[] {
  return readdirSync(packagesDir).flatMap((pkg) => {
    const dist = `${packagesDir}${pkg}/dist`;
    try {
      return readdirSync(dist, { recursive: true, encoding: "utf8" })
        .filter((file) => /\.(c|m)?js$/.test(file))
        .map((file) => `${dist}/${file}`);
    } catch {
      return [];
    }
  });
}

describe("rules cannot become code", () => {
  it("no built package uses eval or new Function", () => {
    const files = builtFiles();
    expect(files.length).toBeGreaterThan(4); // `npm test` builds every package first
    for (const file of files) {
      const code = readFileSync(file, "utf8");
      expect(code, file).not.toMatch(/\bnew\s+Function\s*\(|(?<![.\w])eval\s*\(/);
    }
  });

  it("json-rules-engine brings jsonpath-plus 10.4.0 or later (earlier 10.x could run code from paths)", () => {
    const requireFromEngine = createRequire(createRequire(import.meta.url).resolve("json-rules-engine"));
    const manifest = requireFromEngine.resolve("jsonpath-plus/package.json");
    const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
    const [major, minor] = version.split(".").map(Number) as [number, number];
    expect(major > 10 || (major === 10 && minor >= 4), `jsonpath-plus ${version}`).toBe(true);
  });
});

describe("one error class for every entry of a built package", () => {
  const require = createRequire(import.meta.url);

  it("an error thrown by core's /rules entry is core's RuleFileError, in CommonJS as in ESM", async () => {
    for (const load of [
      async () => [require(`${packagesDir}core/dist/index.cjs`), require(`${packagesDir}core/dist/rules.cjs`)],
      async () => [await import(`${packagesDir}core/dist/index.js`), await import(`${packagesDir}core/dist/rules.js`)],
    ]) {
      const [core, rules] = (await load()) as [Record<string, new (...args: never[]) => Error>, Record<string, (...args: unknown[]) => unknown>];
      let thrown: unknown;
      try {
        rules.parseRule!(rules.eligibilityKind, "x.json", {});
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(core.RuleFileError!);
      expect(thrown).toBeInstanceOf(core.BildungspartnerError!);
    }
  });

  it("the agreement package's entries share one AgreementError in CommonJS", () => {
    const extract = require(`${packagesDir}agreement/dist/extract.cjs`) as { AgreementError: unknown };
    const main = require(`${packagesDir}agreement/dist/index.cjs`) as { AgreementError: unknown };
    expect(extract.AgreementError).toBe(main.AgreementError);
  });
});
