import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bufferIo } from "../test/buffer-io.js";
import { run, type FileDecision } from "./index.js";

const examples = fileURLToPath(new URL("../../../examples/applications/", import.meta.url));
const sample = (name: string) => join(examples, name);
const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-cli-"));

async function runJson(args: string[]): Promise<{ code: number; decisions: FileDecision[] }> {
  const io = bufferIo();
  const code = await run(["check", "--format", "json", ...args], io);
  return { code, decisions: JSON.parse(io.out()) as FileDecision[] };
}

describe("bildungspartner check", () => {
  it("prints a readable report with status, marks, messages and sources", async () => {
    const io = bufferIo();
    const code = await run(["check", sample("not-eligible-verband.json")], io);
    expect(code).toBe(1);
    const out = io.out();
    expect(out).toContain("Nicht registrierbar");
    expect(out).toContain("✗ Langfristige Vereinbarung (mindestens zwei Jahre)");
    expect(out).toContain("✓ Schriftliche Kooperationsvereinbarung");
    expect(out).toContain("Quelle: „Langfristigkeit der Vereinbarung (mind. auf zwei Jahre angelegt)“");
    expect(out).toContain("1 Datei(en): 0 registrierbar, 1 nicht registrierbar");
  });

  it("marks unknown criteria with ? and names what is missing", async () => {
    const io = bufferIo();
    expect(await run(["check", sample("incomplete-musikschule.json")], io)).toBe(1);
    expect(io.out()).toMatch(/\? Kommunaler Partner beteiligt\n.*\n {4}Fehlt: partners\.0\.municipal/);
  });

  it("prints one JSON array in file order, each Decision with its file", async () => {
    const files = ["eligible-stadtarchiv.json", "not-eligible-verband.json", "incomplete-musikschule.json"].map(sample);
    const { code, decisions } = await runJson(files);
    expect(code).toBe(1);
    expect(decisions.map((d) => [d.file, d.status])).toEqual([
      [files[0], "eligible"],
      [files[1], "not-eligible"],
      [files[2], "incomplete"],
    ]);
    expect(decisions[0]?.criteria).toHaveLength(10);
  });

  it("exits 0 when every file is eligible and 2 when any is invalid", async () => {
    expect((await runJson([sample("eligible-stadtarchiv.json")])).code).toBe(0);
    const mixed = await runJson([sample("eligible-stadtarchiv.json"), sample("invalid-dates.json")]);
    expect(mixed.code).toBe(2);
    expect(mixed.decisions[1]?.issues.map((i) => i.path)).toEqual(["school.schoolNumber", "agreement.endDate"]);
  });

  it("answers in English with --lang en", async () => {
    const io = bufferIo();
    await run(["check", "--lang", "en", sample("eligible-stadtarchiv.json")], io);
    expect(io.out()).toContain("Eligible: every criterion is met");
    expect(io.out()).toContain("✓ Written cooperation agreement");
  });

  it("turns an unreadable file or one that is not JSON into an invalid Decision, not a stack trace", async () => {
    const broken = join(tmp, "broken.json");
    writeFileSync(broken, "{ not json");
    const { code, decisions } = await runJson([join(tmp, "missing.json"), broken, tmp]);
    expect(code).toBe(2);
    expect(decisions.map((d) => [d.status, d.issues[0]?.path, d.issues[0]?.code])).toEqual([
      ["invalid", "", "unreadable_file"],
      ["invalid", "", "invalid_json"],
      ["invalid", "", "unreadable_file"],
    ]);
    expect(decisions[1]?.issues[0]?.message).toMatch(/^Die Datei enthält kein gültiges JSON/);
  });

  it.each([
    [[], /Kein Befehl/],
    [["check"], /keine Datei/],
    [["prüfen", "a.json"], /Unbekannter Befehl/],
    [["check", "--format", "xml", "a.json"], /--format xml/],
    [["check", "--lang", "fr", "a.json"], /--lang fr/],
    [["check", "--colour", "a.json"], /colour/],
  ])("reports the usage error in %j with exit code 2", async (args, message) => {
    const io = bufferIo();
    expect(await run(args, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.out()).toBe("");
  });

  it("documents commands, options and exit codes in --help", async () => {
    const io = bufferIo();
    expect(await run(["--help"], io)).toBe(0);
    for (const text of ["check <datei.json…>", "--format text|json", "--lang de|en", "0  alles", "1  mindestens", "2  ungültige"]) {
      expect(io.out()).toContain(text);
    }
    const version = bufferIo();
    expect(await run(["--version"], version)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
