import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { officeListStatuses, reviewStatusLabels, type OfficeEntry, type OfficeRegistration } from "../../shared/office.js";
import { germanDay } from "../dates.js";
import { Field } from "../field.js";
import { categoryLabel, schoolTypeLabel } from "../labels.js";
import { PageShell } from "../layout.js";
import { FindingList, findingMarks } from "../findings.js";
import { levelWords, markOf, statusText } from "../registration/CriteriaPanel.js";
import { ReadingList } from "../readings.js";

type Session = "loading" | "off" | "signed-out" | "signed-in";
type ListStatus = (typeof officeListStatuses)[number];

const listHeadings: Record<ListStatus, string> = { submitted: "Eingereicht", registered: "Registriert", rejected: "Abgelehnt" };

/** The German message of an error answer, or a general one. */
async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  return body.error?.message ?? `Die Anfrage ist fehlgeschlagen (HTTP ${response.status}).`;
}

const jsonRequest = (method: string, body: unknown): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const response = await fetch("/api/office/session", jsonRequest("POST", { username: data.get("username"), password: data.get("password") }));
    if (response.status === 204) return onSignedIn();
    setError(await errorMessage(response));
  }
  return (
    <form className="form office-sign-in" onSubmit={(event) => void submit(event)}>
      <h2>Anmelden</h2>
      <p id="anmelden-fehler" className="field-error" role="alert">
        {error}
      </p>
      <Field id="office-user" label="Benutzername">
        <input id="office-user" name="username" className="input input--medium" autoComplete="username" required aria-describedby={error ? "anmelden-fehler" : undefined} />
      </Field>
      <Field id="office-password" label="Passwort">
        <input id="office-password" name="password" type="password" className="input input--medium" autoComplete="current-password" required />
      </Field>
      <div className="actions">
        <button type="submit" className="button">
          Anmelden
        </button>
      </div>
    </form>
  );
}

