// API reference of every published package in packages/* (`pnpm docs:build`): the private ones (the
// test kit) have no API to document. Each package is documented from its public entry src/index.ts
// and, for each subpath export "./x" in its package.json, from src/x.ts (the convention the vitest
// aliases use too), so a new package or subpath needs no change here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("./", import.meta.url));
const packages = readdirSync(`${root}packages`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`${root}packages/${entry.name}/package.json`))
  .map((entry) => `${root}packages/${entry.name}`)
  .filter((dir) => !JSON.parse(readFileSync(`${dir}/package.json`, "utf8")).private)
  .sort();

const entryNames = new Set(["index"]);
// Each package sees its siblings' sources, as in the tests, so a link or type from one package to
// another points at the documented declaration rather than at a built .d.ts.
const paths = {};
for (const dir of packages) {
  const { name, exports = {} } = JSON.parse(readFileSync(`${dir}/package.json`, "utf8"));
  paths[name] = [`${dir}/src/index.ts`];
  for (const subpath of Object.keys(exports)) {
    if (subpath === "." || subpath.endsWith(".json")) continue;
    const entry = subpath.replace(/^\.\//, "");
    entryNames.add(entry);
    paths[`${name}/${entry}`] = [`${dir}/src/${entry}.ts`];
  }
}

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "Bildungspartner NRW – SDK",
  entryPointStrategy: "packages",
  entryPoints: packages,
  packageOptions: {
    // Every package's entries; a package without one of these files simply has none of it.
    entryPoints: [`src/@(${[...entryNames].sort().join("|")}).ts`],
    disableSources: true,
    // Type errors are `pnpm typecheck`'s business (it also checks the tests typedoc would compile).
    skipErrorChecking: true,
    compilerOptions: { paths },
    validation: { invalidPath: true },
    excludePrivate: true,
    excludeInternal: true,
  },
  readme: "docs/index.md",
  projectDocuments: ["docs/guides/*.md", "docs/architecture.md", "docs/benchmarks.md"],
  out: "docs/site/api",
  treatWarningsAsErrors: true,
  // Every link must lead to a page or file of the site: a folder is named in code, not linked.
  validation: { invalidPath: true },
};
