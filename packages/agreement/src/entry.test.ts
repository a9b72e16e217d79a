import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("./", import.meta.url));

/** The packages a module and everything it imports (relatively) import, by walking the sources. */
function externalImports(entry: string): Set<string> {
  const externals = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(`${srcDir}${file}`, "utf8"), ts.ScriptTarget.ES2022, true);
    source.forEachChild((node) => {
      // Type-only imports vanish from the built code; they do not load anything.
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : ts.isExportDeclaration(node) && node.isTypeOnly;
      if (typeOnly) return;
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const specifier = node.moduleSpecifier.text;
        if (specifier.startsWith("./")) visit(specifier.slice(2).replace(/\.js$/, ".ts"));
        else externals.add(specifier);
      }
    });
  };
  visit(entry);
  return externals;
}

describe("entry points", () => {
  it("the main entry imports nothing but the core: no node:*, no unpdf, no mammoth, no chrono-node (it runs in browsers)", () => {
    expect([...externalImports("index.ts")]).toEqual(["@bildungspartner/core"]);
  });

  it("only /chrono loads chrono-node's German parser", () => {
    expect([...externalImports("chrono.ts")]).toEqual(["chrono-node/de"]);
  });

  it("only /extract loads the PDF and DOCX libraries (and fflate, to measure a DOCX before mammoth unpacks it)", () => {
    expect([...externalImports("extract.ts")].sort()).toEqual(["fflate", "mammoth", "unpdf"]);
  });
});
