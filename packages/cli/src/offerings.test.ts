import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { offerings } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { bufferIo, cliJson } from "../test/buffer-io.js";
import { run } from "./cli.js";
import { asSituation, type FileOfferings } from "./offerings.js";

const situations = fileURLToPath(new URL("../../../examples/situations/", import.meta.url));
const applications = fileURLToPath(new URL("../../../examples/applications/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-offerings-"));

const runJson = (args: string[]) => cliJson<FileOfferings>("offerings", args);

describe("bildungspartner offerings", () => {
  // What core's offerings() says for a situation file; the command must show all of it.
  const reference = (file: string, lang: "de" | "en" = "de") =>
    offerings(asSituation(JSON.parse(readFileSync(file, "utf8"))), { lang });
  const marks = { available: "✓", "not-available": "✗", unknown: "?" } as const;

  it("lists every offering with mark, message, next steps and source", async () => {
    const file = join(situations, "registered-archive-project.json");
    const io = bufferIo();
    expect(await run(["offerings", file], io)).toBe(0);
    const out = io.out();
    const report = reference(file);
    expect(out).toContain("Partnerschaft registriert");
    for (const offering of report.offerings) {
      expect(out).toContain(`${marks[offering.status]} ${offering.title}\n    ${offering.message}\n`);
      for (const step of offering.nextSteps) expect(out).toContain(`→ ${step}`);
      expect(out).toContain(`Quelle: „${offering.source.quote}“`);
    }
    const count = (status: keyof typeof marks) => report.offerings.filter((o) => o.status === status).length;
    expect(out).toContain(`${count("available")} verfügbar, ${count("not-available")} nicht verfügbar, ${count("unknown")} offen`);
  });

  it("answers in English with --lang en", async () => {
    const file = join(situations, "kindergarten.json");
    const io = bufferIo();
    expect(await run(["offerings", "--lang", "en", file], io)).toBe(0);
    expect(io.out()).toContain("Partnership not registered");
    const report = reference(file, "en");
    for (const offering of report.offerings) expect(io.out()).toContain(`${marks[offering.status]} ${offering.title}\n`);
    const count = (status: keyof typeof marks) => report.offerings.filter((o) => o.status === status).length;
    expect(io.out()).toContain(`${count("available")} available, ${count("not-available")} not available, ${count("unknown")} open`);
  });

  it("prints one JSON array in file order and reads a plain application file as the situation's application", async () => {
    const files = [join(situations, "registered-archive-project.json"), join(applications, "eligible-stadtarchiv.json")];
    const { code, reports } = await runJson(files);
    expect(code).toBe(0);
    expect(reports).toEqual(files.map((file) => ({ file, ...reference(file) })));
    expect(reports[1]?.offerings.find((o) => o.id === "archive-funding")?.status).not.toBe("available");
  });

  it("exits 2 for an invalid number of flyers, an unreadable file and a file that is not JSON", async () => {
    const notJson = join(tmp, "kaputt.json");
    writeFileSync(notJson, "{ nein");
    const { code, reports } = await runJson([join(situations, "invalid-flyer-count.json"), join(tmp, "fehlt.json"), notJson]);
    expect(code).toBe(2);
    expect(reports.map((r) => r.issues.map((i) => [i.path, i.code]))).toEqual([
      [["flyers.count", "invalid_flyer_count"]],
      [["", "unreadable_file"]],
      [["", "invalid_json"]],
    ]);
  });

  it("exits 2 with a usage error without a file or with an unknown format", async () => {
    const io = bufferIo();
    expect(await run(["offerings"], io)).toBe(2);
    expect(io.err()).toContain("offerings: keine Datei angegeben / no file given");
    expect(await run(["offerings", "--format", "xml", "x.json"], bufferIo())).toBe(2);
  });

  it("is listed in --help", async () => {
    const io = bufferIo();
    await run(["--help"], io);
    expect(io.out()).toContain("bildungspartner offerings <datei.json…> [--format text|json] [--lang de|en]");
  });

  it("wraps only plain application objects", () => {
    expect(asSituation({ school: {} })).toEqual({ application: { school: {} } });
    expect(asSituation({ school: {}, registered: true })).toEqual({ school: {}, registered: true });
    expect(asSituation([1])).toEqual([1]);
  });
});
