import type { CriterionResult } from "@bildungspartner/core";

/**
 * The readings (Auslegungen) that decided a criterion's result, one line each („Auslegung: …“), so
 * that a school and the programme office see which answers are policy and not the FAQ's words.
 * Nothing when no reading decided it.
 */
export function ReadingList({ criterion }: { criterion: Pick<CriterionResult, "readings"> }) {
  if (criterion.readings.length === 0) return null;
  return (
    <ul className="criterion-readings" aria-label="Auslegungen, die dieses Ergebnis entschieden haben">
      {criterion.readings.map((reading) => (
        <li key={reading.id} data-reading={reading.id}>
          Auslegung: {reading.title}
        </li>
      ))}
    </ul>
  );
}
