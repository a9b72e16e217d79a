import { afterEach, describe, expect, it } from "vitest";
import { agreementText, eligibleApplication } from "../../test/fixtures.js";
import { agreementBudget, agreementPool, type AgreementPool } from "./agreement-pool.js";

const pools: AgreementPool[] = [];
const poolOf = (budget: Partial<typeof agreementBudget>) => {
  const pool = agreementPool({ ...agreementBudget, ...budget });
  pools.push(pool);
  return pool;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

const file = (text: string) => ({ bytes: new TextEncoder().encode(text), type: "txt" as const, application: eligibleApplication() });

describe("agreementPool", () => {
  it("reads a file in a worker thread and gives the report", async () => {
    const outcome = await poolOf({}).read(file(agreementText().join("\n")));
    if (outcome.kind !== "read") throw new Error(JSON.stringify(outcome));
    expect(outcome.report.findings.filter((f) => f.status === "found")).toHaveLength(outcome.report.findings.length);
  });

  it("refuses at once what would wait beyond the queue", async () => {
    const pool = poolOf({ threads: 1, queue: 1 });
    const outcomes = await Promise.all([pool.read(file("a")), pool.read(file("b")), pool.read(file("c"))]);
    expect(outcomes.map((o) => o.kind)).toEqual(["read", "read", "busy"]);
  });

  it("stops a file over its time budget and says what to do", async () => {
    const outcome = await poolOf({ timeMs: 1 }).read(file(agreementText().join("\n").repeat(200)));
    expect(outcome).toEqual({ kind: "refused", reason: "too-large", message: expect.stringMatching(/nicht in der vorgesehenen Zeit \(1 s\) lesen\. Bitte speichern Sie/) });
  });

  it("ends a file that needs more memory than allowed in a refusal that says what to do, never a crash", async () => {
    // Enough to start and load the readers, not to read two million characters: the worker dies at its
    // limit, or its garbage collector runs until the time budget ends it; either is over the budget.
    const outcome = await poolOf({ memoryMb: 24, timeMs: 5_000 }).read(file(agreementText().join("\n").repeat(2400).slice(0, 1_990_000)));
    expect(outcome).toEqual({ kind: "refused", reason: "too-large", message: expect.stringMatching(/(zu viel Speicher|vorgesehenen Zeit \(5 s\))\. Bitte speichern Sie/) });
  });
});
