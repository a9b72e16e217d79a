import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("./", import.meta.url));

/**
 * The packages a module and everything it imports (relatively) import, by walking the sources:
 * `static` at load time, `dynamic` through `import()` when first needed.
 */
function externalImports(entry: string): { static: Set<string>; dynamic: Set<string> } {
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const record = (specifier: string, kind: "static" | "dynamic") => {
      // The package's data files are bundled into its build, as its sources are.
      if (specifier.includes("/data/") && specifier.endsWith(".json")) return;
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier).replace(/\.js$/, ".ts"));
      else found[kind].add(specifier);
    };
    const walk = (node: ts.Node): void => {
      // Type-only imports vanish from the built code; they do not load anything.
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : ts.isExportDeclaration(node) && node.isTypeOnly;
      if (typeOnly) return;
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        record(node.moduleSpecifier.text, "static");
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [specifier] = node.arguments;
        if (specifier && ts.isStringLiteral(specifier)) record(specifier.text, "dynamic");
      }
      node.forEachChild(walk);
    };
    walk(ts.createSourceFile(file, readFileSync(`${srcDir}${file}`, "utf8"), ts.ScriptTarget.ES2022, true));
  };
  visit(entry);
  return found;
}

describe("entry points", () => {
  it("the main entry imports nothing but the core: no node:*, no unpdf, no mammoth, no chrono-node (it runs in browsers)", () => {
    const imports = externalImports("index.ts");
    expect([...imports.static]).toEqual(["@bildungspartner/core"]);
    expect([...imports.dynamic]).toEqual([]);
  });

  it("only /chrono loads chrono-node's German parser", () => {
    expect([...externalImports("chrono.ts").static]).toEqual(["chrono-node/de"]);
  });

  it("/extract loads fflate (to measure a DOCX before mammoth unpacks it) and loads the optional PDF and DOCX readers only when a file needs them", () => {
    const imports = externalImports("extract.ts");
    expect([...imports.static].sort()).toEqual(["@bildungspartner/core", "fflate"]);
    expect([...imports.dynamic].sort()).toEqual(["mammoth", "unpdf"]);
  });

  it("/extract for Node (the `node` condition) has the same exports and loads the same readers, never through the bundled ones", async () => {
    const imports = externalImports("extract/node.ts");
    expect([...imports.static].sort()).toEqual(["@bildungspartner/core", "fflate"]);
    expect([...imports.dynamic].sort()).toEqual(["mammoth", "unpdf"]);
    expect(readFileSync(`${srcDir}extract/node.ts`, "utf8")).not.toContain("bundled-readers");
    expect(Object.keys(await import("./extract/node.js")).sort()).toEqual(Object.keys(await import("./extract.js")).sort());
  });
});
