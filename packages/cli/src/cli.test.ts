import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eligible } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { bufferIo, expectUsageError } from "../test/buffer-io.js";
import { run, type FileDecision } from "./index.js";

const examples = fileURLToPath(new URL("../../../examples/applications/", import.meta.url));
const sample = (name: string) => join(examples, name);
const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-cli-"));

async function runJson(args: string[]): Promise<{ code: number; decisions: FileDecision[] }> {
  const io = bufferIo();
  const code = await run(["check", "--format", "json", ...args], io);
  return { code, decisions: JSON.parse(io.out()) as FileDecision[] };
}

// Applications written here, not taken from examples/: each shows one status.
const application = (name: string, change: (app: any) => void = () => undefined): string => {
  const app = structuredClone(eligible) as any;
  change(app);
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(app));
  return path;
};
const eligibleFile = application("registrierbar.json");
const needsReview = application("pruefung.json", (app) => (app.agreement.openToAllPupils = false));
const notEligible = application("nicht-registrierbar.json", (app) => (app.agreement.signedByPartners = false));
const incomplete = application("unvollstaendig.json", (app) => delete app.partners[0].municipal);

describe("bildungspartner check", () => {
  it("prints a readable report with status, level per criterion, messages and sources", async () => {
    const io = bufferIo();
    const code = await run(["check", notEligible], io);
    expect(code).toBe(1);
    const out = io.out();
    expect(out).toContain("Nicht registrierbar: mindestens ein Muss-Kriterium ist nicht erfüllt");
    expect(out).toContain("✗ Von der Schule und allen Partnern unterzeichnet (Muss-Kriterium)");
    expect(out).toContain("✓ Offen für alle Schülerinnen und Schüler (Soll-Kriterium)");
    expect(out).toContain("Quelle: „Langfristigkeit der Vereinbarung (mind. auf zwei Jahre angelegt)“");
    expect(out).toMatch(/Nächste Schritte:\n {2}1\. Mindestens ein Muss-Kriterium ist nicht erfüllt\./);
    expect(out).not.toContain("Bitte reichen Sie die von der Schule und allen Partnern unterzeichnete");
    expect(out).toContain("1 Datei: 0 registrierbar, 0 Prüfung durch Bildungspartner NRW, 1 nicht registrierbar, 0 unvollständig, 0 ungültig");
  });

  it("leaves a Soll-Kriterium not met to the programme office, names the next steps with their source, and exits 1", async () => {
    const io = bufferIo();
    expect(await run(["check", needsReview], io)).toBe(1);
    const out = io.out();
    expect(out).toContain("Prüfung durch Bildungspartner NRW: alle Muss-Kriterien sind erfüllt, mindestens ein Soll-Kriterium nicht");
    expect(out).toContain("✗ Offen für alle Schülerinnen und Schüler (Soll-Kriterium)");
    expect(out).toMatch(/\n {2}Nächste Schritte:\n {2}1\. .+\n {5}Quelle: „[^“]+“ https:\/\/www\.bildungspartner\.schulministerium\.nrw\.de\//);
    const eligibleOut = bufferIo();
    expect(await run(["check", eligibleFile], eligibleOut)).toBe(0);
    expect(eligibleOut.out()).toMatch(/Nächste Schritte:\n {2}1\. Bitte .*unterzeichnete.*Bildungspartner NRW/);
  });

  it("prints „Auslegung: …“ under a criterion a reading decided, and lists the readings in the JSON", async () => {
    const club = application("sportverein.json", (app) => {
      app.partners[0] = { name: "TuS Musterstadt 1898 e. V.", category: "sports-club", municipal: false, supraRegional: false };
    });
    const io = bufferIo();
    expect(await run(["check", club], io)).toBe(1);
    const out = io.out();
    expect(out).toContain("Prüfung durch Bildungspartner NRW");
    expect(out).toMatch(/✗ Kommunaler Partner bei nicht kommunalen Partnern \(Soll-Kriterium\)\n {4}.+\n {4}Auslegung: Was „kommunal“ heißt.+\n {4}Auslegung: Örtlicher Sportverein oder freie Bühne ohne kommunalen Partner/);
    const { decisions } = await runJson([club]);
    expect(decisions[0]!.criteria.find((c) => c.id === "third-partner")!.readings.map((r) => r.id)).toEqual(["kommunal", "local-club-or-stage-without-municipal-partner"]);
    const english = bufferIo();
    await run(["check", "--lang", "en", club], english);
    expect(english.out()).toContain("Reading: Local sports club or independent stage without a municipal partner");
  });

  it("marks unknown criteria with ? and names what is missing", async () => {
    const io = bufferIo();
    expect(await run(["check", incomplete], io)).toBe(1);
    // Fields by their labels, positions counted from 1: never a zero-based index.
    expect(io.out()).toMatch(/\? Kommunaler Partner .*\(Muss-Kriterium\)\n.*\n {4}Fehlt: Partner 1 – Kommunale Einrichtung\n/);
    expect(io.out()).not.toMatch(/[a-z]\.0\./);
    const english = bufferIo();
    await run(["check", "--lang", "en", incomplete], english);
    expect(english.out()).toContain("Missing: Partner 1 – Municipal institution");
  });

  it("prints one JSON array in file order, each Decision with its file, levels and next steps", async () => {
    const files = [eligibleFile, needsReview, notEligible, incomplete];
    const { code, decisions } = await runJson(files);
    expect(code).toBe(1);
    expect(decisions.map((d) => [d.file, d.status])).toEqual([
      [files[0], "eligible"],
      [files[1], "needs-review"],
      [files[2], "not-eligible"],
      [files[3], "incomplete"],
    ]);
    expect(decisions[0]?.criteria).toHaveLength(10);
    expect(decisions[0]?.criteria.map((c) => c.level)).toContain("should");
    expect(decisions[1]?.nextSteps[0]?.source.url).toMatch(/^https:\/\//);
    // not eligible: how to go on, not a submission
    expect(decisions[2]?.nextSteps.map((step) => step.message)).toEqual([expect.stringMatching(/^Mindestens ein Muss-Kriterium ist nicht erfüllt\./)]);
  });

  it("exits 0 when every file is eligible and 2 when any is invalid", async () => {
    expect((await runJson([eligibleFile])).code).toBe(0);
    const mixed = await runJson([eligibleFile, sample("invalid-dates.json")]);
    expect(mixed.code).toBe(2);
    expect(mixed.decisions[1]?.issues.map((i) => i.path)).toEqual(["school.schoolNumber", "agreement.endDate"]);
  });

  it("answers in English with --lang en", async () => {
    const io = bufferIo();
    await run(["check", "--lang", "en", eligibleFile], io);
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
  ])("reports the usage error in %j with exit code 2", (args, message) => expectUsageError(args, message));

  it("documents commands, options and exit codes in --help", async () => {
    const io = bufferIo();
    expect(await run(["--help"], io)).toBe(0);
    for (const text of ["check <datei.json…>", "--format text|json", "--lang de|en", "0  alles", "1  mindestens", "2  ungültige", "needs-review"]) {
      expect(io.out()).toContain(text);
    }
    const version = bufferIo();
    expect(await run(["--version"], version)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
