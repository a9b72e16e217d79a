import { useEffect, useMemo, useState } from "react";
import { reviewStatusLabels, type SubmissionStatusView } from "../../shared/office.js";
import { germanDay } from "../dates.js";
import { PageShell } from "../layout.js";

type State = { phase: "loading" } | { phase: "error"; message: string } | { phase: "shown"; view: SubmissionStatusView };

/** The id and token of the status link: they travel in the address's fragment, never to a server log. */
function linkParts(): { id: string; token: string } | undefined {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const id = params.get("id");
  const token = params.get("token");
  return id && token ? { id, token } : undefined;
}

/** The token goes in a header: a query string would end up in the logs of proxies on the way. */
const tokenHeader = (token: string) => ({ "x-status-token": token });

const explanations: Record<SubmissionStatusView["status"], string> = {
  submitted: "Das Büro von Bildungspartner NRW prüft Ihre Angaben und die unterzeichnete Vereinbarung. Danach erscheint die Partnerschaft im öffentlichen Verzeichnis.",
  registered: "Die Bildungspartnerschaft ist registriert und steht im öffentlichen Verzeichnis.",
  rejected: "Das Büro von Bildungspartner NRW hat die Registrierung nicht angenommen. Es meldet sich bei den Ansprechpersonen; die Angaben werden nach der Aufbewahrungsfrist gelöscht.",
  withdrawn: "Sie haben die Einreichung zurückgezogen. Die Angaben und die Datei werden nach der Aufbewahrungsfrist gelöscht.",
};

/** The school's private status page (`/status/#id=…&token=…`). */
export function StatusPage() {
  const [state, setState] = useState<State>({ phase: "loading" });
  // The link does not change while the page is open.
  const link = useMemo(linkParts, []);

  useEffect(() => {
    if (!link) return setState({ phase: "error", message: "Dieser Statuslink ist unvollständig. Bitte verwenden Sie den vollständigen Link aus Ihrer Bestätigung." });
    void fetch(`/api/registrations/${encodeURIComponent(link.id)}/status`, { headers: tokenHeader(link.token) })
      .then(async (response) => {
        const body = (await response.json()) as SubmissionStatusView & { error?: { message: string } };
        setState(response.ok ? { phase: "shown", view: body } : { phase: "error", message: body.error?.message ?? "Der Stand ließ sich nicht laden." });
      })
      .catch(() => setState({ phase: "error", message: "Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut." }));
  }, [link]);

  async function withdraw() {
    if (!link || state.phase !== "shown") return;
    const response = await fetch(`/api/registrations/${encodeURIComponent(link.id)}/withdrawal`, { method: "POST", headers: tokenHeader(link.token) });
    if (response.status === 204) setState({ phase: "shown", view: { ...state.view, status: "withdrawn" } });
  }

  return (
    <PageShell current="status">
      <h1>Stand Ihrer Registrierung</h1>
      {state.phase === "loading" && <p aria-live="polite">Wird geladen …</p>}
      {state.phase === "error" && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
      {state.phase === "shown" && (
        <section aria-labelledby="stand-titel">
          <h2 id="stand-titel">{state.view.school}</h2>
          <dl className="status-facts">
            <dt>Stand</dt>
            <dd>
              <strong>{reviewStatusLabels[state.view.status]}</strong>
            </dd>
            <dt>Eingereicht am</dt>
            <dd>{germanDay(state.view.submittedAt)}</dd>
            {state.view.decidedAt && (
              <>
                <dt>Entschieden am</dt>
                <dd>{germanDay(state.view.decidedAt)}</dd>
              </>
            )}
            <dt>Vorgangsnummer</dt>
            <dd>
              <code>{state.view.id}</code>
            </dd>
          </dl>
          <p aria-live="polite">{explanations[state.view.status]}</p>
          {state.view.status === "submitted" && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => void withdraw()}>
                Einreichung zurückziehen
              </button>
            </p>
          )}
        </section>
      )}
    </PageShell>
  );
}
