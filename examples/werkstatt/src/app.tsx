import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { applications as generatedApplications } from "@bildungspartner/test-kit/applications";
import { readApplications, rowProblems, templateCsv, type ApplicationFormat } from "./applications.js";
import { changeReport, exportZip, readFolder, readZip, type ChosenFile, type ReadFolder } from "./files.js";
import { ImpactPool, impactInSlices } from "./impact-pool.js";
import { ListsView } from "./lists-view.js";
import { acceptCase, change, changedCases, changedFiles, differOnlyInVersions, openWorkspace, faqDepartures, ruleEntries, undo, valueAt, versionsDue, type JsonPath, type Workspace } from "./model.js";
import { CaseChanges, DiffPanel, ExportPanel, ImpactBar, ImpactPanel, LintPanel } from "./results-view.js";
import { diffMarkdown, diffRuleFolders, exampleCaseResults, lintRuleFolder, loadRuleFolder, shippedRuleFolder, type Impact, type ImpactRow, type ProseLists, type RuleFolder } from "./rules-api.js";
import { RuleCard, RuleSetCard } from "./rules-view.js";
import { forgetWork, loadSavedWork, restoredWorkspace, saveWork, workToSave, type SavedWork } from "./saved-work.js";
import { counted, resultWord } from "./words.js";

/*
 * The Werkstatt page: open a rules folder, change it, see at once what the change does, hand it over.
 * Everything runs in this page, the sample of applications too: it is generated here from its seed.
 */

const shippedName = "mitgelieferter Regelsatz";
// The figure the Werkstatt's speed goal is set for.
const SAMPLE_SIZE = 10_000;
const sampleName = "Beispielanträge (10.000, erzeugt)";

/** Lint's codes for a text that contradicts its rule: the texts the page asks to review after a change. */
const textProblemCodes: ReadonlySet<string> = new Set(["text-contradicts-parameter", "text-contradicts-level", "alternative-is-level"]);

/** The lists a loaded folder reads its conditions with. */
const listsOf = (folder: RuleFolder): ProseLists => folder.data;

/** Every file chosen through a folder input, with its path inside the chosen folder. */
async function chosenFiles(list: FileList): Promise<ChosenFile[]> {
  return Promise.all(
    [...list].map(async (file) => ({ path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name, text: await file.text() })),
  );
}

/** Hands a file made in the page to the browser's download. */
function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Props: the page's own script, which the impact workers run. */
export interface AppProps {
  readonly script: string;
}

/** How many workers share the impact: one per core, at most four, at least one. */
const workerCount = () => Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));

