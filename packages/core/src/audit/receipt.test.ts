import { anyApplication, eligible } from "@bildungspartner/test-kit";
import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createReceipt, ruleSetHash, serializeReceipt, verifyReceipt } from "./receipt.js";
import { loadRules } from "../tooling/rule-loading.js";
import { criteriaSpec } from "../evaluate/rule-set.js";
import { shippedRuleSets } from "../evaluate/shipped-rules.js";

const now = new Date("2026-11-26T10:00:00.000Z");

describe("receipts", () => {
  it("record input hash, rule set and hash, results and timestamp, but no personal data", () => {
    const receipt = createReceipt(eligible, { now, asOf: "2026-11-26" });
    expect(receipt).toMatchObject({
      receiptVersion: 1,
      ruleSet: { version: "1.0.0", validFrom: "2023-05-31" },
      results: { status: "eligible", issues: [] },
      asOf: "2026-11-26",
      timestamp: "2026-11-26T10:00:00.000Z",
    });
    expect(receipt.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.ruleSet.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.results.criteria).toHaveLength(10);
    const text = serializeReceipt(receipt);
    expect(text).not.toMatch(/Schmidt|@/);
  });

  it("record the readings that decided a criterion, by id", () => {
    const club = { ...eligible, partners: [{ name: "TuS Musterstadt 1898 e. V.", category: "sports-club", municipal: false, supraRegional: false }] };
    const receipt = createReceipt(club, { now, asOf: "2026-11-26" });
    expect(receipt.results.status).toBe("needs-review");
    expect(receipt.results.criteria.find((c) => c.id === "third-partner")).toEqual({
      id: "third-partner",
      level: "should",
      status: "not-met",
      readings: ["kommunal", "local-club-or-stage-without-municipal-partner"],
    });
    expect(createReceipt(eligible, { now }).results.criteria.find((c) => c.id === "min-duration")).toEqual({ id: "min-duration", level: "should", status: "met" });
    expect(verifyReceipt(receipt, club)).toEqual({ status: "valid" });
  });

  it("verify against the same input and rules, and name what differs otherwise", () => {
    const receipt = createReceipt(eligible, { now });
    expect(verifyReceipt(receipt, eligible)).toEqual({ status: "valid" });
    const changed = { ...eligible, agreement: { ...eligible.agreement, written: false } };
    expect(verifyReceipt(receipt, changed)).toEqual({ status: "mismatch", differences: ["inputHash", "results"] });
    const tampered = { ...receipt, results: { ...receipt.results, status: "not-eligible" as const } };
    expect(verifyReceipt(tampered, eligible)).toEqual({ status: "mismatch", differences: ["results"] });
  });

  it("change the rule-set hash when a rule changes", () => {
    const current = shippedRuleSets()[0]!;
    const files = Object.fromEntries(current.rules.map((r) => [`${r.id}.json`, r.id === "written-agreement" ? { ...r, messages: { ...r.messages, met: { de: "Ja.", en: "Yes." } } } : r]));
    const reworded = loadRules(criteriaSpec, { version: "1.0.0", validFrom: "2023-05-31", criteria: current.rules.map((r) => r.id) }, files);
    expect(ruleSetHash(reworded)).not.toBe(ruleSetHash(current));
    const receipt = createReceipt(eligible, { now });
    expect(verifyReceipt(receipt, eligible, { ruleSets: [reworded] })).toEqual({ status: "mismatch", differences: ["ruleSet"] });
  });

  test.prop([anyApplication])("are byte-identical for the same input, rules and time", (input) => {
    const first = serializeReceipt(createReceipt(input, { now }));
    const second = serializeReceipt(createReceipt(structuredClone(input), { now }));
    expect(second).toBe(first);
    expect(verifyReceipt(JSON.parse(first), input)).toEqual({ status: "valid" });
  });
});
