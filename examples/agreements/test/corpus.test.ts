import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkAgreementText, type AgreementReport, type FindingId } from "@bildungspartner/agreement";
import { extractText, type AgreementError } from "@bildungspartner/agreement/extract";
import { evaluate, parseApplication, type Decision } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { docxVersions, generateDocuments, pdfLibVersions, pdfVersions, scanName } from "../scripts/generate-documents.js";
import { corpusDir as here, corpusNames as names, corpusText, expectedOf as expected, scoreCorpus } from "../scripts/score.js";

const statuses = (report: AgreementReport) => Object.fromEntries(report.findings.map((f) => [f.id, f.status]));
const check = (text: string) => checkAgreementText(text, { asOf: "2026-01-15" });

/**
 * The lowest precision and recall of `found` and of `missing` that any criterion may reach over the
 * corpus: the figures measured when the corpus reached 69 texts (docs/benchmarks.md), all 1.00.
 */
const floor = 1;

/** Criteria whose verdict in the decision rests on what the facts leave out: the addresses, a length's nominal dates. */
const judgedBeyondFacts: readonly FindingId[] = ["personal-email", "min-duration"];
const comparable = (decision: Decision) => decision.criteria.filter((c) => !judgedBeyondFacts.includes(c.id as FindingId));

describe("the agreement corpus", () => {
  it("has at least 60 agreements, each with its expected findings", () => {
    expect(names.length).toBeGreaterThanOrEqual(60);
    for (const name of names) expect(Object.keys(expected(name).findings)).toHaveLength(6);
  });

  it("reaches the measured precision and recall of found and of missing for every criterion", () => {
    const { criteria } = scoreCorpus(check);
    for (const score of criteria) {
      const figures = { id: score.id, found: score.found, missing: score.missing };
      expect(figures, JSON.stringify(score.confusion)).toEqual({
        id: score.id,
        found: { precision: expect.toSatisfy((n: number) => n >= floor), recall: expect.toSatisfy((n: number) => n >= floor) },
        missing: { precision: expect.toSatisfy((n: number) => n >= floor), recall: expect.toSatisfy((n: number) => n >= floor) },
      });
    }
  });

  describe.each(names)("%s", (name) => {
    const text = corpusText(name);
    const want = expected(name);
    const report = check(text);

    it("gives the expected finding for every criterion", () => {
      expect(statuses(report)).toEqual(want.findings);
    });

    it("reads the expected facts, which the core accepts and judges as the report's decision does", async () => {
      // A contact that the text gives only as a mailbox stays in the facts without name; the expected facts list the named ones.
      const named = report.facts.contacts?.filter((c) => c.name !== undefined);
      expect({ ...report.facts, ...(named ? { contacts: named } : {}) }).toMatchObject(want.facts);
      expect(parseApplication(report.facts).issues).toEqual([]);
      expect(comparable(report.decision)).toEqual(comparable(await evaluate(report.facts, { asOf: "2026-01-15" })));
    });

    it("says in every finding what the decision says about its criterion", () => {
      for (const finding of report.findings) {
        const status = report.decision.criteria.find((c) => c.id === finding.id)!.status;
        if (finding.status === "found") expect(status).toBe("met");
        else expect(status).not.toBe("met");
      }
    });

    it("quotes the expected passages, at offsets into the original text", () => {
      for (const finding of report.findings) {
        for (const e of finding.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
      for (const [id, passages] of Object.entries(want.evidence) as Array<[FindingId, string[]]>) {
        const quoted = report.findings.find((f) => f.id === id)!.evidence.map((e) => e.text).join("\n");
        for (const passage of passages) expect(quoted).toContain(passage);
      }
    });
  });
});

describe("PDF and DOCX versions", () => {
  const documents = join(here, "documents");
  const versions = [...pdfVersions.map((n) => [n, "pdf"] as const), ...docxVersions.map((n) => [n, "docx"] as const)];

  it.each(versions)("%s.%s gives the same findings as its text", async (name, type) => {
    const extracted = await extractText(readFileSync(join(documents, `${name}.${type}`)), { type });
    const report = checkAgreementText(extracted.text, { pages: extracted.pages });
    expect(statuses(report)).toEqual(expected(name).findings);
    for (const finding of report.findings) {
      for (const e of finding.evidence) {
        expect(extracted.text.slice(e.start, e.end)).toBe(e.text);
        if (type === "pdf") expect(e.page).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("have tables or two-column pages: at least 20 PDFs and 10 DOCX, as laid out", async () => {
    const tableRow = /^\| .* \|$/mu;
    const read = async (name: string, type: "pdf" | "docx") => extractText(readFileSync(join(documents, `${name}.${type}`)), { type });
    const pdfs: string[] = [];
    for (const { name, layout } of pdfLibVersions) {
      const { text, pages } = await read(name, "pdf");
      if (layout === "tables") expect(text, name).toMatch(tableRow);
      if (layout === "columns") expect(pages.some((page) => page.columns === 2), name).toBe(true);
      if (tableRow.test(text) || pages.some((page) => page.columns === 2)) pdfs.push(name);
    }
    const docx: string[] = [];
    for (const name of docxVersions) if (tableRow.test((await read(name, "docx")).text)) docx.push(name);
    expect(pdfs.length, pdfs.join(", ")).toBeGreaterThanOrEqual(20);
    expect(docx.length, docx.join(", ")).toBeGreaterThanOrEqual(10);
  });

  it("reports the scan as a PDF without text, not as an agreement that mentions nothing", async () => {
    const error = await extractText(readFileSync(join(documents, scanName)), { type: "pdf" }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "NO_TEXT_LAYER", params: { pages: 2 }, message: expect.stringContaining("vermutlich ein Scan") });
    expect((error as AgreementError).messageIn("en")).toContain("probably a scan");
  });

  it("come from the committed script, which still writes documents that read the same", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bildungspartner-documents-"));
    const written = await generateDocuments(dir);
    expect(written.sort()).toEqual(readdirSync(documents).sort());
    const extracted = await extractText(readFileSync(join(dir, `${pdfVersions[0]}.pdf`)), { type: "pdf" });
    expect(statuses(checkAgreementText(extracted.text))).toEqual(expected(pdfVersions[0]!).findings);
  });
});
