import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkAgreementText, type AgreementReport, type FindingId, type FindingStatus } from "@bildungspartner/agreement";
import { extractText } from "@bildungspartner/agreement/extract";
import { evaluate, parseApplication } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { docxVersions, generateDocuments, pdfVersions, scanName } from "../scripts/generate-documents.js";

const here = fileURLToPath(new URL("../", import.meta.url));
const names = readdirSync(here)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => file.slice(0, -4))
  .sort();

/** What a corpus text must give: statuses of all findings, a part of the facts, passages in the evidence. */
interface Expected {
  description: string;
  findings: Record<FindingId, FindingStatus>;
  facts: object;
  evidence: Partial<Record<FindingId, string[]>>;
}

const expected = (name: string) => JSON.parse(readFileSync(join(here, `${name}.expected.json`), "utf8")) as Expected;
const statuses = (report: AgreementReport) => Object.fromEntries(report.findings.map((f) => [f.id, f.status]));

describe("the agreement corpus", () => {
  it("has at least 60 agreements, each with its expected findings", () => {
    expect(names.length).toBeGreaterThanOrEqual(60);
    for (const name of names) expect(Object.keys(expected(name).findings)).toHaveLength(6);
  });

  describe.each(names)("%s", (name) => {
    const text = readFileSync(join(here, `${name}.txt`), "utf8");
    const want = expected(name);
    const report = checkAgreementText(text, { asOf: "2026-01-15" });

    it("gives the expected finding for every criterion", () => {
      expect(statuses(report)).toEqual(want.findings);
    });

    it("reads the expected facts, which the core accepts", async () => {
      expect(report.facts).toMatchObject(want.facts);
      expect(parseApplication(report.facts).issues).toEqual([]);
      expect(report.decision).toEqual(await evaluate(report.facts, { asOf: "2026-01-15" }));
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

  it("reports the scan as a PDF without text, not as an agreement that mentions nothing", async () => {
    await expect(extractText(readFileSync(join(documents, scanName)), { type: "pdf" })).rejects.toMatchObject({
      code: "NO_TEXT_LAYER",
      message: expect.stringMatching(/vermutlich ein Scan.*probably a scan/),
    });
  });

  it("come from the committed script, which still writes documents that read the same", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bildungspartner-documents-"));
    const written = await generateDocuments(dir);
    expect(written.sort()).toEqual(readdirSync(documents).sort());
    const extracted = await extractText(readFileSync(join(dir, `${pdfVersions[0]}.pdf`)), { type: "pdf" });
    expect(statuses(checkAgreementText(extracted.text))).toEqual(expected(pdfVersions[0]!).findings);
  });
});
