import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRuleCases } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { run, type FileDecision } from "../src/index.js";
import { bufferIo } from "./buffer-io.js";

describe("the rules' example cases through the CLI", () => {
  it("give the expected criterion status for every case", async () => {
    const cases = loadRuleCases();
    const dir = mkdtempSync(join(tmpdir(), "bildungspartner-cases-"));
    const files = cases.map((c, i) => {
      const file = join(dir, `${String(i).padStart(3, "0")}-${c.criterion}.json`);
      writeFileSync(file, JSON.stringify(c.input));
      return file;
    });
    const io = bufferIo();
    await run(["check", "--format", "json", ...files], io);
    const decisions = JSON.parse(io.out()) as FileDecision[];
    expect(decisions).toHaveLength(cases.length);
    cases.forEach((c, i) => {
      const status = decisions[i]?.criteria.find((r) => r.id === c.criterion)?.status;
      expect({ case: `${c.criterion}: ${c.name}`, status }).toEqual({ case: `${c.criterion}: ${c.name}`, status: c.expected });
    });
  });
});