/** One registration as the office reviews it: criteria, findings with their passages, mismatches side by side, the outcome. */
function Detail({ registration, onDecided }: { registration: OfficeRegistration; onDecided: (message: string) => void }) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [registration.id]);

  async function decide(outcome: "registered" | "rejected") {
    const response = await fetch(`/api/office/registrations/${registration.id}/decision`, jsonRequest("POST", { outcome, note }));
    if (!response.ok) return setError(await errorMessage(response));
    onDecided(outcome === "registered" ? `„${registration.school.name}“ ist registriert und steht im Verzeichnis.` : `„${registration.school.name}“ ist abgelehnt.`);
  }

  async function erase() {
    if (!window.confirm(`Alle Daten und die Datei von „${registration.school.name}“ endgültig löschen?`)) return;
    const response = await fetch(`/api/office/registrations/${registration.id}`, { method: "DELETE" });
    if (!response.ok) return setError(await errorMessage(response));
    onDecided(`Die Daten von „${registration.school.name}“ sind gelöscht.`);
  }

  const reading = registration.agreement?.report;
  return (
    <article className="office-detail" aria-labelledby="detail-titel">
      <h2 id="detail-titel" ref={headingRef} tabIndex={-1}>
        {registration.school.name}
      </h2>
      <p>
        {schoolTypeLabel(registration.school.type)} · eingereicht am {germanDay(registration.submittedAt)} · {reviewStatusLabels[registration.review]} · Prüfergebnis:{" "}
        {statusText[registration.decision.status].label}
      </p>
      <h3>Partner und Ansprechpersonen</h3>
      <ul>
        {registration.partners.map((p) => (
          <li key={p.name}>
            {p.name} ({categoryLabel(p.category)})
          </li>
        ))}
        {(registration.application.contacts ?? []).map((c, i) => (
          <li key={`kontakt-${i}`}>
            Ansprechperson {c.side === "school" ? "der Schule" : `von Partner ${(c.partner ?? 0) + 1}`}: {c.name} ({c.email})
          </li>
        ))}
      </ul>

      <h3>Kriterien</h3>
      <ol className="criteria">
        {registration.decision.criteria.map((criterion) => {
          const mark = markOf(criterion);
          return (
            <li key={criterion.id} className={`criterion criterion--${mark.kind}`}>
              <span className="criterion-mark" aria-hidden="true">
                {mark.sign}
              </span>
              <div className="criterion-body">
                <h4 className="criterion-title">
                  {criterion.title} <span className="finding-status">({levelWords[criterion.level]}: {mark.words})</span>
                </h4>
                <p className="criterion-message">{criterion.message}</p>
                <ReadingList criterion={criterion} />
              </div>
            </li>
          );
        })}
      </ol>

      <h3>Vereinbarung</h3>
      {registration.agreement && reading ? (
        <>
          <p>
            <a href={`/api/office/registrations/${registration.id}/agreement`} download={registration.agreement.fileName}>
              „{registration.agreement.fileName}“ herunterladen
            </a>{" "}
            ({Math.ceil(registration.agreement.size / 1024)} KB)
          </p>
          <h4>Abweichungen zwischen Formular und Vereinbarung</h4>
          {reading.mismatches.length === 0 ? (
            <p>Keine Abweichungen gefunden.</p>
          ) : (
            <table className="mismatch-table">
              <caption className="visually-hidden">Abweichungen: Formular und Vereinbarung nebeneinander</caption>
              <thead>
                <tr>
                  <th scope="col">Angabe</th>
                  <th scope="col">Im Formular</th>
                  <th scope="col">In der Vereinbarung</th>
                  <th scope="col">Stelle im Text</th>
                </tr>
              </thead>
              <tbody>
                {reading.mismatches.map((m) => (
                  <tr key={m.key}>
                    <th scope="row">{m.label}</th>
                    <td>{m.formValue}</td>
                    <td>{m.documentValue}</td>
                    <td>
                      {m.evidence.map((e, i) => (
                        <mark key={i}>{e.text}</mark>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h4>Was die Vereinbarung zeigt</h4>
          <FindingList
            findings={reading.findings}
            body={(finding) => (
              <p className="criterion-message">
                <span className="finding-status">{findingMarks[finding.status].words}: </span>
                {finding.message}
              </p>
            )}
            passage={(evidence, index) => (
              <blockquote key={index} className="passage">
                {evidence.page !== undefined && <span className="passage-page">Seite {evidence.page}: </span>}
                <mark>{evidence.text}</mark>
              </blockquote>
            )}
          />
        </>
      ) : (
        <p>Keine Datei gespeichert.</p>
      )}

      {registration.review === "submitted" ? (
        <section aria-labelledby="entscheidung-titel">
          <h3 id="entscheidung-titel">Entscheidung</h3>
          <div className="field">
            <label className="label" htmlFor="office-note">
              Notiz (intern, höchstens 2.000 Zeichen)
            </label>
            <textarea id="office-note" className="input" maxLength={2000} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          <p className="field-error" role="alert">
            {error}
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void decide("registered")}>
              Registrieren
            </button>{" "}
            <button type="button" className="button button--secondary" onClick={() => void decide("rejected")}>
              Ablehnen
            </button>
          </div>
        </section>
      ) : (
        <p>
          Entschieden am {registration.decidedAt ? germanDay(registration.decidedAt) : "–"}
          {registration.note ? `: ${registration.note}` : ""}
        </p>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={() => void erase()}>
          Daten löschen
        </button>
      </p>
    </article>
  );
}

/** The programme office's page (`/buero/`): sign-in, the lists by status, one registration to review. */
export function OfficePage() {
  const [session, setSession] = useState<Session>("loading");
  const [offMessage, setOffMessage] = useState("");
  const [status, setStatus] = useState<ListStatus>("submitted");
  const [entries, setEntries] = useState<OfficeEntry[]>([]);
  const [selected, setSelected] = useState<OfficeRegistration>();
  const [notice, setNotice] = useState("");

  useEffect(() => {
    void fetch("/api/office/session").then(async (response) => {
      if (response.status === 503) {
        setOffMessage(await errorMessage(response));
        return setSession("off");
      }
      const body = (await response.json()) as { signedIn: boolean };
      setSession(body.signedIn ? "signed-in" : "signed-out");
    });
  }, []);

  const load = useCallback(async () => {
    const response = await fetch(`/api/office/registrations?status=${status}`);
    if (response.status === 401) return setSession("signed-out");
    setEntries((await response.json()) as OfficeEntry[]);
  }, [status]);

  useEffect(() => {
    if (session === "signed-in") void load();
  }, [session, load]);

  async function open(id: string) {
    const response = await fetch(`/api/office/registrations/${id}`);
    if (response.status === 401) return setSession("signed-out");
    setSelected((await response.json()) as OfficeRegistration);
  }

  async function signOut() {
    await fetch("/api/office/session", { method: "DELETE" });
    setSelected(undefined);
    setSession("signed-out");
  }

  return (
    <PageShell current="buero">
      <h1>Büro: Registrierungen prüfen</h1>
      {session === "loading" && <p>Wird geladen …</p>}
      {session === "off" && (
        <p className="notice" role="status">
          {offMessage}
        </p>
      )}
      {session === "signed-out" && <SignIn onSignedIn={() => setSession("signed-in")} />}
      {session === "signed-in" && (
        <>
          <p>
            <button type="button" className="button button--secondary" onClick={() => void signOut()}>
              Abmelden
            </button>
          </p>
          <p role="status" className="office-notice">
            {notice}
          </p>
          <Field id="office-status" label="Anzeigen">
            <select
              id="office-status"
              className="input input--medium"
              value={status}
              onChange={(event) => {
                setSelected(undefined);
                setStatus(event.target.value as ListStatus);
              }}
            >
              {officeListStatuses.map((s) => (
                <option key={s} value={s}>
                  {listHeadings[s]}
                </option>
              ))}
            </select>
          </Field>
          <section aria-labelledby="liste-titel">
            <h2 id="liste-titel">
              {listHeadings[status]} ({entries.length})
            </h2>
            {entries.length === 0 ? (
              <p>Keine Registrierungen.</p>
            ) : (
              <ul className="office-list">
                {entries.map((entry) => (
                  <li key={entry.id}>
                    <button type="button" className="button--link" aria-current={selected?.id === entry.id ? "true" : undefined} onClick={() => void open(entry.id)}>
                      {entry.school.name}
                    </button>{" "}
                    – {entry.partners.map((p) => p.name).join(", ")} · eingereicht am {germanDay(entry.submittedAt)} · {statusText[entry.status].label}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {selected && (
            <Detail
              registration={selected}
              onDecided={(message) => {
                setNotice(message);
                setSelected(undefined);
                void load();
              }}
            />
          )}
        </>
      )}
    </PageShell>
  );
}
