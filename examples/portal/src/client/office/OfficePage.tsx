import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { officeListStatuses, reviewStatusLabels, reviewTextMaxLength, type OfficeEntry, type OfficeRegistration } from "../../shared/office.js";
import { ConfirmAction } from "../confirm.js";
import { germanDay } from "../dates.js";
import { Field } from "../field.js";
import { schoolTypeLabel } from "../labels.js";
import { PageShell } from "../layout.js";
import { FindingList, findingMarks } from "../findings.js";
import { levelWords, markOf, statusText } from "../registration/CriteriaPanel.js";
import { ReadingList } from "../readings.js";
import { ApplicationFacts } from "./ApplicationFacts.js";

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

/** The address of one registration on the office page: `/buero/#id=…`. */
const entryLink = (id: string) => `#id=${encodeURIComponent(id)}`;

/** The registration an office page address points at. */
const linkedId = () => new URLSearchParams(window.location.hash.slice(1)).get("id") ?? undefined;

/**
 * One registration as the office reviews it: the whole application beside the agreement's findings,
 * mismatches side by side, possible duplicates, the school's „Begründung“, and the outcome with an
 * internal note and a reason for the school.
 */
function Detail({ registration, onDecided }: { registration: OfficeRegistration; onDecided: (message: string) => void }) {
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [registration.id]);

  async function decide(outcome: "registered" | "rejected") {
    const response = await fetch(`/api/office/registrations/${registration.id}/decision`, jsonRequest("POST", { outcome, note, reason }));
    if (!response.ok) return setError(await errorMessage(response));
    onDecided(outcome === "registered" ? `„${registration.school.name}“ ist registriert und steht im Verzeichnis.` : `„${registration.school.name}“ ist abgelehnt.`);
  }

  async function erase() {
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
      {registration.duplicates.length > 0 && (
        <div className="notice duplicates" role="note" aria-labelledby="doppelt-titel">
          <h3 id="doppelt-titel">Mögliche Doppelung</h3>
          <p>Für dieselbe Schulnummer und denselben Partner gibt es schon einen offenen oder registrierten Eintrag:</p>
          <ul>
            {registration.duplicates.map((d) => (
              <li key={d.id}>
                <a href={entryLink(d.id)}>
                  {d.school} – {d.partners.join(", ")}
                </a>{" "}
                ({reviewStatusLabels[d.review]}, eingereicht am {germanDay(d.submittedAt)})
              </li>
            ))}
          </ul>
        </div>
      )}
      {registration.decision.status === "needs-review" && (
        <section aria-labelledby="begruendung-titel">
          <h3 id="begruendung-titel">Begründung der Schule</h3>
          {registration.justification ? <p className="justification">{registration.justification}</p> : <p>Die Schule hat keine Begründung angegeben.</p>}
        </section>
      )}
      <div className="office-columns">
        <ApplicationFacts application={registration.application} />
        <div>
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
        </div>
      </div>

      {registration.review === "submitted" ? (
        <section aria-labelledby="entscheidung-titel">
          <h3 id="entscheidung-titel">Entscheidung</h3>
          <div className="field">
            <label className="label" htmlFor="office-note">
              Notiz (intern, höchstens 2.000 Zeichen)
            </label>
            <textarea id="office-note" className="input" maxLength={reviewTextMaxLength} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          <div className="field">
            <label className="label" htmlFor="office-reason">
              Begründung für die Schule (höchstens 2.000 Zeichen)
            </label>
            <p id="office-reason-hint" className="hint">
              Die Schule liest sie auf ihrer Statusseite und, wenn E-Mail eingerichtet ist, in der Nachricht über die Entscheidung.
            </p>
            <textarea
              id="office-reason"
              className="input"
              maxLength={reviewTextMaxLength}
              rows={3}
              value={reason}
              aria-describedby="office-reason-hint"
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <p className="field-error" role="alert">
            {error}
          </p>
          <div className="actions">
            <ConfirmAction
              label="Registrieren"
              question={`„${registration.school.name}“ registrieren? Die Partnerschaft erscheint dann im öffentlichen Verzeichnis; das lässt sich hier nicht rückgängig machen.`}
              confirmLabel="Ja, registrieren"
              onConfirm={() => void decide("registered")}
            />{" "}
            <ConfirmAction
              label="Ablehnen"
              question={`„${registration.school.name}“ ablehnen? Die Schule sieht die Entscheidung auf ihrer Statusseite; das lässt sich hier nicht rückgängig machen.`}
              confirmLabel="Ja, ablehnen"
              className="button button--secondary"
              onConfirm={() => void decide("rejected")}
            />
          </div>
        </section>
      ) : (
        <>
          <p>
            Entschieden am {registration.decidedAt ? germanDay(registration.decidedAt) : "–"}
            {registration.decidedBy ? ` von ${registration.decidedBy}` : ""}
            {registration.note ? `: ${registration.note}` : ""}
          </p>
          {registration.reason && <p className="reason">Begründung für die Schule: {registration.reason}</p>}
        </>
      )}
      <div className="actions">
        <ConfirmAction
          label="Daten löschen"
          question={`Alle Daten und die Datei von „${registration.school.name}“ endgültig löschen?`}
          confirmLabel="Ja, endgültig löschen"
          className="button button--secondary"
          onConfirm={() => void erase()}
        />
      </div>
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

  const closeDetail = () => {
    window.history.replaceState(null, "", window.location.pathname);
    setSelected(undefined);
  };

  const open = useCallback(async (id: string) => {
    const response = await fetch(`/api/office/registrations/${encodeURIComponent(id)}`);
    if (response.status === 401) return setSession("signed-out");
    if (!response.ok) return setNotice(await errorMessage(response));
    // The address names the open entry, so that it can be kept and a link to it opens it.
    window.history.replaceState(null, "", entryLink(id));
    setSelected((await response.json()) as OfficeRegistration);
  }, []);

  // A link to another entry (`#id=…`, e.g. a possible duplicate) opens it, also on arrival.
  useEffect(() => {
    if (session !== "signed-in") return;
    const openLinked = () => {
      const id = linkedId();
      if (id) void open(id);
    };
    openLinked();
    window.addEventListener("hashchange", openLinked);
    return () => window.removeEventListener("hashchange", openLinked);
  }, [session, open]);

  async function signOut() {
    await fetch("/api/office/session", { method: "DELETE" });
    closeDetail();
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
                closeDetail();
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
                closeDetail();
                void load();
              }}
            />
          )}
        </>
      )}
    </PageShell>
  );
}
