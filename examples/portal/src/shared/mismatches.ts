import {
  agreementFindings,
  redactReport,
  sameInstitutionName,
  samePersonName,
  type AgreementReport,
  type Evidence,
  type Finding,
  type FindingId,
} from "@bildungspartner/agreement";
import { fieldLabel, type Agreement, type Application, type Decision } from "@bildungspartner/core";

/** A place where the uploaded agreement says something else than the form. */
export interface Mismatch {
  /** Stable key, e.g. `agreement.endDate`, `partners.1.name`, `contact:1`, or `criterion:` and the finding's id. */
  key: string;
  /** The form field to correct, as a dotted path, when there is one. */
  field?: string;
  /** What the mismatch is about, German. */
  label: string;
  /** The form's answer, German. */
  formValue: string;
  /** What the agreement says, German. */
  documentValue: string;
  /** Passages of the agreement behind `documentValue`. */
  evidence: Evidence[];
}

/** The agreement fields the text can answer, and the finding whose passages show them. */
const agreementFields: ReadonlyArray<[keyof Agreement, FindingId | undefined]> = [
  ["written", undefined],
  ["startDate", agreementFindings.duration],
  ["endDate", agreementFindings.duration],
  ["indefinite", agreementFindings.duration],
  ["openToAllPupils", agreementFindings.pupils],
  ["mentionsProgramme", agreementFindings.programme],
  ["signedBySchool", agreementFindings.signatures],
  ["signedByPartners", agreementFindings.signatures],
];

/** `2025-08-01` → `01.08.2025`; anything else as it is. */
export function germanDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

function show(field: keyof Agreement, value: unknown): string {
  if (value === null) return "kein Enddatum";
  if (typeof value === "boolean") return field === "indefinite" ? (value ? "unbefristet" : "befristet") : value ? "ja" : "nein";
  return germanDate(String(value));
}

/** The form's answer behind a criterion, in words. */
function formAnswer(id: FindingId, app: Application): string {
  const a = app.agreement ?? {};
  switch (id) {
    case agreementFindings.duration:
      if (a.indefinite === true) return `unbefristet ab ${germanDate(a.startDate ?? "?")}`;
      return `${germanDate(a.startDate ?? "?")} bis ${germanDate(typeof a.endDate === "string" ? a.endDate : "?")}`;
    case agreementFindings.contacts:
    case agreementFindings.emails:
      return (app.contacts ?? []).map((c) => c.name ?? "?").join(", ");
    default:
      return "erfüllt";
  }
}

/**
 * Compares the form with what the uploaded agreement says: agreement answers that differ, criteria the
 * form meets and the text does not show, and names in the text that the form lacks. Used in the
 * browser to point people at the difference, and on the server to record it for review.
 */
export function compareWithForm(app: Application, formDecision: Decision, report: AgreementReport): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const findings = new Map<FindingId, Finding>(report.findings.map((f) => [f.id, f]));
  const covered = new Set<FindingId>();
  const formAgreement = app.agreement ?? {};
  const textAgreement = report.facts.agreement ?? {};

  for (const [field, findingId] of agreementFields) {
    const formValue = formAgreement[field];
    const textValue = textAgreement[field];
    if (formValue === undefined || textValue === undefined || formValue === textValue) continue;
    // A fixed end date in the form and "indefinite: false" in the text say the same.
    if (field === "endDate" && (formValue === null || textValue === null) && formAgreement.indefinite === textAgreement.indefinite) continue;
    if (findingId) covered.add(findingId);
    mismatches.push({
      key: `agreement.${field}`,
      field: `agreement.${field}`,
      label: fieldLabel(`agreement.${field}`),
      formValue: show(field, formValue),
      documentValue: show(field, textValue),
      evidence: findingId ? (findings.get(findingId)?.evidence ?? []) : [],
    });
  }

  for (const criterion of formDecision.criteria) {
    const finding = findings.get(criterion.id as FindingId);
    if (!finding || covered.has(finding.id) || criterion.status !== "met" || finding.status !== "missing") continue;
    mismatches.push({
      key: `criterion:${finding.id}`,
      ...(finding.id === agreementFindings.duration ? { field: "agreement.endDate" } : {}),
      label: criterion.title,
      formValue: formAnswer(finding.id, app),
      documentValue: finding.message,
      evidence: finding.evidence,
    });
  }

  // Names compare as people write them: declined ("der Städtischen Gesamtschule"), abbreviated
  // ("Städt.", "StGS"), with titles and forms of address, surname first: never the same institution
  // or person called different.
  const schoolName = report.facts.school?.name;
  if (schoolName !== undefined && app.school?.name !== undefined && !sameInstitutionName(schoolName, app.school.name)) {
    mismatches.push({ key: "school.name", field: "school.name", label: fieldLabel("school.name"), formValue: app.school.name, documentValue: schoolName, evidence: [] });
  }
  const formPartners = (app.partners ?? []).flatMap((p) => (p.name === undefined ? [] : [p.name]));
  (report.facts.partners ?? []).forEach((partner, i) => {
    if (partner.name === undefined || formPartners.length === 0 || formPartners.some((name) => sameInstitutionName(name, partner.name!))) return;
    mismatches.push({
      key: `partners.${i}.name`,
      // With the form's names as hints, the text's partners keep the form's order.
      field: `partners.${Math.min(i, formPartners.length - 1)}.name`,
      label: "Partner",
      formValue: formPartners.join(", "),
      documentValue: partner.name,
      evidence: [],
    });
  });
  const formContacts = (app.contacts ?? []).flatMap((c) => (c.name === undefined ? [] : [c.name]));
  (report.facts.contacts ?? []).forEach((contact, i) => {
    if (contact.name === undefined || formContacts.length === 0 || formContacts.some((name) => samePersonName(name, contact.name!))) return;
    const surname = contact.name.split(" ").pop() ?? contact.name;
    mismatches.push({
      key: `contact:${i}`,
      label: "Ansprechperson",
      formValue: formContacts.join(", "),
      documentValue: contact.name,
      evidence: findings.get(agreementFindings.contacts)?.evidence.filter((e) => e.text.includes(surname)) ?? [],
    });
  });
  return mismatches;
}

/**
 * The reading kept for the reviewer: findings and mismatches with their passages redacted alike
 * (`redactReport`: passages about persons removed), so that a mismatch never shows in clear what its
 * finding hides. Mismatches are compared on the full report, then take their finding's redacted passages.
 */
export function redactedReading(report: AgreementReport, mismatches: readonly Mismatch[]): { findings: Finding[]; mismatches: Mismatch[] } {
  const redacted = redactReport(report);
  const redactedOf = new Map<Evidence, Evidence>();
  report.findings.forEach((finding, i) => finding.evidence.forEach((evidence, j) => redactedOf.set(evidence, redacted.findings[i]?.evidence[j] ?? evidence)));
  return {
    findings: redacted.findings,
    mismatches: mismatches.map((m) => ({ ...m, evidence: m.evidence.map((e) => redactedOf.get(e) ?? e) })),
  };
}
