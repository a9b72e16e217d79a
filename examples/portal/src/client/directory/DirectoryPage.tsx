import { categories } from "@bildungspartner/core";
import { useEffect, useMemo, useState } from "react";
import type { DirectoryEntry } from "../../shared/directory.js";
import { germanDate } from "../../shared/mismatches.js";
import { PageShell } from "../layout.js";
import { categoryLabel, schoolTypeLabel } from "../labels.js";
import { OfferingsPanel } from "./OfferingsPanel.js";

type SortKey = "schule" | "partner" | "start";

interface Filters {
  suche: string;
  kategorie: string;
  jahr: string;
  sortierung: SortKey;
}

const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });

const sorters: Record<SortKey, (a: DirectoryEntry, b: DirectoryEntry) => number> = {
  schule: (a, b) => collator.compare(a.school.name, b.school.name),
  partner: (a, b) => collator.compare(a.partners[0]?.name ?? "", b.partners[0]?.name ?? ""),
  start: (a, b) => b.startDate.localeCompare(a.startDate) || collator.compare(a.school.name, b.school.name),
};

/** The filters live in the address (`?suche=…&kategorie=…&jahr=…`), so a filtered list can be shared. */
function filtersFromUrl(): Filters {
  const params = new URLSearchParams(window.location.search);
  const sort = params.get("sortierung");
  return {
    suche: params.get("suche") ?? "",
    kategorie: params.get("kategorie") ?? "",
    jahr: params.get("jahr") ?? "",
    sortierung: sort === "partner" || sort === "start" ? sort : "schule",
  };
}

function filtersToUrl(filters: Filters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== "" && !(key === "sortierung" && value === "schule")) params.set(key, value);
  const query = params.toString();
  window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
}

async function fetchEntries(filters: Pick<Filters, "suche" | "kategorie" | "jahr">, signal?: AbortSignal): Promise<DirectoryEntry[]> {
  const params = new URLSearchParams();
  if (filters.suche.trim()) params.set("q", filters.suche.trim());
  if (filters.kategorie) params.set("category", filters.kategorie);
  if (filters.jahr) params.set("year", filters.jahr);
  const response = await fetch(`/api/registrations?${params.toString()}`, signal ? { signal } : {});
  if (!response.ok) throw new Error(String(response.status));
  return (await response.json()) as DirectoryEntry[];
}

