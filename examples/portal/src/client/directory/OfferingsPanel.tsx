import type { FundingPurpose, OfferingsReport, OfferingStatus } from "@bildungspartner/core";
import { offeringStatusTerms } from "@bildungspartner/core/rules";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { capitalised } from "../labels.js";
import { CheckedField, describedBy, Field, Hint } from "../field.js";
import { flyerCount, maxFlyers, noAnswers, offeringsQuery, type Answers } from "./offering-answers.js";

const statusWords = Object.fromEntries(
  Object.entries(offeringStatusTerms).map(([status, term]) => [status, capitalised(term.words.de)]),
) as Record<OfferingStatus, string>;

const flyerHint = `Wie viele Flyer zur Weitergabe Sie anfordern möchten: eine ganze Zahl von 1 bis ${maxFlyers}, zum Beispiel 250.`;

const purposes: ReadonlyArray<[FundingPurpose, string]> = [
  ["project", "Für ein Projekt"],
  ["training", "Für eine Fortbildung"],
  ["permanent", "Als dauerhafte Projektmittel"],
];

/**
 * What a registered partnership may use, from `GET /api/registrations/:id/offerings` (core's
 * `offerings()`): each offering with its status, message and next steps. The questions some offerings
 * depend on (flyers, funding) can be answered; the list then shows the offerings for those answers.
 */
export function OfferingsPanel({ id }: { id: string }) {
  const [report, setReport] = useState<OfferingsReport>();
  const [failed, setFailed] = useState<string>();
  const [answers, setAnswers] = useState<Answers>(noAnswers);
  const [query, setQuery] = useState("");
  const [flyerError, setFlyerError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [updated, setUpdated] = useState(false);
  const flyerInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    fetch(`/api/registrations/${encodeURIComponent(id)}/offerings${query ? `?${query}` : ""}`, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as OfferingsReport | { error: { message: string }; issues?: Array<{ path: string; message: string }> };
        if ("error" in body) {
          // The server checks the answers too; a refused number of flyers belongs to its field.
          const flyerIssue = body.issues?.find((issue) => issue.path === "flyers.count");
          if (flyerIssue) {
            setFlyerError(flyerIssue.message);
            flyerInput.current?.focus();
          } else setFailed(body.error.message);
          return;
        }
        setReport(body);
        setFailed(undefined);
        setUpdated(query !== "");
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") setFailed("Die Angebote konnten nicht geladen werden.");
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [id, query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const flyers = answers.flyers.trim() === "" ? undefined : flyerCount(answers.flyers);
    if (answers.flyers.trim() !== "" && flyers === undefined) {
      setFlyerError(`Bitte geben Sie die Zahl der Flyer als ganze Zahl von 1 bis ${maxFlyers} an, zum Beispiel 250.`);
      flyerInput.current?.focus();
      return;
    }
    setFlyerError(undefined);
    setUpdated(false);
    setQuery(offeringsQuery(answers, flyers));
  };

  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => setAnswers((current) => ({ ...current, [key]: value }));

  return (
    <section className="offerings" aria-labelledby="angebote-titel">
      <h2 id="angebote-titel">Angebote für Ihre Partnerschaft</h2>

      <form className="offering-questions" aria-labelledby="angebote-fragen-titel" noValidate onSubmit={submit}>
        <h3 id="angebote-fragen-titel">Ihre Angaben</h3>
        <p className="hint">Einige Angebote hängen von diesen Angaben ab. Alle sind freiwillig.</p>
        <CheckedField
          id="angebote-flyer"
          label="Zahl der Flyer"
          hint={flyerHint}
          error={flyerError}
        >
          <input
            id="angebote-flyer"
            ref={flyerInput}
            className="input input--short"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={answers.flyers}
            onChange={(event) => set("flyers", event.target.value)}
            aria-describedby={describedBy("angebote-flyer", flyerHint, flyerError)}
            aria-invalid={flyerError ? true : undefined}
          />
        </CheckedField>
        <Field id="angebote-zweck" label="Wofür möchten Sie eine Förderung beantragen?">
          <Hint id="angebote-zweck" hint="Zum Beispiel beim Förderprogramm „Archiv und Schule“." />
          <select
            id="angebote-zweck"
            className="select"
            value={answers.purpose}
            onChange={(event) => set("purpose", event.target.value as Answers["purpose"])}
            aria-describedby="angebote-zweck-hint"
          >
            <option value="">Keine Angabe</option>
            {purposes.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="field field--choice" aria-describedby="angebote-begonnen-hint">
          <legend className="label">Hat das Projekt schon begonnen?</legend>
          <p className="hint" id="angebote-begonnen-hint">
            Eine Förderung beantragen Sie vor Beginn des Projekts.
          </p>
          <div className="choices">
            {(
              [
                ["true", "Ja"],
                ["false", "Nein"],
                ["", "Keine Angabe"],
              ] as const
            ).map(([value, label]) => (
              <div className="choice" key={value || "keine"}>
                <input
                  id={`angebote-begonnen-${value || "keine"}`}
                  type="radio"
                  name="angebote-begonnen"
                  value={value}
                  checked={answers.started === value}
                  onChange={() => set("started", value)}
                />
                <label htmlFor={`angebote-begonnen-${value || "keine"}`}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button" disabled={loading}>
          Angebote aktualisieren
        </button>
      </form>

      <p role="status" className="offerings-status">
        {failed ?? (loading ? (report ? "Die Angebote werden aktualisiert …" : "Die Angebote werden geladen …") : updated ? "Die Angebote zeigen jetzt Ihre Angaben." : "")}
      </p>
      {report && (
        <ul className="offering-list" aria-busy={loading}>
          {report.offerings.map((offering) => (
            <li key={offering.id} className={`offering ${offering.status}`} data-offering={offering.id}>
              <h3>
                <span className="offering-status">{statusWords[offering.status]}:</span> {offering.title}
              </h3>
              <p>{offering.message}</p>
              {offering.nextSteps.length > 0 && (
                <ul className="next-steps">
                  {offering.nextSteps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ul>
              )}
              <p className="muted source">Quelle (FAQ): „{offering.source.quote}“</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
