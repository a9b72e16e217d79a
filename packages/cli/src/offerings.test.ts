import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bufferIo } from "../test/buffer-io.js";
import { run } from "./cli.js";
import { asSituation, type FileOfferings } from "./offerings.js";

const situations = fileURLToPath(new URL("../../../examples/situations/", import.meta.url));
const applications = fileURLToPath(new URL("../../../examples/applications/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-offerings-"));

async function runJson(args: string[]): Promise<{ code: number; reports: FileOfferings[] }> {
  const io = bufferIo();
  const code = await run(["offerings", "--format", "json", ...args], io);
  return { code, reports: JSON.parse(io.out()) as FileOfferings[] };
}

describe("bildungspartner offerings", () => {
  it("lists every offering with mark, message, next steps and source", async () => {
    const io = bufferIo();
    expect(await run(["offerings", join(situations, "registered-archive-project.json")], io)).toBe(0);
    const out = io.out();
    expect(out).toContain("Partnerschaft registriert");
    expect(out).toContain("✓ Förderprogramm „Archiv und Schule“");
    expect(out).toContain("→ Schreiben Sie Bildungspartner NRW eine E-Mail mit der gewünschten Stückzahl: 200.");
    expect(out).toContain("✗ Dauerhafte Projektmittel (kein Angebot)");
    expect(out).toContain("Quelle: „Bildungspartner NRW stellt keine dauerhaften finanziellen Projektmittel zur Verfügung.“");
    expect(out).toContain("9 verfügbar, 3 nicht verfügbar, 0 offen");
  });

  it("shows a kindergarten cooperation only the templates, in English with --lang en", async () => {
    const io = bufferIo();
    expect(await run(["offerings", "--lang", "en", join(situations, "kindergarten.json")], io)).toBe(0);
    expect(io.out()).toContain("Partnership not registered");
    expect(io.out()).toContain("✓ Templates");
    expect(io.out()).toContain("1 available, 11 not available, 0 open");
  });

  it("prints one JSON array in file order and reads a plain application file as the situation's application", async () => {
    const files = [join(situations, "registered-archive-project.json"), join(applications, "eligible-stadtarchiv.json")];
    const { code, reports } = await runJson(files);
    expect(code).toBe(0);
    expect(reports.map((r) => [r.file, r.registered, r.offerings.length])).toEqual([
      [files[0], true, 12],
      [files[1], true, 12],
    ]);
    expect(reports[1]?.offerings.find((o) => o.id === "archive-funding")?.missing).toEqual(["funding.purpose", "funding.projectStarted"]);
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