/** The public directory: registered partnerships, filtered by the API, sorted here. */
export function DirectoryPage() {
  const [filters, setFilters] = useState<Filters>(filtersFromUrl);
  const [entries, setEntries] = useState<DirectoryEntry[]>();
  const [years, setYears] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);
  const [highlight] = useState(() => window.location.hash.replace(/^#eintrag-/, ""));

  // The start years on offer: those of every registration, whatever the filters.
  useEffect(() => {
    fetchEntries({ suche: "", kategorie: "", jahr: "" })
      .then((all) => setYears([...new Set(all.map((e) => e.startDate.slice(0, 4)))].sort().reverse()))
      .catch(() => setFailed(true));
  }, []);

  useEffect(() => filtersToUrl(filters), [filters]);

  useEffect(() => {
    const controller = new AbortController();
    // Typing in the search field asks the server once the typing pauses.
    const timer = window.setTimeout(() => {
      fetchEntries(filters, controller.signal)
        .then((found) => {
          setEntries(found);
          setFailed(false);
        })
        .catch((error: unknown) => {
          if ((error as Error).name !== "AbortError") setFailed(true);
        });
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [filters.suche, filters.kategorie, filters.jahr]);

  // A link to one entry (`#eintrag-<id>`, as after registering) scrolls to it once it is there.
  useEffect(() => {
    if (!highlight || !entries) return;
    document.getElementById(`eintrag-${highlight}`)?.scrollIntoView({ block: "center" });
  }, [entries, highlight]);

  const sorted = useMemo(() => (entries ? [...entries].sort(sorters[filters.sortierung]) : undefined), [entries, filters.sortierung]);
  const set = (key: keyof Filters) => (event: { target: { value: string } }) => setFilters((f) => ({ ...f, [key]: event.target.value }));
  const filtered = filters.suche.trim() !== "" || filters.kategorie !== "" || filters.jahr !== "";

  return (
    <PageShell current="verzeichnis">
      <div className="intro">
        <h1>Verzeichnis der Bildungspartnerschaften</h1>
        <p className="lead">Registrierte Partnerschaften zwischen Schulen und außerschulischen Lernorten, nach Schule, Partner, Art und Startjahr.</p>
      </div>

      <form className="filters" role="search" aria-label="Verzeichnis durchsuchen" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label className="label" htmlFor="suche">
            Name suchen
          </label>
          <p className="hint" id="suche-hint">
            Schule oder Partner
          </p>
          <input id="suche" className="input" type="search" value={filters.suche} onChange={set("suche")} aria-describedby="suche-hint" autoComplete="off" />
        </div>
        <div className="field">
          <label className="label" htmlFor="kategorie">
            Art des Partners
          </label>
          <select id="kategorie" className="select" value={filters.kategorie} onChange={set("kategorie")}>
            <option value="">Alle Arten</option>
            {categories
              .filter((c) => c.inProgramme)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label.de}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="jahr">
            Startjahr
          </label>
          <select id="jahr" className="select" value={filters.jahr} onChange={set("jahr")}>
            <option value="">Alle Jahre</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="sortierung">
            Sortieren nach
          </label>
          <select id="sortierung" className="select" value={filters.sortierung} onChange={set("sortierung")}>
            <option value="schule">Schule</option>
            <option value="partner">Partner</option>
            <option value="start">Startjahr (neueste zuerst)</option>
          </select>
        </div>
      </form>

      <p className="result-count" role="status">
        {failed
          ? "Das Verzeichnis konnte nicht geladen werden. Bitte laden Sie die Seite neu."
          : sorted === undefined
            ? "Das Verzeichnis wird geladen …"
            : `${sorted.length} ${sorted.length === 1 ? "Partnerschaft" : "Partnerschaften"}${filtered ? " gefunden" : ""}`}
      </p>

      {sorted && sorted.length > 0 && (
        <table className="directory">
          <caption className="visually-hidden">Registrierte Bildungspartnerschaften</caption>
          <thead>
            <tr>
              <th scope="col">Schule</th>
              <th scope="col">Partner</th>
              <th scope="col">Art</th>
              <th scope="col">Start</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((entry) => (
              <tr key={entry.id} id={`eintrag-${entry.id}`} className={entry.id === highlight ? "highlight" : undefined}>
                <th scope="row" data-label="Schule">
                  <span className="school-name">{entry.school.name}</span>
                  <span className="muted">{schoolTypeLabel(entry.school.type)}</span>
                  {entry.status === "needs-review" && <span className="status-note">Prüfung durch Bildungspartner NRW</span>}
                </th>
                <td data-label="Partner">
                  <ul className="plain-list">
                    {entry.partners.map((p, i) => (
                      <li key={i}>{p.name}</li>
                    ))}
                  </ul>
                </td>
                <td data-label="Art">
                  <ul className="plain-list">
                    {[...new Set(entry.partners.map((p) => p.category))].map((c) => (
                      <li key={c}>{categoryLabel(c)}</li>
                    ))}
                  </ul>
                </td>
                <td data-label="Start">
                  <time dateTime={entry.startDate}>{germanDate(entry.startDate)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* The partnership just registered (`#eintrag-<id>`) sees what it may now use. */}
      {highlight && entries?.some((entry) => entry.id === highlight) && <OfferingsPanel id={highlight} />}
      {sorted && sorted.length === 0 && !failed && (
        <p className="empty">
          {filtered ? "Keine Partnerschaft passt zu diesen Filtern." : "Noch keine Partnerschaft registriert."} <a href="/">Jetzt registrieren</a>
        </p>
      )}
    </PageShell>
  );
}