/** The page. */
export function App({ script }: AppProps) {
  const [workspace, setWorkspace] = useState<Workspace>(() => openWorkspace(shippedRuleFolder(), shippedName));
  const [announcement, setAnnouncement] = useState("");
  const [applications, setApplications] = useState<
    { readonly name: string; readonly format: ApplicationFormat; readonly generated: boolean; readonly rows: readonly ImpactRow[] } | undefined
  >();
  const [impact, setImpact] = useState<{ readonly impact: Impact | undefined; readonly ms: number; readonly inputs: object } | undefined>();
  const pool = useMemo(() => (typeof Worker === "undefined" ? undefined : new ImpactPool(script, workerCount())), [script]);

  const baseline = useMemo(() => loadRuleFolder(workspace.baseline), [workspace.baseline]);
  const current = useMemo(() => loadRuleFolder(workspace.files), [workspace.files]);
  const lint = useMemo(() => lintRuleFolder(workspace.files), [workspace.files]);
  const cases = useMemo(() => (current.status === "loaded" ? exampleCaseResults(current.folder) : []), [current]);
  const diff = useMemo(
    () => (baseline.status === "loaded" && current.status === "loaded" ? diffRuleFolders(baseline.folder, current.folder, { old: workspace.source, new: "in der Regel-Werkstatt geändert" }) : undefined),
    [baseline, current, workspace.source],
  );
  const entries = useMemo(() => ruleEntries(workspace.files), [workspace.files]);
  const titles = useMemo(() => new Map(entries.map((e) => [e.id, String(valueAt(e.rule, ["title", "de"]) ?? e.id)])), [entries]);
  const fileTitles = useMemo(() => new Map(entries.flatMap((e) => [[e.file, titles.get(e.id)!], [e.caseFile, titles.get(e.id)!]] as const)), [entries, titles]);
  const changed = useMemo(() => changedFiles(workspace), [workspace]);
  // Rows that cannot be decided, read with the lists of the rule set as opened: the „vorher“ column's invalid ones.
  const problems = useMemo(
    () => (applications && baseline.status === "loaded" ? rowProblems(applications.rows, baseline.folder.data) : []),
    [applications, baseline],
  );
  const lists = current.status === "loaded" ? listsOf(current.folder) : baseline.status === "loaded" ? listsOf(baseline.folder) : { categories: [], schoolTypes: [] };

  // The sample is generated from its seed, as the CLI's impact benchmark writes it: nothing to download.
  const loadSample = useCallback(() => {
    const rows = generatedApplications(SAMPLE_SIZE).map((value, i) => ({ line: i + 1, value }));
    setApplications({ name: sampleName, format: "generated", generated: true, rows });
  }, []);
  useEffect(loadSample, [loadSample]);

  // What the impact is computed from. The page is busy from the very render in which these change
  // until an answer for them arrives, so it never shows an earlier change's answer as current.
  // Nothing is recomputed for a change that cannot alter a decision: a rule set's version number.
  const decisive = useRef(workspace.files);
  if (!differOnlyInVersions(decisive.current, workspace.files)) decisive.current = workspace.files;
  const impactFiles = decisive.current;
  // Keyed by the decisive files alone: when they change they are the current files, already loaded.
  const impactFolder = useMemo(() => current, [impactFiles]);
  const inputs = useMemo(
    () =>
      applications && baseline.status === "loaded" && impactFolder.status === "loaded" ? { applications, baseline, current: impactFolder, files: impactFiles } : undefined,
    [applications, baseline, impactFolder, impactFiles],
  );
  const busy = inputs !== undefined && impact?.inputs !== inputs;

  // The impact runs in workers, one share of the applications each, so the page stays free; a newer
  // change makes an older run's answer void.
  useEffect(() => {
    if (!inputs) {
      setImpact(undefined);
      return;
    }
    const { applications, baseline, current } = inputs;
    let cancelled = false;
    const start = performance.now();
    const finish = (result: Impact | undefined) => {
      if (!cancelled) setImpact({ impact: result, ms: performance.now() - start, inputs });
    };
    const onThisThread = () => impactInSlices(baseline.folder, current.folder, applications.rows, applications.name, () => cancelled, finish);
    if (pool) pool.run(workspace.baseline, inputs.files, applications.rows, applications.name).then(finish, onThisThread);
    else onThisThread();
    return () => {
      cancelled = true;
    };
  }, [inputs, pool, workspace.baseline]);

  // Work is kept in this browser as it is made. Kept work of an earlier visit is offered first, and
  // not overwritten until the person has answered the offer.
  const [offer, setOffer] = useState<SavedWork | undefined>();
  const [offerAnswered, setOfferAnswered] = useState(false);
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const [exported, setExported] = useState<Workspace["files"] | undefined>();
  const unexported = changed.length > 0 && workspace.files !== exported;
  useEffect(() => {
    loadSavedWork().then(
      (work) => {
        if (work) setOffer(work);
        else setOfferAnswered(true);
      },
      () => setOfferAnswered(true),
    );
  }, []);
  useEffect(() => {
    if (!offerAnswered) return;
    const keep = changed.length > 0 ? saveWork(workToSave(workspace, new Date())) : forgetWork();
    keep.then(
      () => setSavedAt(changed.length > 0 ? new Date().toLocaleTimeString("de-DE", { hour: "2-digit", minute: "2-digit" }) : undefined),
      () => setSavedAt(undefined),
    );
  }, [workspace, offerAnswered, changed.length]);
  useEffect(() => {
    if (!unexported) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unexported]);
  const answerOffer = (restore: boolean) => {
    if (restore && offer) {
      if (!mayReplace("Die gespeicherte Arbeit wiederherzustellen")) return;
      setWorkspace(restoredWorkspace(offer));
      setAnnouncement(`Gespeicherte Arbeit wiederhergestellt: ${offer.source}.`);
    } else setAnnouncement("Gespeicherte Arbeit verworfen.");
    setOffer(undefined);
    setOfferAnswered(true);
  };

  const update = useCallback(
    (step: (w: Workspace) => Workspace, what: string) => {
      const next = step(workspace);
      setWorkspace(next);
      setAnnouncement(next === workspace ? `Keine Änderung: ${what}` : `Geändert: ${what}`);
    },
    [workspace],
  );
  const edit = useCallback((file: string, path: JsonPath, value: unknown, what: string) => update((w) => change(w, file, path, value), what), [update]);

  /** Whether the person agrees to replace changes not yet exported; asked only when there are such changes. */
  const mayReplace = (what: string): boolean => {
    if (!unexported) return true;
    const agreed = window.confirm(
      `${what} ersetzt Ihre Änderungen (${counted(changed.length, "Datei", "Dateien")} geändert, noch nicht als ZIP-Datei exportiert). Trotzdem fortfahren?`,
    );
    if (!agreed) setAnnouncement(`Nichts ersetzt: Ihre Änderungen bleiben.`);
    return agreed;
  };

  const open = (files: ReadFolder, source: string) => {
    if (files.files["rules/ruleset.json"] === undefined) {
      setAnnouncement(`${source}: Kein Regelordner gefunden (rules/ruleset.json fehlt). Nichts geöffnet.`);
      return;
    }
    if (!mayReplace(`„${source}“ zu öffnen`)) return;
    setWorkspace(openWorkspace(files.files, source));
    const skipped = files.skipped.map((s) => `${s.path}: ${s.reason}`).join("; ");
    setAnnouncement(`Geöffnet: ${source}, ${Object.keys(files.files).length} Dateien.${skipped ? ` Übersprungen: ${skipped}` : ""}`);
  };

  // While the impact is being computed, the report waits: it would otherwise count the previous change.
  const departures = useMemo(() => faqDepartures(workspace.files), [workspace.files]);
  const report = diff && !busy ? changeReport(changed, diffMarkdown(diff, impact?.impact), lint.problems, departures) : undefined;
  const due = useMemo(() => versionsDue(workspace), [workspace]);
  const download = () => {
    if (report === undefined) return;
    const version = String(valueAt(workspace.files["rules/ruleset.json"], ["version"]) ?? "neu");
    saveFile(`regeln-${version}.zip`, new Blob([exportZip(workspace.files, report) as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
    setExported(workspace.files);
    setAnnouncement(`ZIP-Datei regeln-${version}.zip erstellt.`);
  };

  const criteria = entries.filter((e) => e.kind === "criteria");
  const offerings = entries.filter((e) => e.kind === "offerings");
  const casesOf = (id: string, kind: string) => cases.filter((c) => c.rule === id && c.kind === kind);
  const textProblemsOf = (file: string) => lint.problems.filter((p) => p.file === file && textProblemCodes.has(p.code));

  return (
    <>
      <a class="skip" href="#ergebnisse">
        Zu den Ergebnissen springen
      </a>
      <header class="top">
        <h1>Regel-Werkstatt</h1>
        <p>
          Die Regeln von Bildungspartner NRW ausprobieren: ändern, sofort sehen, was die Änderung bewirkt, und sie als Regeldateien übergeben. Alles bleibt in diesem Browser.
        </p>
        <h2 class="steps-title" id="vorgehen-titel">
          So gehen Sie vor
        </h2>
        <ol class="steps" aria-labelledby="vorgehen-titel">
          <li>Ein Kriterium unter „Kriterien“ aufklappen und Stufe, Schwellenwert oder Text ändern (oder eine Liste).</li>
          <li>Unten am Bildschirm steht sofort, wie viele Anträge ihr Ergebnis ändern; rechts die Einzelheiten.</li>
          <li>Beispielfälle und Prüfung klären, die Version erhöhen, als ZIP-Datei übergeben.</li>
        </ol>
      </header>
      <p class="status" role="status" aria-live="polite">
        {announcement}
      </p>
      {offer && (
        <section class="offer panel" aria-labelledby="gespeichert-titel">
          <h2 id="gespeichert-titel">Gespeicherte Arbeit gefunden</h2>
          <p>
            Von Ihrem letzten Besuch ist Arbeit in diesem Browser gespeichert: „{offer.source}“,{" "}
            {counted(changedFiles(restoredWorkspace(offer)).length, "Datei", "Dateien")} geändert, gespeichert am{" "}
            {new Date(offer.savedAt).toLocaleString("de-DE", { dateStyle: "medium", timeStyle: "short" })}. Bis Sie wählen, wird nichts Neues gespeichert.
          </p>
          <div class="open">
            <button type="button" class="primary" onClick={() => answerOffer(true)}>
              Gespeicherte Arbeit fortsetzen
            </button>
            <button type="button" onClick={() => answerOffer(false)}>
              Gespeicherte Arbeit verwerfen
            </button>
          </div>
        </section>
      )}
      <main class="layout">
        <div class="rules-column">
          <section aria-labelledby="oeffnen-titel" class="panel">
            <h2 id="oeffnen-titel">Regelsatz öffnen</h2>
            <p>
              Geöffnet: <strong>{workspace.source}</strong>
              {changed.length > 0 && <> – {counted(changed.length, "Datei", "Dateien")} geändert</>}
            </p>
            {savedAt !== undefined && (
              <p class="hint" id="gespeichert">
                Ihre Arbeit ist in diesem Browser gespeichert ({savedAt} Uhr) und wird beim nächsten Besuch angeboten.
              </p>
            )}
            <div class="open">
              <button type="button" onClick={() => open({ files: shippedRuleFolder(), skipped: [] }, shippedName)}>
                Mitgelieferten Regelsatz öffnen
              </button>
              <label class="file">
                Ordner wählen (mit den Ordnern „rules“ und „data“){" "}
                <input
                  type="file"
                  {...{ webkitdirectory: "", directory: "" }}
                  multiple
                  onChange={async (event) => {
                    const input = event.currentTarget;
                    const list = input.files;
                    if (list && list.length > 0) open(readFolder(await chosenFiles(list)), `Ordner ${list[0]!.webkitRelativePath.split("/")[0] ?? ""}`);
                    // Cleared, so that choosing the same folder again opens it again.
                    input.value = "";
                  }}
                />
              </label>
              <label class="file">
                ZIP-Datei wählen{" "}
                <input
                  type="file"
                  accept=".zip,application/zip"
                  onChange={async (event) => {
                    const input = event.currentTarget;
                    const file = input.files?.[0];
                    if (!file) return;
                    const read = readZip(new Uint8Array(await file.arrayBuffer()));
                    const whole = read.skipped.find((skipped) => skipped.path === "");
                    if (whole) setAnnouncement(`${file.name}: keine lesbare ZIP-Datei (${whole.reason}). Bitte wählen Sie die ZIP-Datei eines Regelordners.`);
                    else open(read, file.name);
                    input.value = "";
                  }}
                />
              </label>
            </div>
          </section>
          <section aria-labelledby="kriterien-titel" class="panel">
            <h2 id="kriterien-titel">Kriterien ({criteria.length})</h2>
            {criteria.map((entry) => (
              <RuleCard key={entry.file} entry={entry} lists={lists} cases={casesOf(entry.id, "criteria")} textProblems={textProblemsOf(entry.file)} edit={edit} />
            ))}
          </section>
          {offerings.length > 0 && (
            <section aria-labelledby="angebote-titel" class="panel">
              <h2 id="angebote-titel">Angebote ({offerings.length})</h2>
              {offerings.map((entry) => (
                <RuleCard key={entry.file} entry={entry} lists={lists} cases={casesOf(entry.id, "offerings")} textProblems={textProblemsOf(entry.file)} edit={edit} />
              ))}
            </section>
          )}
          <section aria-labelledby="listen-titel" class="panel">
            <h2 id="listen-titel">Listen</h2>
            <ListsView workspace={workspace} edit={edit} update={update} />
          </section>
          <section aria-labelledby="regelsatz-titel" class="panel">
            <h2 id="regelsatz-titel">Regelsatz</h2>
            <RuleSetCard files={workspace.files} baseline={workspace.baseline} manifest="rules/ruleset.json" name="Kriterien" edit={edit} />
            {workspace.files["rules/offerings/ruleset.json"] !== undefined && (
              <RuleSetCard files={workspace.files} baseline={workspace.baseline} manifest="rules/offerings/ruleset.json" name="Angebote" edit={edit} />
            )}
          </section>
          <ImpactBar impact={impact?.impact} busy={busy} failingCases={changedCases(cases).length} problems={lint.problems.length}>
            <button type="button" id="rueckgaengig" title="Die letzte Änderung zurücknehmen" onClick={() => update(undo, "letzte Änderung zurückgenommen")} disabled={workspace.history.length === 0}>
              Rückgängig
            </button>
            <button type="button" title="Zum Regelsatz wie geöffnet zurückkehren" onClick={() => open({ files: workspace.baseline, skipped: [] }, workspace.source)} disabled={changed.length === 0}>
              Alles verwerfen
            </button>
          </ImpactBar>
        </div>
        <div class="results-column" id="ergebnisse" tabIndex={-1}>
          <CaseChanges
            changed={changedCases(cases)}
            titles={titles}
            accept={(result) => update((w) => acceptCase(w, result), `„${result.name}“ erwartet jetzt ${resultWord(result.kind, result.actual)}`)}
            undo={() => update(undo, "letzte Änderung zurückgenommen")}
            canUndo={workspace.history.length > 0}
          />
          <LintPanel report={lint} titles={fileTitles} />
          <ImpactPanel
            impact={impact?.impact}
            busy={busy}
            milliseconds={impact?.ms}
            source={applications}
            problems={problems}
            titles={titles}
            chooseSample={loadSample}
            chooseFile={async (file) => setApplications({ name: file.name, generated: false, ...readApplications(file.name, await file.text()) })}
            // With a byte-order mark: Excel reads a CSV file as UTF-8 only then.
            downloadTemplate={() => saveFile("antraege-vorlage.csv", new Blob(["\uFEFF", templateCsv], { type: "text/csv;charset=utf-8" }))}
          />
          <DiffPanel diff={diff} />
          <ExportPanel changed={changed} report={report} problems={lint.problems} versionsDue={due} exportZip={download} />
        </div>
      </main>
    </>
  );
}
