import { describe, expect, it } from "vitest";
import { agreement } from "../../test/agreements.js";
import { checkAgreementText, redactReport, REDACTED } from "../index.js";

describe("redactReport", () => {
  const report = checkAgreementText(agreement());
  const redacted = redactReport(report);
  const json = JSON.stringify(redacted);

  it("removes every e-mail address and every contact's name", () => {
    expect(JSON.stringify(report)).toContain("anna.mueller@gymnasium-am-see.de");
    expect(json).not.toContain("@");
    expect(json).not.toContain("Müller");
    expect(json).not.toContain("Weber");
  });

  it("keeps statuses, messages, offsets, institution names and the decision", () => {
    expect(redacted.findings.map((f) => [f.id, f.status, f.message])).toEqual(report.findings.map((f) => [f.id, f.status, f.message]));
    expect(redacted.findings.map((f) => f.evidence.map((e) => [e.start, e.end]))).toEqual(report.findings.map((f) => f.evidence.map((e) => [e.start, e.end])));
    expect(redacted.facts.partners).toEqual([{ name: "Stadtarchiv Seestadt" }]);
    expect(redacted.facts.contacts).toEqual([
      { side: "school", name: REDACTED },
      { side: "partner", partner: 0, name: REDACTED },
    ]);
    expect(redacted.decision).toEqual(report.decision);
  });

  it("masks names and addresses inside other passages, and leaves the report it was given unchanged", () => {
    expect(redacted.findings[0]!.evidence[0]!.text).toBe("Bildungspartner NRW");
    const quoting = { ...report, findings: [{ ...report.findings[0]!, evidence: [{ start: 0, end: 9, text: "Bildungspartner NRW, Rückfragen an Frau Dr. Anna Müller (anna.mueller@example.org)" }] }] };
    expect(redactReport(quoting).findings[0]!.evidence[0]!.text).toBe("Bildungspartner NRW, Rückfragen an Frau Dr. [Name] ([E-Mail])");
    const before = JSON.stringify(report);
    redactReport(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});
