import * as core from "@bildungspartner/core";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { eligibleApplication } from "./fixtures.js";
import { agreementFile, serverPerTest, submissionForm } from "./server.js";

// Every package (the portal, forms, agreement) reaches core's parser and evaluators through these
// exports; each call is recorded with its input and its result.
vi.mock("@bildungspartner/core", async (importOriginal) => {
  const original = await importOriginal<typeof core>();
  return {
    ...original,
    parseApplication: vi.fn(original.parseApplication),
    checkApplication: vi.fn(original.checkApplication),
    decideApplication: vi.fn(original.decideApplication),
    evaluate: vi.fn(original.evaluate),
    evaluateSync: vi.fn(original.evaluateSync),
  };
});

const readers = ["parseApplication", "checkApplication", "decideApplication", "evaluate", "evaluateSync"] as const;
const evaluators = new Set<string>(["decideApplication", "evaluate", "evaluateSync"]);

/** Each call of core's readers, in order, with the Decision it gave. */
async function callsOfCore(): Promise<{ reader: string; input: unknown; result: unknown }[]> {
  const calls = readers.flatMap((reader) =>
    vi.mocked(core[reader]).mock.calls.map((args, i) => ({ reader, input: args[0], result: vi.mocked(core[reader]).mock.results[i]?.value as unknown, order: vi.mocked(core[reader]).mock.invocationCallOrder[i]! })),
  );
  const settled = await Promise.all(calls.map(async (call) => ({ ...call, result: await call.result })));
  return settled.sort((a, b) => a.order - b.order);
}

const decisionOf = (result: unknown): unknown => (result !== null && typeof result === "object" && "decision" in result ? result.decision : result);

describe("POST /api/registrations", () => {
  const server = serverPerTest();

  it("parses and evaluates the submitted application once", async () => {
    const application = eligibleApplication();
    vi.clearAllMocks();
    const response = await fetch(`${server().url}/api/registrations`, { method: "POST", body: submissionForm(application, agreementFile()) });
    expect(response.status).toBe(201);

    // The body: a value equal to what was sent (the agreement reader decides other applications, read from the text).
    const fromBody = new WeakSet<object>();
    let parses = 0;
    const decisions = new Set<unknown>();
    for (const { reader, input, result } of await callsOfCore()) {
      const raw = isDeepStrictEqual(input, application);
      if (!raw && !(typeof input === "object" && input !== null && fromBody.has(input))) continue;
      if (raw) parses++;
      if (typeof result === "object" && result !== null) fromBody.add(result);
      if (evaluators.has(reader)) decisions.add(decisionOf(result));
    }
    expect(parses).toBe(1);
    expect(decisions.size).toBe(1);
  });
});
