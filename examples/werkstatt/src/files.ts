import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { FaqDeparture } from "./model.js";
import { ruleProblemMessage, type RuleFolderFiles, type RuleProblem } from "./rules-api.js";

/*
 * Files in and out, all inside the browser: a rules folder or zip chosen from disk becomes a files
 * map, and the changed folder becomes a zip. Nothing here touches the network.
 */

/** A file read from disk: its path inside what was chosen, and its text. */
export interface ChosenFile {
  readonly path: string;
  readonly text: string;
}

/** What reading chosen files gave: the files map, and the files that could not be used, with why. */
export interface ReadFolder {
  readonly files: RuleFolderFiles;
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

/**
 * The key a chosen file has in a files map: from the folder named `rules` or `data` on
 * (`core/rules/offerings/flyers.json` → `rules/offerings/flyers.json`); a file of a folder with another
 * name counts as inside `rules/` (someone chose the rules folder itself under another name).
 */
export function folderKey(path: string): string {
  const parts = path.replaceAll("\\", "/").split("/").filter(Boolean);
  const at = parts.findIndex((part) => part === "rules" || part === "data");
  if (at >= 0) return parts.slice(at).join("/");
  return ["rules", ...parts.slice(parts.length > 1 ? 1 : 0)].join("/");
}

/** The JSON files of a chosen folder (or zip) as a files map; other files are left out, unreadable JSON named. */
export function readFolder(chosen: readonly ChosenFile[]): ReadFolder {
  const files: Record<string, unknown> = {};
  const skipped: Array<{ path: string; reason: string }> = [];
  for (const { path, text } of chosen) {
    if (!path.endsWith(".json")) continue;
    const key = folderKey(path);
    if (!key.startsWith("rules/") && !key.startsWith("data/")) continue;
    try {
      files[key] = JSON.parse(text) as unknown;
    } catch (error) {
      skipped.push({ path, reason: `kein gültiges JSON (${(error as Error).message})` });
    }
  }
  return { files, skipped };
}

/** The files of a zip archive, as text, folders left out. */
export function unzipFiles(bytes: Uint8Array): ChosenFile[] {
  return Object.entries(unzipSync(bytes))
    .filter(([path]) => !path.endsWith("/"))
    .map(([path, data]) => ({ path, text: strFromU8(data) }));
}

/** A rule file's text as the repository writes it: two spaces, a final line break. */
export function fileText(content: unknown): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}

/** The name of the change report inside the exported zip. */
export const reportName = "AENDERUNGEN.md";

/**
 * The exported zip: the whole changed folder under `rules/` and `data/` (so that
 * `bildungspartner rules lint <folder>/rules` checks it as it is), and the change report.
 */
export function exportZip(files: RuleFolderFiles, report: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const key of Object.keys(files).sort()) entries[key] = strToU8(fileText(files[key]));
  entries[reportName] = strToU8(report);
  return zipSync(entries, { level: 6, mtime: new Date("2024-01-01T00:00:00Z") });
}

/** A lint problem as the change report lists it: the message, then file and place. */
export function problemLine(problem: RuleProblem): string {
  return `${ruleProblemMessage(problem, "de")} (in \`${problem.file}\`${problem.path ? `, bei \`${problem.path}\`` : ""})`;
}

/**
 * The change report: first every departure from the FAQ and every problem `rules lint` reports
 * (failing example cases included), so that nobody takes over such a folder without reading why; then
 * which files to take over, then the Markdown of `rules diff`.
 */
export function changeReport(
  changed: readonly string[],
  diffMarkdownText: string,
  problems: readonly RuleProblem[] = [],
  departures: readonly FaqDeparture[] = [],
): string {
  const list = changed.length === 0 ? ["Keine Datei geändert."] : changed.map((file) => `- \`${file}\``);
  const open =
    problems.length === 0
      ? ["**Prüfung:** `bildungspartner rules lint` besteht ohne offenes Problem, alle Beispielfälle ergeben das erwartete Ergebnis.", ""]
      : [
          `## ⚠ ${problems.length === 1 ? "1 offenes Problem" : `${problems.length} offene Probleme`}: \`bildungspartner rules lint\` schlägt fehl`,
          "",
          "Exportiert trotz dieser Probleme (Beispielfälle mit anderem Ergebnis eingeschlossen); vor der Übernahme zu klären:",
          "",
          ...problems.map((problem) => `- ${problemLine(problem)}`),
          "",
        ];
  const departed =
    departures.length === 0
      ? []
      : [
          "## ⚠ Abweichung von der FAQ",
          "",
          ...departures.map((d) => `- **${d.title}** (\`${d.file}\`) ist ein Soll-Kriterium, obwohl die FAQ es festlegt: „${d.quote}“`),
          "",
        ];
  return [
    "<!-- Exportiert aus der Regel-Werkstatt. Die ZIP-Datei enthält den ganzen Regelordner; geändert sind nur diese Dateien: -->",
    "",
    ...departed,
    ...open,
    "**Geänderte Dateien** (nach `packages/core/` übernehmen, dann `bildungspartner rules lint`):",
    "",
    ...list,
    "",
    diffMarkdownText,
  ].join("\n");
}
