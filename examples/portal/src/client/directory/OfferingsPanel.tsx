import type { OfferingsReport, OfferingStatus } from "@bildungspartner/core";
import { useEffect, useState } from "react";

const statusWords: Record<OfferingStatus, string> = { available: "Verfügbar", "not-available": "Nicht verfügbar", unknown: "Offen" };

/**
 * What a registered partnership may use, from `GET /api/registrations/:id/offerings` (core's
 * `offerings()`): each offering with its status, message and next steps.
 */
export function OfferingsPanel({ id }: { id: string }) {
  const [report, setReport] = useState<OfferingsReport>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/registrations/${encodeURIComponent(id)}/offerings`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        setReport((await response.json()) as OfferingsReport);
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") setFailed(true);
      });
    return () => controller.abort();
  }, [id]);

  return (
    <section className="offerings" aria-labelledby="angebote-titel">
      <h2 id="angebote-titel">Angebote für Ihre Partnerschaft</h2>
      {failed && <p role="status">Die Angebote konnten nicht geladen werden.</p>}
      {!report && !failed && <p role="status">Die Angebote werden geladen …</p>}
      {report && (
        <ul className="offering-list">
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
              <p className="muted source">
                Quelle (FAQ): „{offering.source.quote}“
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
