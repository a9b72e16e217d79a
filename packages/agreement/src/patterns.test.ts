import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("./", import.meta.url));
const sources = readdirSync(srcDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

interface Found {
  file: string;
  pattern: string;
  flags: string;
}

/** Every regular-expression literal in the package's sources, and every call of the RegExp constructor. */
function scan(): { literals: Found[]; constructed: string[] } {
  const literals: Found[] = [];
  const constructed: string[] = [];
  for (const file of sources) {
    const source = ts.createSourceFile(file, readFileSync(`${srcDir}${file}`, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf("/");
        literals.push({ file, pattern: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === "RegExp") {
        constructed.push(`${file}: ${node.getText(source)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructed };
}

describe("every regular expression of the package", () => {
  const { literals, constructed } = scan();

  it("is judged by a checker that does find vulnerable patterns", () => {
    expect(checkSync("^(a+)+$", "").status).toBe("vulnerable");
    expect(checkSync("(\\w+\\s?)*$", "u").status).toBe("vulnerable");
  });

  it("is a literal in the sources, so that this test sees it (no RegExp built at run time)", () => {
    expect(constructed).toEqual([]);
    expect(literals.length).toBeGreaterThan(40);
  });

  // recheck proves each pattern free of super-linear backtracking (ReDoS) or shows an attack string.
  it.each(literals.map((l) => [`${l.file}: /${l.pattern}/${l.flags}`, l] as const))("%s is safe", (_name, literal) => {
    // The fuzzer's time limits (attack, incubation, seeding) are switched off so that a loaded machine cannot turn a
    // slow match into "vulnerable": the verdict then rests on the step limits alone, the same on every run.
    const result = checkSync(literal.pattern, literal.flags.replace(/[gy]/g, ""), {
      timeout: 30_000,
      attackTimeout: null,
      incubationTimeout: null,
      seedingTimeout: null,
    });
    expect({ status: result.status, attack: result.status === "vulnerable" ? result.attack.string.slice(0, 40) : undefined }).toEqual({
      status: "safe",
      attack: undefined,
    });
  }, 60_000);
});
