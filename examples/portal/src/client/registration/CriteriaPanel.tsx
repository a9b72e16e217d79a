import type { CriterionStatus, Decision } from "@bildungspartner/core";
import { FieldLink } from "./fields.js";

const marks: Record<CriterionStatus, { sign: string; words: string }> = {
  met: { sign: "✓", words: "erfüllt" },
  "not-met": { sign: "✗", words: "nicht erfüllt" },
  unknown: { sign: "?", words: "noch offen" },
};

const statusText: Record<Decision["status"], string> = {
  eligible: "Alle Kriterien sind erfüllt: die Partnerschaft kann registriert werden.",
  "not-eligible": "Mindestens ein Kriterium ist nicht erfüllt.",
  incomplete: "Es fehlen noch Angaben.",
  invalid: "Einige Angaben sind ungültig.",
};

/**
 * The programme's ten criteria, decided live from the form as it is: status, message and the FAQ
 * sentence behind each, then the fields still needed for a decision.
 */
export function CriteriaPanel({ decision, nextFields, labelOf }: { decision: Decision; nextFields: readonly string[]; labelOf: (path: string) => string }) {
  const met = decision.criteria.filter((c) => c.status === "met").length;
  return (
    <aside className="panel" aria-labelledby="kriterien-titel">
      <h2 id="kriterien-titel" className="panel-title">
        Kriterien von Bildungspartner NRW
      </h2>
      <p className={`panel-status panel-status--${decision.status}`} role="status">
        <strong>
          {met} von {decision.criteria.length} erfüllt.
        </strong>{" "}
        {statusText[decision.status]}
      </p>
      <ol className="criteria">
        {decision.criteria.map((criterion) => (
          <li key={criterion.id} className={`criterion criterion--${criterion.status}`} data-criterion={criterion.id}>
            <span className="criterion-mark" aria-hidden="true">
              {marks[criterion.status].sign}
            </span>
            <div className="criterion-body">
              <h3 className="criterion-title">
                {criterion.title}
                <span className="visually-hidden">: {marks[criterion.status].words}</span>
              </h3>
              <p className="criterion-message">{criterion.message}</p>
              <blockquote className="criterion-source" cite={criterion.source.url}>
                <span className="visually-hidden">Aus den FAQ: </span>„{criterion.source.quote}“
              </blockquote>
            </div>
          </li>
        ))}
      </ol>
      <h3 className="panel-subtitle" id="noch-benoetigt">
        Noch benötigt
      </h3>
      {nextFields.length > 0 ? (
        <ul className="next-fields" aria-labelledby="noch-benoetigt">
          {nextFields.map((path) => (
            <li key={path}>
              <FieldLink path={path}>{labelOf(path)}</FieldLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">Keine weiteren Angaben nötig, um zu entscheiden.</p>
      )}
      <p className="panel-source">
        Quelle:{" "}
        <a href="https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/" rel="noreferrer">
          FAQ von Bildungspartner NRW
        </a>{" "}
        (Regelsatz {decision.ruleSet.version})
      </p>
    </aside>
  );
}
