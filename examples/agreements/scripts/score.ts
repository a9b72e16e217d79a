import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AgreementReport, FindingId, FindingStatus, PageSpan } from "@bildungspartner/agreement";
import { extractText, type DocumentType } from "@bildungspartner/agreement/extract";

/** The corpus folder: every `NN-name.txt` with its `NN-name.expected.json`. */
export const corpusDir = fileURLToPath(new URL("../", import.meta.url));

/** What a corpus text must give: statuses of all findings, a part of the facts, passages in the evidence. */
export interface Expected {
  description: string;
  findings: Record<FindingId, FindingStatus>;
  facts: object;
  evidence: Partial<Record<FindingId, string[]>>;
}

/** The names of the texts in a folder, without extension, in order. */
export const namesIn = (dir: string): readonly string[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .map((file) => file.slice(0, -4))
    .sort();

/** The names of the corpus texts, without extension, in order. */
export const corpusNames: readonly string[] = namesIn(corpusDir);

export const corpusText = (name: string, dir = corpusDir): string => readFileSync(join(dir, `${name}.txt`), "utf8");
export const expectedOf = (name: string, dir = corpusDir): Expected =>
  JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected;

const statuses: readonly FindingStatus[] = ["found", "missing", "unclear"];

/** Confusion counts of one criterion, all zero. */
const emptyConfusion = (): CriterionScore["confusion"] => ({
  found: { found: 0, missing: 0, unclear: 0 },
  missing: { found: 0, missing: 0, unclear: 0 },
  unclear: { found: 0, missing: 0, unclear: 0 },
});

/** Per criterion: the confusion counts (expected → given) and precision and recall of `found` and of `missing`. */
export interface CriterionScore {
  id: FindingId;
  /** `confusion[expected][given]`: how many texts a careful reader marks `expected` and the check `given`. */
  confusion: Record<FindingStatus, Record<FindingStatus, number>>;
  found: { precision: number; recall: number };
  missing: { precision: number; recall: number };
}

/** Precision and recall of one status; 1 when there is nothing to get wrong. */
function rate(confusion: CriterionScore["confusion"], status: FindingStatus): { precision: number; recall: number } {
  const given = statuses.reduce((sum, e) => sum + confusion[e][status], 0);
  const expected = statuses.reduce((sum, g) => sum + confusion[status][g], 0);
  const right = confusion[status][status];
  return { precision: given === 0 ? 1 : right / given, recall: expected === 0 ? 1 : right / expected };
}

/** Precision and recall of `found` and of `missing` from a criterion's confusion counts. */
export const rates = (confusion: CriterionScore["confusion"]): Pick<CriterionScore, "found" | "missing"> => ({
  found: rate(confusion, "found"),
  missing: rate(confusion, "missing"),
});

/** Scores a check over the texts of a folder (the corpus by default): per criterion, and the texts whose findings differ from the expected ones. */
export function scoreCorpus(check: (text: string) => AgreementReport, dir = corpusDir): { criteria: CriterionScore[]; differing: Array<{ name: string; id: FindingId; expected: FindingStatus; given: FindingStatus }> } {
  const scores = new Map<FindingId, CriterionScore["confusion"]>();
  const differing: Array<{ name: string; id: FindingId; expected: FindingStatus; given: FindingStatus }> = [];
  for (const name of namesIn(dir)) {
    const want = expectedOf(name, dir).findings;
    for (const finding of check(corpusText(name, dir)).findings) {
      const expected = want[finding.id];
      let confusion = scores.get(finding.id);
      if (!confusion) {
        confusion = emptyConfusion();
        scores.set(finding.id, confusion);
      }
      confusion[expected][finding.status] += 1;
      if (expected !== finding.status) differing.push({ name, id: finding.id, expected, given: finding.status });
    }
  }
  const criteria = [...scores].map(([id, confusion]) => ({ id, confusion, ...rates(confusion) }));
  return { criteria, differing };
}

/** One file of a set: a text, or a PDF or DOCX version of it, scored against the text's expectations. */
export interface SetFile {
  /** The agreement's name: its `.txt` and `.expected.json` without extension. */
  readonly name: string;
  readonly file: string;
  readonly type: DocumentType;
}

/** Every file of a set: each `NAME.txt`, and `NAME.pdf` / `NAME.docx` beside it when there are. */
export function filesIn(dir: string): SetFile[] {
  const present = new Set(readdirSync(dir));
  return namesIn(dir).flatMap((name) =>
    (["txt", "pdf", "docx"] as const).filter((type) => present.has(`${name}.${type}`)).map((type) => ({ name, file: `${name}.${type}`, type })),
  );
}

/**
 * How a set fared, counted per finding: right; confidently opposite (`found` where a careful reader
 * says `missing`, or the reverse); definite where the text leaves it open (`found`/`missing` where the
 * reader says `unclear`); and `unclear` where the text is clear.
 */
export interface SetScore {
  readonly files: number;
  readonly findings: number;
  readonly right: number;
  readonly confidentlyOpposite: number;
  readonly definiteWhereOpen: number;
  readonly unclearWhereClear: number;
  readonly criteria: ReadonlyArray<{ id: FindingId; confusion: CriterionScore["confusion"] }>;
  readonly differing: ReadonlyArray<{ file: string; id: FindingId; expected: FindingStatus; given: FindingStatus }>;
}

/** Scores every file of a set (documents through `extractText`, as the CLI reads them) with `check`. */
export async function scoreSet(dir: string, check: (text: string, pages: readonly PageSpan[]) => AgreementReport): Promise<SetScore> {
  const confusions = new Map<FindingId, CriterionScore["confusion"]>();
  const differing: Array<{ file: string; id: FindingId; expected: FindingStatus; given: FindingStatus }> = [];
  const files = filesIn(dir);
  let right = 0;
  let findings = 0;
  let confidentlyOpposite = 0;
  let definiteWhereOpen = 0;
  let unclearWhereClear = 0;
  for (const file of files) {
    const want = expectedOf(file.name, dir).findings;
    const { text, pages } = await extractText(readFileSync(join(dir, file.file)), { type: file.type });
    for (const finding of check(text, pages).findings) {
      const expected = want[finding.id];
      const given = finding.status;
      let confusion = confusions.get(finding.id);
      if (!confusion) {
        confusion = emptyConfusion();
        confusions.set(finding.id, confusion);
      }
      confusion[expected][given] += 1;
      findings += 1;
      if (expected === given) {
        right += 1;
        continue;
      }
      differing.push({ file: file.file, id: finding.id, expected, given });
      if (expected === "unclear") definiteWhereOpen += 1;
      else if (given === "unclear") unclearWhereClear += 1;
      else confidentlyOpposite += 1;
    }
  }
  const criteria = [...confusions].map(([id, confusion]) => ({ id, confusion }));
  return { files: files.length, findings, right, confidentlyOpposite, definiteWhereOpen, unclearWhereClear, criteria, differing };
}
