import { strToU8, zipSync } from "fflate";
import type { FaqDeparture } from "./model.js";
import { ruleFolderFiles, ruleProblemMessage, unzipRuleFolder, type RuleFileEntry, type RuleFolderFiles, type RuleFolderRead, type RuleProblem } from "./rules-api.js";

/*
 * Files in and out, all inside the browser: a rules folder or zip chosen from disk becomes a files
 * map, and the changed folder becomes a zip. Nothing here touches the network.
 */

/** A file chosen from disk: its path inside what was chosen, and its text. */
export type ChosenFile = RuleFileEntry;

/** What reading chosen files gave: the files map, and the files that could not be used, each with the German reason. */
export interface ReadFolder {
  readonly files: RuleFolderFiles;
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

/**
 * A chosen file's path as core's reader keys it: as it is when it passes through a folder named
 * `rules` or `data`; otherwise the chosen folder counts as `rules` (someone chose the rules folder
 * itself under another name: `meine-regeln/min-duration.json` → `rules/min-duration.json`).
 */
export function chosenPath(path: string): string {
  const parts = path.replaceAll("\\", "/").split("/").filter(Boolean);
  if (parts.some((part) => part === "rules" || part === "data")) return parts.join("/");
  return ["rules", ...parts.slice(parts.length > 1 ? 1 : 0)].join("/");
}

/** Core's reading with each unreadable file's reason in German, as the page names it. */
function inGerman(read: RuleFolderRead): ReadFolder {
  return { files: read.files, skipped: read.unreadable.map((problem) => ({ path: problem.file, reason: ruleProblemMessage(problem, "de") })) };
}

/**
 * The JSON files of a chosen folder as a files map, read by core as `bildungspartner rules lint`
 * reads them (`ruleFolderFiles`): other files are left out, unreadable or too large ones named.
 */
export function readFolder(chosen: readonly ChosenFile[]): ReadFolder {
  return inGerman(ruleFolderFiles(chosen.map(({ path, text }) => ({ path: chosenPath(path), text }))));
}

/**
 * A zip of a rules folder as a files map, read by core (`unzipRuleFolder`: bounded in files and
 * sizes). Bytes that are no zip archive give no files and one skipped entry without a path.
 */
export function readZip(bytes: Uint8Array): ReadFolder {
  return inGerman(unzipRuleFolder(bytes));
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
