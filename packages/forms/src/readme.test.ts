import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("../", import.meta.url));
const readme = readFileSync(`${packageDir}README.md`, "utf8");
const examples = [...readme.matchAll(/^## (.+)\n[\s\S]*?```(tsx?)\n([\s\S]*?)```/gm)].map((m) => ({
  heading: m[1]!,
  extension: m[2]!,
  code: m[3]!,
}));

describe("README examples", () => {
  it("cover react-hook-form, TanStack Form, RJSF, JSON Forms, Formik and the server", () => {
    expect(examples.map((e) => e.heading)).toEqual([
      "react-hook-form",
      "TanStack Form",
      "react-jsonschema-form (RJSF)",
      "JSON Forms",
      "Formik",
      "On the server",
    ]);
  });

  it("compile with the libraries they use (the form pages' regions are checked and compiled in examples/form-builders)", () => {
    // Inside the package, so that imports resolve like a user's; @bildungspartner/forms maps to the sources.
    const dir = `${packageDir}test/.readme-examples`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // A page's region imports relative modules of its page (the form-builders example's common parts): that example compiles it.
    const standalone = examples.filter((example) => !/from "\.\.?\//.test(example.code));
    expect(standalone.map((e) => e.heading)).toContain("On the server");
    const files = standalone.map((example, i) => {
      const file = `${dir}/example-${i}.${example.extension}`;
      writeFileSync(file, example.code);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      types: [],
      skipLibCheck: true,
      noEmit: true,
      esModuleInterop: true,
      baseUrl: packageDir,
      paths: { "@bildungspartner/forms": ["src/index.ts"], "@bildungspartner/core": ["../core/src/index.ts"] },
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : "";
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    rmSync(dir, { recursive: true, force: true });
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
