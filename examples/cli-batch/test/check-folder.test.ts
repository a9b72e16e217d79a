import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The example as people run it: `node check-folder.mjs <folder>`, with the built CLI (`pnpm build`).
const dir = fileURLToPath(new URL("../", import.meta.url));
const temp = mkdtempSync(join(tmpdir(), "bildungspartner-cli-batch-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const checkFolder = (...args: string[]) => spawnSync(process.execPath, ["check-folder.mjs", ...args], { cwd: dir, encoding: "utf8" });

describe("examples/cli-batch", () => {
  it("reports every file of the sample folder, exits 2 for the unreadable one and writes the report", () => {
    const report = join(temp, "report.json");
    const result = checkFolder("applications", "--report", report);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(2);
    expect(result.stdout.split("\n")).toEqual([
      expect.stringMatching(/^✗ applications\/abgebrochen\.json: ungültig – Die Datei enthält kein gültiges JSON/),
      "✓ applications/gesamtschule-stadtbibliothek.json: registrierbar",
      expect.stringMatching(/^✗ applications\/grundschule-musikschule-entwurf\.json: unvollständig – noch offen: .*Feste Ansprechpersonen/),
      "✗ applications/hauptschule-landesverband-allein.json: nicht registrierbar – Muss-Kriterien nicht erfüllt: Kommunaler Partner bei nicht kommunalen Partnern",
      "? applications/realschule-museum-ein-jahr.json: Prüfung durch Bildungspartner NRW – Soll-Kriterien nicht erfüllt: Langfristige Vereinbarung (auf mindestens zwei Jahre angelegt), Persönliche E-Mail-Adressen",
      "1 von 5 Anträgen registrierbar, 1 zur Prüfung durch Bildungspartner NRW.",
      "",
    ]);
    const decisions = JSON.parse(readFileSync(report, "utf8")) as { file: string; status: string }[];
    expect(decisions.map((d) => [d.file, d.status])).toEqual([
      ["applications/abgebrochen.json", "invalid"],
      ["applications/gesamtschule-stadtbibliothek.json", "eligible"],
      ["applications/grundschule-musikschule-entwurf.json", "incomplete"],
      ["applications/hauptschule-landesverband-allein.json", "not-eligible"],
      ["applications/realschule-museum-ein-jahr.json", "needs-review"],
    ]);
  });

  it("exits 0 when every application is eligible, 1 when one needs review or is not eligible", () => {
    const folder = join(temp, "gut");
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    copyFileSync(join(dir, "applications/gesamtschule-stadtbibliothek.json"), join(folder, "a.json"));
    expect(checkFolder(folder).status).toBe(0);
    copyFileSync(join(dir, "applications/realschule-museum-ein-jahr.json"), join(folder, "b.json"));
    expect(checkFolder(folder).status).toBe(1);
    rmSync(join(folder, "b.json"));
    copyFileSync(join(dir, "applications/hauptschule-landesverband-allein.json"), join(folder, "c.json"));
    expect(checkFolder(folder).status).toBe(1);
  });

  it("exits 2 with a message when the folder is missing or holds no application", () => {
    const missing = checkFolder(join(temp, "gibt-es-nicht"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Ordner nicht gefunden");
    const empty = join(temp, "leer");
    mkdirSync(empty, { recursive: true });
    const none = checkFolder(empty);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("Keine Antragsdateien (*.json)");
  });
});
