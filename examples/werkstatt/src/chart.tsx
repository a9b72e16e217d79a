import type { DecisionStatus } from "@bildungspartner/core";
import { decisionStatuses, decisionWord, numbers } from "./words.js";

/*
 * Before/after per outcome as paired bars, drawn as inline SVG: no chart library in the page. Every
 * bar carries its number as text, and the figure has a text alternative, so the chart says nothing
 * the table beside it does not.
 */

/** Props: the counts per status before and after the change. */
export interface ImpactChartProps {
  readonly before: Readonly<Record<DecisionStatus, number>>;
  readonly after: Readonly<Record<DecisionStatus, number>>;
}

const rowHeight = 46;
const labelWidth = 250;
const barArea = 330;
const width = labelWidth + barArea + 70;

/** The chart: one group per status, the upper bar before (grey), the lower after (blue). */
export function ImpactChart({ before, after }: ImpactChartProps) {
  const largest = Math.max(1, ...decisionStatuses.flatMap((s) => [before[s], after[s]]));
  const length = (count: number) => (count === 0 ? 0 : Math.max(2, (count / largest) * barArea));
  const summary = decisionStatuses.map((s) => `${decisionWord(s)}: vorher ${numbers.format(before[s])}, nachher ${numbers.format(after[s])}`).join("; ");
  const height = decisionStatuses.length * rowHeight + 30;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Anträge je Ergebnis vorher und nachher. ${summary}`}>
        <g aria-hidden="true">
          <rect x={labelWidth} y="4" width="12" height="12" class="bar-before" />
          <text x={labelWidth + 18} y="15" class="legend">vorher</text>
          <rect x={labelWidth + 90} y="4" width="12" height="12" class="bar-after" />
          <text x={labelWidth + 108} y="15" class="legend">nachher</text>
          {decisionStatuses.map((status, i) => {
            const y = 30 + i * rowHeight;
            return (
              <g key={status}>
                <text x={labelWidth - 8} y={y + 22} text-anchor="end" class="label">
                  {decisionWord(status)}
                </text>
                <rect x={labelWidth} y={y + 2} width={length(before[status])} height="17" class="bar-before" />
                <text x={labelWidth + length(before[status]) + 6} y={y + 15} class="value">
                  {numbers.format(before[status])}
                </text>
                <rect x={labelWidth} y={y + 21} width={length(after[status])} height="17" class="bar-after" />
                <text x={labelWidth + length(after[status]) + 6} y={y + 34} class="value">
                  {numbers.format(after[status])}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption>Anträge je Ergebnis: obere Balken vorher (grau), untere nachher (blau).</figcaption>
    </figure>
  );
}
