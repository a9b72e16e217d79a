import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fc, test } from "@fast-check/vitest";
import { agreementLimits } from "@bildungspartner/agreement";
import { faqFile, faqStandIn } from "@bildungspartner/test-kit";
import { deflateBomb, docx, emptyPagesPdf, encryptedPdf } from "@bildungspartner/test-kit/hostile-files";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../test/buffer-io.js";
import { MAX_FILE_BYTES } from "./files.js";
import type { FileAgreementReport } from "./check-agreement.js";
import type { FileDecision } from "./index.js";
import type { LintReport } from "./rules-lint.js";

// Files from strangers on the command line: every command ends with a result or a documented error
// and the documented exit code (0 passed, 1 did not pass, 2 invalid or unreadable), never a stack trace.

const root = fileURLToPath(new URL("../../../", import.meta.url));
const core = join(root, "packages/core");
const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-hostile-"));
// The FAQ quotes are checked on hostile files too: against the FAQ's text where BILDUNGSPARTNER_FAQ
// names it, else against a stand-in made of the shipped quotes (the check must survive either way).
const faqOrStandIn = faqFile ?? join(tmp, "faq-stand-in.txt");
if (faqFile === undefined) writeFileSync(faqOrStandIn, faqStandIn());
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore));

let counter = 0;
function file(name: string, content: string | Uint8Array): string {
  counter += 1;
  const path = join(tmp, `${counter}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** `depth` nested arrays, or objects under `key`, as JSON text (JSON.stringify itself overflows). */
const deepArray = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const deepObject = (key: string, depth: number) => `${`{"${key}":`.repeat(depth)}1${"}".repeat(depth)}`;

const protoApplication =
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
  '"school":{"__proto__":{"name":"x"},"name":"Gymnasium am See","type":"gymnasium"},' +
  '"partners":[{"__proto__":{"municipal":true},"name":"Stadtarchiv","category":"archive"}]}';

const random = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 7919 + seed * 104729 + ((i * i) % 251)) & 0xff);

describe("bildungspartner check on hostile files", () => {
  it("reports a file over 5 MB, a binary file and 10,000-deep nesting as invalid (exit 2), each with its reason", async () => {
    const huge = file("huge.json", "");
    truncateSync(huge, MAX_FILE_BYTES + 1);
    const files = [huge, file("binary.json", random(3000, 1)), file("deep-array.json", deepArray(10_000)), file("deep-name.json", `{"school":{"name":${deepObject("x", 10_000)}}}`)];
    const { code, out, err } = await cli("check", "--format", "json", ...files);
    expect(err).toBe("");
    expect(code).toBe(2);
    const decisions = JSON.parse(out) as FileDecision[];
    expect(decisions.map((d) => [d.status, d.issues[0]?.code])).toEqual([
      ["invalid", "file_too_large"],
      ["invalid", "invalid_json"],
      ["invalid", expect.any(String)],
      ["invalid", expect.any(String)],
    ]);
    expect(decisions[3]!.issues[0]!.path).toBe("school.name");
  });

  it("ignores __proto__, constructor and prototype keys and changes no prototype", async () => {
    const { code, out } = await cli("check", "--format", "json", file("proto.json", protoApplication));
    expect(code).toBe(1);
    const [decision] = JSON.parse(out) as FileDecision[];
    expect(decision!.status).toBe("incomplete");
    expect(JSON.stringify(decision)).not.toContain("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const anyContent = fc.oneof(
    fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
    fc.record({ school: fc.anything(), partners: fc.anything(), agreement: fc.anything(), contacts: fc.anything() }, { requiredKeys: [] }).map((v) => JSON.stringify(v) ?? "null"),
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.uint8Array({ maxLength: 500 }),
  );

  test.prop([anyContent], { numRuns: 40 })("any file content: one Decision and the exit code its status documents", async (content) => {
    const { code, out, err } = await cli("check", "--format", "json", file("any.json", content));
    expect(err).toBe("");
    const [decision] = JSON.parse(out) as FileDecision[];
    const expected = { eligible: 0, "needs-review": 1, "not-eligible": 1, incomplete: 1, invalid: 2 }[decision!.status];
    expect(code).toBe(expected);
  });
});

describe("bildungspartner check-agreement on hostile files", () => {
  it("reports each hostile file as not readable with its code (exit 2), and goes on to the next", async () => {
    const huge = file("huge.pdf", "");
    truncateSync(huge, agreementLimits.maxFileBytes + 1);
    const files = [
      huge,
      file("random.pdf", random(5000, 2)),
      file("random.docx", random(5000, 3)),
      file("encrypted.pdf", encryptedPdf()),
      file("pages.pdf", await emptyPagesPdf(2_000)),
      file("bomb.docx", docx({ name: "word/document.xml", data: deflateBomb(512), method: 8, size: 1000 })),
      file("long.txt", "Vereinbarung ".repeat(200_000)),
      file("readable.txt", "Kooperationsvereinbarung Bildungspartner NRW"),
    ];
    const { code, out, err } = await cli("check-agreement", "--format", "json", ...files);
    expect(err).toBe("");
    expect(code).toBe(2);
    const results = JSON.parse(out) as FileAgreementReport[];
    expect(results.map((r) => ("error" in r ? r.error.code : "report"))).toEqual([
      "FILE_TOO_LARGE",
      "UNREADABLE_FILE",
      "UNREADABLE_FILE",
      "UNREADABLE_FILE",
      "FILE_TOO_LARGE",
      "FILE_TOO_LARGE",
      "TEXT_TOO_LONG",
      "report",
    ]);
  });

  test.prop([fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("txt", "pdf", "docx")], { numRuns: 30 })(
    "any bytes under any name: a report or an error entry, and the matching exit code",
    async (bytes, extension) => {
      const { code, out, err } = await cli("check-agreement", "--format", "json", file(`any.${extension}`, bytes));
      expect(err).toBe("");
      const [result] = JSON.parse(out) as FileAgreementReport[];
      if ("error" in result!) expect(code).toBe(2);
      else expect(code).toBe(result!.findings.every((f) => f.status === "found") ? 0 : 1);
    },
  );
});

/** A copy of the shipped rules with its data folder, to break. */
function rulesCopy(name: string): string {
  const dir = join(tmp, name, "rules");
  cpSync(join(core, "rules"), dir, { recursive: true });
  cpSync(join(core, "data"), join(tmp, name, "data"), { recursive: true });
  return dir;
}

function editRule(dir: string, id: string, change: (rule: any) => void): void {
  const path = join(dir, `${id}.json`);
  const rule = JSON.parse(readFileSync(path, "utf8"));
  change(rule);
  writeFileSync(path, JSON.stringify(rule, null, 2));
}

/** A rules folder with one hostile change in each of six rule files. */
function hostileRules(): string {
  const dir = rulesCopy("hostile");
  editRule(dir, "min-duration", (rule) => (rule.conditions.any[0].path = "$[?(@.constructor.constructor('return process')())]"));
  editRule(dir, "named-contacts", (rule) => (rule.conditions.all[0].operator = "matchesRegex"));
  const third = join(dir, "third-partner.json");
  // Written as text: JSON.stringify would drop a __proto__ set on an object.
  writeFileSync(third, readFileSync(third, "utf8").replace('"source": {', '"source": { "__proto__": { "polluted": true },'));
  const written = join(dir, "written-agreement.json");
  writeFileSync(written, readFileSync(written, "utf8").replace(/"conditions": \{[\s\S]*?\]\s*\}/, `"conditions": {"all": [${deepObject("not", 10_000).replace(/1(?=\})/, '{"fact":"agreement.written","operator":"equal","value":true}')}]}`));
  writeFileSync(join(dir, "signed-by-all.json"), random(4000, 4));
  writeFileSync(join(dir, "open-to-all-pupils.json"), "");
  truncateSync(join(dir, "open-to-all-pupils.json"), MAX_FILE_BYTES + 1);
  return dir;
}

describe("bildungspartner rules lint on hostile rule files", () => {
  it("refuses jsonpath paths, unknown operators, __proto__, 10,000-deep nesting, binary and huge files, each with file:path and exit 1", async () => {
    const dir = hostileRules();
    const { code, out, err } = await cli("rules", "lint", "--faq", faqOrStandIn, "--format", "json", dir);
    expect(err).toBe("");
    expect(code).toBe(1);
    const problems = (JSON.parse(out) as LintReport).problems.map((p) => ({ ...p, file: p.file.split(/[\\/]/).at(-1) }));
    const about = (name: string) => problems.filter((p) => p.file === name);
    expect(about("min-duration.json")).toContainEqual(expect.objectContaining({ message: expect.stringContaining("keine path-Ausdrücke") }));
    expect(about("named-contacts.json")).toContainEqual(expect.objectContaining({ path: "conditions.all.0.operator", message: expect.stringMatching(/Unbekannter Operator.* \/ unknown operator/) }));
    expect(about("third-partner.json")).toContainEqual({
      file: "third-partner.json",
      path: "source.__proto__",
      code: "forbidden-key",
      params: { key: "__proto__" },
      message: 'Der Schlüssel „__proto__“ ist in Regeldateien verboten / the key "__proto__" is forbidden in rule files',
      messages: { de: "Der Schlüssel „__proto__“ ist in Regeldateien verboten", en: 'the key "__proto__" is forbidden in rule files' },
    });
    expect(about("written-agreement.json")).toContainEqual(expect.objectContaining({ message: "Zu tief verschachtelt: höchstens 32 Ebenen / nested too deeply: at most 32 levels" }));
    expect(about("signed-by-all.json")).toContainEqual(expect.objectContaining({ path: "", message: expect.stringContaining("Kein gültiges JSON") }));
    expect(about("open-to-all-pupils.json")).toContainEqual(expect.objectContaining({ path: "", message: expect.stringContaining("Datei zu groß") }));
  });

  it("the built command says the same without a stack trace, for every command", () => {
    const bin = join(root, "packages/cli/dist/bin.js");
    const runBin = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const lint = runBin("rules", "lint", "--faq", faqOrStandIn, hostileRules());
    expect([lint.status, lint.stderr]).toEqual([1, ""]);
    expect(lint.stdout).toContain("Zu tief verschachtelt");
    const check = runBin("check", file("deep.json", deepArray(10_000)), file("proto.json", protoApplication), file("binary.json", random(100, 5)));
    expect([check.status, check.stderr]).toEqual([2, ""]);
    const agreement = runBin("check-agreement", file("bomb.docx", docx({ name: "word/document.xml", data: deflateBomb(64), method: 8, size: 64 * 1024 * 1024 })));
    expect([agreement.status, agreement.stderr]).toEqual([2, ""]);
    expect(agreement.stdout).toContain("Die DOCX-Datei ist entpackt zu groß: 64 MB, höchstens 50 MB.");
    for (const result of [lint, check, agreement]) expect(result.stdout).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});
