import type { Evidence, Finding, FindingStatus } from "@bildungspartner/agreement";
import type { ReactNode } from "react";

/** The mark and German words of a finding's status. */
export const findingMarks: Record<FindingStatus, { sign: string; words: string }> = {
  found: { sign: "✓", words: "gefunden" },
  missing: { sign: "✗", words: "fehlt" },
  unclear: { sign: "?", words: "unklar" },
};

/**
 * The findings of an agreement check as a list with their marks: the form's upload panel and the
 * office's review page show the same list, each with its own heading and passages.
 */
export function FindingList(props: {
  findings: readonly Finding[];
  /** The heading and message of one finding. */
  body: (finding: Finding) => ReactNode;
  /** One quoted passage of a finding's evidence. */
  passage: (evidence: Evidence, index: number) => ReactNode;
}) {
  return (
    <ol className="finding-list">
      {props.findings.map((finding) => (
        <li key={finding.id} className={`finding finding--${finding.status}`} data-finding={finding.id}>
          <span className="criterion-mark" aria-hidden="true">
            {findingMarks[finding.status].sign}
          </span>
          <div className="criterion-body">
            {props.body(finding)}
            {finding.evidence.map((evidence, index) => props.passage(evidence, index))}
          </div>
        </li>
      ))}
    </ol>
  );
}
