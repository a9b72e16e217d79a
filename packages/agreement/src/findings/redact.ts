import { findEmails, findPersonNames } from "../statements/contacts.js";
import type { AgreementReport, Evidence, FindingId } from "./types.js";
import { agreementFindings } from "./types.js";

/** What stands in place of removed text. */
export const REDACTED = "[entfernt]";

/** Findings whose evidence is about persons: their passages are removed whole. */
const personal: ReadonlySet<FindingId> = new Set([agreementFindings.contacts, agreementFindings.emails, agreementFindings.signatures]);

/** Replaces e-mail addresses and names after "Frau"/"Herr" in a passage. */
function mask(text: string): string {
  let result = "";
  let last = 0;
  const spans = [
    ...findEmails(text).map((e) => ({ from: e.from, to: e.to, by: "[E-Mail]" })),
    ...findPersonNames(text, 0, text.length).map((n) => ({ from: n.from, to: n.to, by: "[Name]" })),
  ].sort((a, b) => a.from - b.from);
  for (const span of spans) {
    if (span.from < last) continue;
    result += text.slice(last, span.from) + span.by;
    last = span.to;
  }
  return result + text.slice(last);
}

/**
 * A copy of the report fit for logs: the passages about contact persons and signatures are
 * removed (offsets and pages stay), e-mail addresses and names in other passages are masked, and
 * the names of contact persons in `facts` are replaced. Institution names stay.
 */
export function redactReport(report: AgreementReport): AgreementReport {
  const redactEvidence = (id: FindingId, evidence: Evidence): Evidence => ({
    ...evidence,
    text: personal.has(id) ? REDACTED : mask(evidence.text),
  });
  const facts = structuredClone(report.facts);
  if (facts.contacts) {
    facts.contacts = facts.contacts.map((contact) => {
      const copy = { ...contact };
      delete copy.email;
      if (copy.name !== undefined) copy.name = REDACTED;
      return copy;
    });
  }
  return {
    findings: report.findings.map((finding) => ({
      ...finding,
      evidence: finding.evidence.map((evidence) => redactEvidence(finding.id, evidence)),
    })),
    facts,
    decision: structuredClone(report.decision),
  };
}
