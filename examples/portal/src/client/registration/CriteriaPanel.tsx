import type { CriterionLevel, CriterionResult, Decision } from "@bildungspartner/core";
import { criterionLevelWords, criterionStatusTerms, decisionStatusTerms } from "@bildungspartner/core/rules";
import { FieldLink } from "./fields.js";
import { capitalised } from "../labels.js";
import { ReadingList } from "../readings.js";

/** The mark of a criterion, in core's words: a Soll-Kriterium not met is a point for review, not a refusal. */
export function markOf(criterion: CriterionResult): { sign: string; words: string; kind: string } {
  const words = criterionStatusTerms[criterion.status].words.de;
  if (criterion.status === "met") return { sign: "✓", words, kind: "met" };
  if (criterion.status === "unknown") return { sign: "?", words, kind: "unknown" };
  return criterion.level === "should"
    ? { sign: "!", words: `${words}, ${decisionStatusTerms["needs-review"].words.de}`, kind: "review" }
    : { sign: "✗", words, kind: "not-met" };
}

/** German words of a criterion's level (core's). */
export const levelWords: Record<CriterionLevel, string> = { must: criterionLevelWords.must.de, should: criterionLevelWords.should.de };

/** The German label of each Decision status (core's words), and what it means for the registration. */
export const statusText: Record<Decision["status"], { label: string; text: string }> = {
  eligible: { label: capitalised(decisionStatusTerms.eligible.words.de), text: "Alle Kriterien sind erfüllt: die Partnerschaft kann registriert werden." },
  "needs-review": {
    label: capitalised(decisionStatusTerms["needs-review"].words.de),
    text: "Alle Muss-Kriterien sind erfüllt, aber nicht jedes Soll-Kriterium. Sie können die Registrierung absenden; Bildungspartner NRW entscheidet.",
  },
  "not-eligible": { label: capitalised(decisionStatusTerms["not-eligible"].words.de), text: "Mindestens ein Muss-Kriterium ist nicht erfüllt." },
  incomplete: { label: capitalised(decisionStatusTerms.incomplete.words.de), text: "Es fehlen noch Angaben." },
  invalid: { label: capitalised(decisionStatusTerms.invalid.words.de), text: "Einige Angaben sind ungültig." },
};

/**
 * The programme's ten criteria, decided live from the form as it is: status, level, message and the
 * FAQ sentence behind each, the next steps of an `eligible` or `needs-review` Decision, then the
 * fields still needed for a decision.
 */
export function CriteriaPanel({ decision, nextFields, labelOf }: { decision: Decision; nextFields: readonly string[]; labelOf: (path: string) => string }) {
  const met = decision.criteria.filter((c) => c.status === "met").length;
  const status = statusText[decision.status];
  return (
    <aside className="panel" aria-labelledby="kriterien-titel">
      <h2 id="kriterien-titel" className="panel-title">
        Kriterien von Bildungspartner NRW
      </h2>
      <p className={`panel-status panel-status--${decision.status}`} role="status">
        <strong>
          {status.label}: {met} von {decision.criteria.length} erfüllt.
        </strong>{" "}
        {status.text}
      </p>
      <ol className="criteria">
        {decision.criteria.map((criterion) => {
          const mark = markOf(criterion);
          return (
            <li key={criterion.id} className={`criterion criterion--${mark.kind}`} data-criterion={criterion.id} data-level={criterion.level}>
              <span className="criterion-mark" aria-hidden="true">
                {mark.sign}
              </span>
              <div className="criterion-body">
                <h3 className="criterion-title">
                  {criterion.title}
                  <span className="visually-hidden">: {mark.words}</span>
                </h3>
                <p className="criterion-level">{levelWords[criterion.level]}</p>
                <p className="criterion-message">{criterion.message}</p>
                <ReadingList criterion={criterion} />
                <blockquote className="criterion-source" cite={criterion.source.url}>
                  <span className="visually-hidden">Aus der FAQ: </span>„{criterion.source.quote}“
                </blockquote>
              </div>
            </li>
          );
        })}
      </ol>
      {decision.nextSteps.length > 0 && (
        <>
          <h3 className="panel-subtitle" id="naechste-schritte">
            Nächste Schritte
          </h3>
          <ol className="next-steps" aria-labelledby="naechste-schritte">
            {decision.nextSteps.map((step) => (
              <li key={step.message}>
                {step.message}
                <blockquote className="criterion-source" cite={step.source.url}>
                  <span className="visually-hidden">Aus der FAQ: </span>„{step.source.quote}“
                </blockquote>
              </li>
            ))}
          </ol>
        </>
      )}
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
