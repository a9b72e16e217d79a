import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AgreementReport, FindingId, FindingStatus } from "@bildungspartner/agreement";

/** The corpus folder: every `NN-name.txt` with its `NN-name.expected.json`. */
export const corpusDir = fileURLToPath(new URL("../", import.meta.url));

/** What a corpus text must give: statuses of all findings, a part of the facts, passages in the evidence. */
export interface Expected {
  description: string;
  findings: Record<FindingId, FindingStatus>;
  facts: object;
  evidence: Partial<Record<FindingId, string[]>>;
}

/**
 * The blind set: agreements written by people who never saw the corpus or the reader, kept out of
 * the tuning loop, so that its figures say how the reader does on wording nobody here wrote.
 */
export const blindDir = join(corpusDir, "blind");

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

/** Per criterion: the confusion counts (expected → given) and precision and recall of `found` and of `missing`. */
export interface CriterionScore {
  id: FindingId;
  /** `confusion[expected][given]`: how many texts a careful reader marks `expected` and the check `given`. */
  confusion: Record<FindingStatus, Record<FindingStatus, number>>;
  found: { precision: number; recall: number };
  missing: { precision: number; recall: number };
}

/** Precision and recall of one status; 1 when there is nothing to get wrong. */
function rates(confusion: CriterionScore["confusion"], status: FindingStatus): { precision: number; recall: number } {
  const given = statuses.reduce((sum, e) => sum + confusion[e][status], 0);
  const expected = statuses.reduce((sum, g) => sum + confusion[status][g], 0);
  const right = confusion[status][status];
  return { precision: given === 0 ? 1 : right / given, recall: expected === 0 ? 1 : right / expected };
}

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
        confusion = { found: { found: 0, missing: 0, unclear: 0 }, missing: { found: 0, missing: 0, unclear: 0 }, unclear: { found: 0, missing: 0, unclear: 0 } };
        scores.set(finding.id, confusion);
      }
      confusion[expected][finding.status] += 1;
      if (expected !== finding.status) differing.push({ name, id: finding.id, expected, given: finding.status });
    }
  }
  const criteria = [...scores].map(([id, confusion]) => ({ id, confusion, found: rates(confusion, "found"), missing: rates(confusion, "missing") }));
  return { criteria, differing };
}
