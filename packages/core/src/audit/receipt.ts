import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { parseApplication } from "../application/application.js";
import { canonicalJson } from "./canonical-json.js";
import { isoDay } from "../application/dates.js";
import type { Decision, EvaluateOptions } from "../evaluate/decision.js";
import { evaluateSync } from "../evaluate/evaluate.js";
import { ruleSetInForce } from "../evaluate/in-force.js";
import type { RuleSet } from "../evaluate/rule-set.js";
import { shippedRuleSets } from "../evaluate/shipped-rules.js";

/**
 * A record of a Decision for audit: what was decided, under which rules, about which input, when.
 * It holds hashes and results only, never the input itself, so it carries no personal data.
 */
export interface Receipt {
  /** Format version of the receipt. */
  receiptVersion: 1;
  /** SHA-256 (hex) of the canonical JSON of the valid fields of the input. */
  inputHash: string;
  /** The rule set used, with the SHA-256 (hex) of its canonical JSON. */
  ruleSet: { version: string; validFrom: string; hash: string };
  /**
   * The outcome: overall status, each criterion's level and status (with the ids of the readings that
   * decided it, when any did), and the codes of input issues.
   */
  results: {
    status: Decision["status"];
    criteria: Array<{ id: string; level: string; status: string; readings?: string[] }>;
    issues: Array<{ path: string; code: string }>;
  };
  /** The date the rules were chosen for (`asOf`), `YYYY-MM-DD`. */
  asOf: string;
  /** When the receipt was made, ISO 8601 UTC. */
  timestamp: string;
}

/** Options of {@link createReceipt} and {@link verifyReceipt}. */
export interface ReceiptOptions extends Pick<EvaluateOptions, "ruleSets"> {
  /** The date whose rules applied; today by default. */
  asOf?: string;
  /** The moment to record; now by default (pass one to make receipts reproducible). */
  now?: Date;
}

const hash = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

const ruleSetHashes = new WeakMap<RuleSet, string>();

/** SHA-256 (hex) of a rule set's canonical JSON: changes whenever any rule, text or date changes. */
export function ruleSetHash(ruleSet: RuleSet): string {
  let value = ruleSetHashes.get(ruleSet);
  if (!value) {
    value = hash(canonicalJson(ruleSet));
    ruleSetHashes.set(ruleSet, value);
  }
  return value;
}


function receiptBody(input: unknown, options: ReceiptOptions, asOf: string): Omit<Receipt, "timestamp"> {
  const ruleSets = options.ruleSets ?? shippedRuleSets();
  const decision = evaluateSync(input, { asOf, ruleSets });
  // The same choice evaluateSync made (and cached) for this date.
  const ruleSet = ruleSetInForce(ruleSets, asOf);
  return {
    receiptVersion: 1,
    // Unknown keys never count, so the hash is of what was decided on.
    inputHash: hash(canonicalJson(parseApplication(input).application)),
    ruleSet: { ...decision.ruleSet, hash: ruleSetHash(ruleSet) },
    results: {
      status: decision.status,
      criteria: decision.criteria.map(({ id, level, status, readings }) => ({
        id,
        level,
        status,
        ...(readings.length > 0 ? { readings: readings.map((reading) => reading.id) } : {}),
      })),
      issues: decision.issues.map(({ path, code }) => ({ path, code })),
    },
    asOf,
  };
}

/**
 * Decides `input` and records the decision as a receipt. The same input, rules and `now` always give
 * a byte-identical receipt (see {@link serializeReceipt}).
 */
export function createReceipt(input: unknown, options: ReceiptOptions = {}): Receipt {
  const now = options.now ?? new Date();
  return { ...receiptBody(input, options, options.asOf ?? isoDay(now)), timestamp: now.toISOString() };
}

/** The receipt as canonical JSON: stable key order, no whitespace. */
export function serializeReceipt(receipt: Receipt): string {
  return canonicalJson(receipt);
}

/** The outcome of {@link verifyReceipt}: valid, or the parts that differ. */
export type ReceiptVerification =
  | { status: "valid" }
  | { status: "mismatch"; differences: Array<"inputHash" | "ruleSet" | "results"> };

/**
 * Recomputes a receipt from the input and the rules (the rule sets given, else the shipped ones) and
 * compares: the input hash, the rule set and its hash, and the results must all be the same.
 */
export function verifyReceipt(receipt: Receipt, input: unknown, options: Pick<ReceiptOptions, "ruleSets"> = {}): ReceiptVerification {
  const again = receiptBody(input, options, receipt.asOf);
  const differences = (["inputHash", "ruleSet", "results"] as const).filter(
    (part) => canonicalJson(again[part]) !== canonicalJson(receipt[part]),
  );
  return differences.length === 0 ? { status: "valid" } : { status: "mismatch", differences };
}
