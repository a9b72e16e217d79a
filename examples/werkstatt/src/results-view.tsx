import type { ComponentChildren } from "preact";
import { formatWords, type ApplicationFormat, type RowProblem } from "./applications.js";
import { useEffect, useState } from "preact/hooks";
import { ImpactChart } from "./chart.js";
import { Markdown } from "./markdown.js";
import { nextVersion, type VersionDue } from "./model.js";
import { textName } from "./rules-view.js";
import { Table } from "./table.js";
import { diffChangeText, MAX_LISTED, ruleProblemMessage, type CaseResult, type DiffChange, type Impact, type LintReport, type RuleProblem, type RuleSetDiff } from "./rules-api.js";
import { counted, decisionStatuses, decisionWord, levelWords, numbers, resultWord } from "./words.js";

/*
 * What a change does, shown at once: example cases with another result, lint problems, the change in
 * words, and the impact on applications.
 */

/** Props of the example-case list. */
export interface CaseChangesProps {
  readonly changed: readonly CaseResult[];
  readonly titles: ReadonlyMap<string, string>;
  readonly accept: (result: CaseResult) => void;
  readonly undo: () => void;
  readonly canUndo: boolean;
}

/** Example cases whose result differs from their expectation, each to accept or to undo. */
export function CaseChanges({ changed, titles, accept, undo, canUndo }: CaseChangesProps) {
  return (
    <section aria-labelledby="faelle-titel" class="panel">
      <h2 id="faelle-titel">Beispielfälle mit anderem Ergebnis</h2>
      {changed.length === 0 ? (
        <p class="ok">Alle Beispielfälle ergeben das erwartete Ergebnis.</p>
      ) : (
        <ul class="changes">
          {changed.map((c) => (
            <li key={`${c.file}#${c.index}`} data-case={`${c.rule}#${c.index}`}>
              <p>
                <strong>{titles.get(c.rule) ?? c.rule}</strong>: „{c.name}“ – erwartet {resultWord(c.kind, c.expected)}, ergibt jetzt{" "}
                <strong>{resultWord(c.kind, c.actual)}</strong>
              </p>
              <button type="button" class="accept" onClick={() => accept(c)} disabled={c.actual === "invalid"}>
                Als neue Erwartung übernehmen: „{c.name}“
              </button>
            </li>
          ))}
        </ul>
      )}
      {changed.length > 0 && (
        <p>
          Oder die Änderung zurücknehmen, die das bewirkt hat:{" "}
          <button type="button" onClick={undo} disabled={!canUndo}>
            Letzte Änderung rückgängig machen
          </button>
        </p>
      )}
    </section>
  );
}

/** The lists' and rule sets' names on the page, by file. */
const fileNames: Readonly<Record<string, string>> = {
  "data/categories.json": "Liste „Arten außerschulischer Partner“",
  "data/school-types.json": "Liste „Schulformen“",
  "data/role-mailboxes.json": "Liste „Wörter für Funktionspostfächer“",
  "rules/ruleset.json": "Regelsatz (Kriterien)",
  "rules/offerings/ruleset.json": "Regelsatz (Angebote)",
};

/** Where a problem is, in the page's words: the rule's title (or its cases', the list's name) and the text. */
export function problemPlace(problem: RuleProblem, titles: ReadonlyMap<string, string>): string {
  const title = titles.get(problem.file);
  const where = title === undefined ? (fileNames[problem.file] ?? problem.file) : problem.file.endsWith(".cases.json") ? `Beispielfälle zu „${title}“` : `„${title}“`;
  const text = /^(title|description|interpretation|messages|readings)\b/.test(problem.path) ? `, ${textName(problem.path)}` : "";
  return `${where}${text}`;
}

/** Props of the lint report: the report, and each rule's and case file's rule title by file. */
export interface LintPanelProps {
  readonly report: LintReport;
  readonly titles: ReadonlyMap<string, string>;
}

