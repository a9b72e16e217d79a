import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { evaluateSync, shippedRuleSets } from "@bildungspartner/core";
import { dataListProblems, eligibilityKind, ruleProblems } from "@bildungspartner/core/rules";
import { testRuleSetDir } from "@bildungspartner/test-kit";

/*
 * Every code sample in docs/guides is compiled or run here, so the guides cannot drift from the code:
 * ```ts is type-checked against the packages' sources, ```sh lines run the built `bildungspartner`
 * command (a ```text block right after one is its expected output, "…" standing for anything),
 * ```json is checked as the rule data it shows. Any other kind of block fails the test.
 */

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const guidesDir = join(repo, "docs/guides");

interface Block {
  readonly guide: string;
  readonly line: number;
  readonly lang: string;
  readonly info: string;
  readonly code: string;
  /** The block just before this one in the same guide, if nothing but prose lies between. */
  readonly previous?: Block;
}

function blocksOf(guide: string): Block[] {
  const lines = readFileSync(join(guidesDir, guide), "utf8").split("\n");
  const blocks: Block[] = [];
  let open: { line: number; lang: string; info: string; body: string[]; previous?: Block } | undefined;
  let lastEnd = -1;
  lines.forEach((text, index) => {
    if (open) {
      if (!text.startsWith("```")) {
        open.body.push(text);
        return;
      }
      const { line, lang, info, body, previous } = open;
      blocks.push({ guide, line, lang, info, code: body.join("\n"), ...(previous ? { previous } : {}) });
      open = undefined;
      lastEnd = index;
      return;
    }
    const fence = /^```(\S*)\s*(.*)$/.exec(text);
    if (!fence) return;
    // Only blank lines between two blocks: the first one is this one's "previous".
    const adjacent = blocks.length > 0 && lines.slice(lastEnd + 1, index).every((between) => between.trim() === "");
    open = { line: index + 1, lang: fence[1] ?? "", info: fence[2] ?? "", body: [], ...(adjacent ? { previous: blocks.at(-1)! } : {}) };
  });
  return blocks;
}

const guides = readdirSync(guidesDir).filter((name) => name.endsWith(".md")).sort();
const blocks = guides.flatMap(blocksOf);
const where = (block: Block) => `${block.guide}:${block.line}`;

const packages = readdirSync(join(repo, "packages"))
  .filter((name) => existsSync(join(repo, "packages", name, "package.json")))
  .map((name) => ({ dir: name, json: JSON.parse(readFileSync(join(repo, "packages", name, "package.json"), "utf8")) as { name: string; private?: boolean; exports?: Record<string, unknown> } }));

describe("the guides in docs/guides", () => {
  it("exist, and hold only code samples this test can check", () => {
    expect(guides).toEqual(expect.arrayContaining(["getting-started.md", "forms.md", "agreement-check.md", "regeln-lesen-und-aendern.md"]));
    for (const block of blocks) {
      expect(["ts", "sh", "json", "text"], where(block)).toContain(block.lang);
      if (block.lang === "text") expect(block.previous?.lang, `${where(block)}: a text block shows the output of the sh block before it`).toBe("sh");
    }
  });

  it("link only to files and folders that exist (typedoc is told not to check folder links)", () => {
    for (const file of [...guides.map((g) => join(guidesDir, g)), join(repo, "docs/index.md")]) {
      const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        expect(existsSync(join(file, "..", target!.replace(/#.*$/, ""))), `${file}: ${target}`).toBe(true);
      }
    }
  });

  it("have TypeScript samples that compile against the packages", () => {
    const samples = blocks.filter((b) => b.lang === "ts");
    expect(samples.length).toBeGreaterThan(4);
    // `@bildungspartner/x` and `@bildungspartner/x/y` resolve to the sources, as in the tests.
    const paths: Record<string, string[]> = {};
    for (const { dir, json } of packages) {
      paths[json.name] = [`packages/${dir}/src/index.ts`];
      for (const subpath of Object.keys(json.exports ?? {})) {
        if (subpath !== "." && !subpath.endsWith(".json")) paths[`${json.name}/${subpath.slice(2)}`] = [`packages/${dir}/src/${subpath.slice(2)}.ts`];
      }
    }
    const files = new Map(samples.map((b) => [join(guidesDir, `${b.guide.replace(/\.md$/, "")}-${b.line}.sample.ts`), b]));
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts"],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      resolveJsonModule: true,
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
      skipLibCheck: true,
      noEmit: true,
      types: ["node"],
      typeRoots: [join(repo, "node_modules/@types")],
      baseUrl: repo,
      paths,
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => files.get(name)?.code ?? readFile(name);
    host.fileExists = (name) => files.has(name) || fileExists(name);
    host.getSourceFile = (name, version, onError, create) =>
      files.has(name) ? ts.createSourceFile(name, files.get(name)!.code, version, true) : getSourceFile(name, version, onError, create);
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = [...files.keys()].flatMap((name) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((d) => {
        const block = files.get(name)!;
        const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
        return `${block.guide}:${block.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
    expect(problems).toEqual([]);
  }, 60_000);

  it("name the test-only rule set 2.0.0 where the test kit writes it from its patches", () => {
    const named = blocks.some((b) => b.code.includes(relative(repo, testRuleSetDir)));
    expect(named).toBe(true);
  });

  // A sample may name an environment variable (`"$BILDUNGSPARTNER_FAQ"`): it runs where the variable is set.
  const variables = (block: Block) => [...block.code.matchAll(/\$(\w+)/g)].map(([, name]) => name!);
  const commands = blocks.filter((b) => b.lang === "sh");
  for (const block of commands) {
    it.runIf(variables(block).every((name) => process.env[name]))(`run the shell sample at ${where(block)}`, () => runSample(block));
  }
  function runSample(block: Block) {
    let output = "";
    for (const raw of block.code.split("\n")) {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) continue;
      const install = /^npm install (.+)$/.exec(line);
      if (install) {
        for (const name of install[1]!.split(/\s+/)) {
          const found = packages.find((p) => p.json.name === name);
          expect(found && !found.json.private, `${where(block)}: ${name} is a published package of this repository`).toBe(true);
        }
        continue;
      }
      const command = /^bildungspartner\s+(.*?)(?:\s+#\s*Exit-Code\s+(\d))?$/.exec(line);
      expect(command, `${where(block)}: only "bildungspartner …" and "npm install …" are checked: ${line}`).not.toBeNull();
      const args = command![1]!.match(/"[^"]*"|\S+/g)!.map((arg) => arg.replace(/^"|"$/g, "").replace(/\$(\w+)/g, (_, name: string) => process.env[name]!));
      const result = spawnSync(process.execPath, [join(repo, "packages/cli/dist/bin.js"), ...args], { cwd: repo, encoding: "utf8" });
      expect(result.status, `${where(block)}: ${line}\n${result.stderr}`).toBe(Number(command![2] ?? 0));
      output = `${result.stdout}${result.stderr}`;
    }
    const expected = blocks.find((b) => b.previous === block && b.lang === "text");
    if (expected) {
      const outputLines = output.split("\n").map((l) => l.trim());
      let from = 0;
      for (const want of expected.code.split("\n").map((l) => l.trim()).filter(Boolean)) {
        const pattern = new RegExp(`^${want.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
        const at = outputLines.findIndex((l, i) => i >= from && pattern.test(l));
        expect(at, `${where(expected)}: "${want}" in the output of ${where(block)}:\n${output}`).toBeGreaterThanOrEqual(0);
        from = at + 1;
      }
    }
  }

  const minDuration = shippedRuleSets()[0]!.rules.find((r) => r.id === "min-duration")!;
  it.each(blocks.filter((b) => b.lang === "json").map((b) => [where(b), b] as const))("check the JSON sample at %s as rule data", (_, block) => {
    const value = JSON.parse(block.code) as Record<string, unknown>;
    const criterion = /\bcase=([\w-]+)/.exec(block.info)?.[1];
    if (criterion) {
      const decision = evaluateSync(value.input);
      expect(decision.issues).toEqual([]);
      expect(decision.criteria.find((c) => c.id === criterion)?.status).toBe(value.expected);
    } else if ("any" in value || "all" in value || "not" in value) {
      expect(ruleProblems(eligibilityKind, "min-duration.json", { ...minDuration, conditions: value })).toEqual([]);
    } else if (Object.values(value).every((parameter) => typeof parameter === "object" && parameter !== null && "title" in parameter && "value" in parameter)) {
      expect(ruleProblems(eligibilityKind, "min-duration.json", { ...minDuration, parameters: value })).toEqual([]);
    } else if ("inProgramme" in value) {
      expect(dataListProblems({ "data/categories.json": { categories: [value] } })).toEqual([]);
    } else {
      expect.fail(`${where(block)}: no check for this JSON sample; mark an example case with case=<id>`);
    }
  });
});