/** The lint report, in German, each problem with the rule or list it is in. */
export function LintPanel({ report, titles }: LintPanelProps) {
  return (
    <section aria-labelledby="pruefung-titel" class="panel">
      <h2 id="pruefung-titel">Prüfung der Regeldateien</h2>
      {report.problems.length === 0 ? (
        <p class="ok">
          Keine Probleme: Die Regeldateien bestehen dieselben Prüfungen wie <code>bildungspartner rules lint</code> ({numbers.format(report.cases)} Beispielfälle geprüft).
        </p>
      ) : (
        <ul class="problems">
          {report.problems.map((problem, i) => (
            <li key={i}>
              {ruleProblemMessage(problem, "de")} <span class="where">({problemPlace(problem, titles)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A sentence of `rules diff` as the page shows it: `rules diff` marks the ids of list entries and
 * readings with backticks beside their labels; the page names them by label alone (the ids stay in
 * the change report for the developer).
 */
export function withoutIds(line: string): string {
  return line.replace(/ \(`[^`]+`\)| `[^`]+`/g, "");
}

/** The change in sentences, as `rules diff` writes it. */
export function DiffPanel({ diff }: { readonly diff: RuleSetDiff | undefined }) {
  const text = (change: DiffChange) => diffChangeText(change, "de");
  const lines = diff ? [...diff.ruleSet.map(text), ...diff.rules.flatMap((rule) => rule.changes.map((change) => `${rule.title}: ${text(change)}`)), ...diff.lists.map(text)] : [];
  const offeringLines = diff?.offerings
    ? [...diff.offerings.ruleSet.map(text), ...diff.offerings.rules.flatMap((rule) => rule.changes.map((change) => `${rule.title}: ${text(change)}`))]
    : [];
  const all = [...lines, ...offeringLines];
  return (
    <section aria-labelledby="aenderungen-titel" class="panel">
      <h2 id="aenderungen-titel">Änderungen in Worten</h2>
      {diff === undefined ? (
        <p>Die geänderten Regeldateien laden nicht; siehe Prüfung.</p>
      ) : all.length === 0 ? (
        <p>Noch keine Änderung.</p>
      ) : (
        <ul class="changes">
          {all.map((line, i) => (
            <li key={i}>{withoutIds(line)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Props of the impact panel. */
export interface ImpactPanelProps {
  readonly impact: Impact | undefined;
  readonly busy: boolean;
  readonly milliseconds: number | undefined;
  readonly source: { readonly name: string; readonly format: ApplicationFormat; readonly generated: boolean } | undefined;
  /** The rows that cannot be decided (unreadable or invalid), with line and reason. */
  readonly problems: readonly RowProblem[];
  readonly titles: ReadonlyMap<string, string>;
  readonly chooseSample: () => void;
  readonly chooseFile: (file: File) => void;
  readonly downloadTemplate: () => void;
}

/** How an applications file may look, with the template to start from. */
function FormatHelp({ downloadTemplate }: { readonly downloadTemplate: () => void }) {
  return (
    <details class="format-help">
      <summary>Welche Dateien? So sieht eine Antragsdatei aus</summary>
      <p>
        Die Datei bleibt in diesem Browser. Vier Formate werden gelesen, an der Dateiendung <code>.csv</code> oder am Inhalt erkannt:
      </p>
      <ul>
        <li>
          <strong>CSV</strong> (etwa aus Excel, „CSV UTF-8“): die erste Zeile nennt die Felder, z. B. <code>school.type</code>,{" "}
          <code>agreement.startDate</code>, <code>partners.0.category</code> (der erste Partner), <code>contacts.1.partner</code>{" "}
          (zu welchem Partner die zweite Ansprechperson gehört: 0 für den ersten). Trennzeichen Semikolon oder Komma. Ja/Nein-Felder:{" "}
          <code>ja</code>, <code>nein</code>, <code>wahr</code>, <code>falsch</code>, <code>true</code> oder <code>false</code>. Datumsangaben als TT.MM.JJJJ
          (01.08.2025) oder JJJJ-MM-TT. Leere Zellen gelten als nicht angegeben.
        </li>
        <li>
          <strong>NDJSON</strong>: ein Antrag je Zeile, jeder im JSON-Format von <code>bildungspartner check</code>.
        </li>
        <li>
          <strong>JSON-Liste</strong>: eine Liste <code>[…]</code> solcher Anträge.
        </li>
        <li>
          <strong>Ein Antrag als JSON</strong>: genau die Datei, die <code>bildungspartner check</code> liest.
        </li>
      </ul>
      <p>Jede Zeile, die sich nicht lesen lässt oder ungültig ist, wird mit ihrer Zeilennummer und dem Grund genannt.</p>
      <button type="button" onClick={downloadTemplate}>
        CSV-Vorlage herunterladen (zwei ausgedachte Anträge)
      </button>
    </details>
  );
}

/** The rows that cannot be decided, each with its line in the file and why. */
function RowProblems({ problems }: { readonly problems: readonly RowProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <details class="row-problems" open>
      <summary>
        {counted(problems.length, "Zeile", "Zeilen")} nicht prüfbar
        {problems.length > MAX_LISTED ? ` (die ersten ${MAX_LISTED})` : ""}
      </summary>
      <ul class="rows">
        {problems.slice(0, MAX_LISTED).map((problem) => (
          <li key={problem.line} data-line={problem.line}>
            Zeile {problem.line}: {problem.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Counts before/after per outcome, the chart and the applications that change. */
export function ImpactPanel({ impact, busy, milliseconds, source, problems, titles, chooseSample, chooseFile, downloadTemplate }: ImpactPanelProps) {
  return (
    <section aria-labelledby="auswirkung-titel" class="panel" aria-busy={busy}>
      <h2 id="auswirkung-titel">Auswirkung auf Anträge</h2>
      <div class="sources">
        <button type="button" onClick={chooseSample}>
          Beispielanträge verwenden (10.000, erzeugt)
        </button>
        <label class="file">
          Anträge aus Datei (CSV, NDJSON oder JSON, bleibt im Browser){" "}
          <input
            type="file"
            accept=".ndjson,.jsonl,.json,.csv,text/csv,application/x-ndjson"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) chooseFile(file);
            }}
          />
        </label>
      </div>
      <FormatHelp downloadTemplate={downloadTemplate} />
      {source?.generated && (
        <p class="note" id="beispieldaten">
          Die Beispielanträge sind ausgedachte Beispieldaten, im Browser aus Zufallszahlen erzeugt: keine echten Anträge, keine echten Schulen oder Personen.
        </p>
      )}
      {impact === undefined ? (
        <p>{busy ? "Anträge werden geprüft …" : source ? "Keine Auswertung: Die geänderten Regeldateien laden nicht." : "Anträge werden geladen …"}</p>
      ) : (
        <>
          <p id="auswirkung-zusammenfassung" data-ms={milliseconds === undefined ? undefined : Math.round(milliseconds)}>
            {counted(impact.applications, "Antrag", "Anträge")} aus „{source?.name}“ ({source ? formatWords[source.format] : ""}) geprüft, mit dem Regelsatz wie geöffnet und wie geändert
            {milliseconds !== undefined && <> (in {numbers.format(Math.round(milliseconds))} ms)</>}.{" "}
            <strong>{changedWords(impact.changed.length)}</strong>
            {impact.unreadable.length > 0 && <> {counted(impact.unreadable.length, "Zeile", "Zeilen")} nicht lesbar, übersprungen.</>}
          </p>
          <RowProblems problems={problems} />
          <Table class="counts" id="auswirkung-tabelle" caption="Anträge je Ergebnis" columns={["Ergebnis", "vorher", "nachher"]}>
            {decisionStatuses.map((status) => (
              <tr key={status} data-status={status}>
                <th scope="row">{decisionWord(status)}</th>
                <td>{numbers.format(impact.before[status])}</td>
                <td>{numbers.format(impact.after[status])}</td>
              </tr>
            ))}
          </Table>
          <ImpactChart before={impact.before} after={impact.after} />
          {impact.changed.length > 0 && (
            <details class="changed-applications">
              <summary>
                Betroffene Anträge ({impact.changed.length > MAX_LISTED ? `die ersten ${MAX_LISTED} von ${numbers.format(impact.changed.length)}` : numbers.format(impact.changed.length)})
              </summary>
              <Table caption="Anträge, deren Ergebnis sich ändert" columns={["Zeile", "Kennung", "vorher", "nachher", "geänderte Kriterien"]}>
                {impact.changed.slice(0, MAX_LISTED).map((application) => (
                  <tr key={application.line}>
                    <td>{application.line}</td>
                    <td>{application.id ?? ""}</td>
                    <td>{decisionWord(application.from)}</td>
                    <td>{decisionWord(application.to)}</td>
                    <td>
                      {application.criteria
                        .map(
                          (c) =>
                            `${titles.get(c.id) ?? c.id}: ${c.from === c.to ? resultWord("criteria", c.to) : `${resultWord("criteria", c.from)} → ${resultWord("criteria", c.to)}`}` +
                            (c.level ? `, ${levelWords(c.level.from).name} → ${levelWords(c.level.to).name}` : ""),
                        )
                        .join("; ")}
                    </td>
                  </tr>
                ))}
              </Table>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** Props of the impact bar. */
export interface ImpactBarProps {
  readonly impact: Impact | undefined;
  readonly busy: boolean;
  readonly failingCases: number;
  readonly problems: number;
  /** The controls to take changes back, kept in view with their result. */
  readonly children?: ComponentChildren;
}

/** „N Anträge ändern ihr Ergebnis“ in words. */
export function changedWords(count: number): string {
  return count === 0 ? "Kein Antrag ändert sein Ergebnis." : count === 1 ? "1 Antrag ändert sein Ergebnis." : `${numbers.format(count)} Anträge ändern ihr Ergebnis.`;
}

/**
 * What a change does, in one line that stays at the bottom of the screen beside the controls (sticky),
 * with a link to the details; a screen reader hears each new result (live region), not the waiting.
 */
export function ImpactBar({ impact, busy, failingCases, problems, children }: ImpactBarProps) {
  return (
    <aside class="impact-bar" aria-label="Auswirkung der Änderungen in Kürze">
      <p role="status" aria-live="polite" id="ergebnis-kurz">
        {impact === undefined ? (
          "Auswirkung: noch keine Anträge geprüft."
        ) : (
          <>
            <strong>{changedWords(impact.changed.length)}</strong> {counted(failingCases, "Beispielfall", "Beispielfälle")} mit anderem Ergebnis,{" "}
            {counted(problems, "Problem", "Probleme")} in der Prüfung.
          </>
        )}
      </p>
      {busy && (
        <p class="hint" aria-hidden="true">
          wird neu berechnet …
        </p>
      )}
      <a href="#auswirkung-titel">Einzelheiten zur Auswirkung</a>
      {children}
    </aside>
  );
}

/** Props of the export panel. */
export interface ExportPanelProps {
  readonly changed: readonly string[];
  readonly report: string | undefined;
  /** What `rules lint` reports on the changed folder; the export of a failing folder must be confirmed. */
  readonly problems: readonly RuleProblem[];
  /** Rule sets that changed under a version not higher than the one opened: no export until it rises. */
  readonly versionsDue: readonly VersionDue[];
  readonly exportZip: () => void;
}

/** The hand-over: the zip of rule files with the change report, never unnoticed with problems or an old version. */
export function ExportPanel({ changed, report, problems, versionsDue, exportZip }: ExportPanelProps) {
  const [confirmed, setConfirmed] = useState(false);
  // A confirmation holds for the problems it was given for, not for later ones.
  useEffect(() => setConfirmed(false), [problems]);
  const blocked = report === undefined || versionsDue.length > 0 || (problems.length > 0 && !confirmed);
  return (
    <section aria-labelledby="export-titel" class="panel">
      <h2 id="export-titel">Übergeben</h2>
      <p>
        {changed.length === 0 ? "Noch keine Datei geändert." : `Geändert: ${changed.join(", ")}.`} Die ZIP-Datei enthält den ganzen Regelordner (<code>rules/</code>,{" "}
        <code>data/</code>) und den Änderungsbericht <code>AENDERUNGEN.md</code> für die Entwicklerin oder den Entwickler.
      </p>
      {versionsDue.length > 0 && (
        <ul class="versions" id="export-versionen">
          {versionsDue.map((due) => (
            <li key={due.manifest} class="error">
              {due.name}: Die Version ist {due.now}, der Regelsatz wurde aber geändert. Bitte erhöhen Sie sie oben unter „Version ({due.name})“ über {due.opened} hinaus (etwa
              auf {nextVersion(due.opened)}): Zwei verschiedene Regelsätze dürfen nicht dieselbe Version tragen.
            </li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <div class="note" id="export-probleme">
          <p>
            <strong>{counted(problems.length, "offenes Problem", "offene Probleme")}</strong>: <code>bildungspartner rules lint</code> schlägt mit diesen Dateien fehl (siehe
            „Prüfung der Regeldateien“). Der Änderungsbericht nennt jedes Problem an seinem Anfang.
          </p>
          <label class="choice">
            <input type="checkbox" id="export-trotzdem" checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} /> Trotz{" "}
            {counted(problems.length, "Problem", "Problemen")} exportieren: Die Entwicklerin oder der Entwickler klärt sie vor der Übernahme.
          </label>
        </div>
      )}
      <button type="button" id="export-zip" class="primary" onClick={exportZip} disabled={blocked}>
        Als ZIP-Datei herunterladen
      </button>
      {report === undefined && <p class="hint">Bereit, sobald die Regeldateien laden und die Auswirkung berechnet ist.</p>}
      {report !== undefined && (
        <details>
          <summary>Änderungsbericht ansehen (AENDERUNGEN.md)</summary>
          {/* Focusable, so that the report scrolls by keyboard too; drawn from its Markdown, downloaded as Markdown. */}
          <div class="report" id="bericht" tabIndex={0} role="region" aria-label="Änderungsbericht">
            <Markdown text={report} topLevel={3} />
          </div>
        </details>
      )}
    </section>
  );
}
