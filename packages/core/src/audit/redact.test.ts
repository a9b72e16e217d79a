import { eligible } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { evaluateSync } from "../evaluate/evaluate.js";
import { redact, REDACTED } from "./redact.js";

describe("redact", () => {
  it("removes names and e-mail addresses, in fields and inside texts, without changing the original", () => {
    const report = {
      facts: eligible,
      findings: [{ id: "named-contacts", message: "Gefunden: Anna Schmidt <anna.schmidt@gymnasium-stadtpark.de>" }],
    };
    const clean = redact(report);
    const text = JSON.stringify(clean);
    expect(text).not.toMatch(/anna\.schmidt@|bernd\.meyer@|"Anna Schmidt"|"Bernd Meyer"/);
    expect(clean.facts.contacts[0]).toEqual({ side: "school", name: REDACTED, email: REDACTED });
    expect(clean.findings[0]?.message).toBe(`Gefunden: Anna Schmidt <${REDACTED}>`);
    expect(report.facts.contacts[0]?.email).toBe("anna.schmidt@gymnasium-stadtpark.de");
  });

  it("leaves a Decision readable: it holds no personal data to begin with", () => {
    const decision = evaluateSync(eligible);
    expect(redact(decision)).toEqual(decision);
    expect(JSON.stringify(decision)).not.toMatch(/@|Schmidt|Meyer/);
  });

  it("keeps hostile keys as plain keys", () => {
    const value = JSON.parse('{"__proto__":{"email":"x@y.de"},"a":1}') as Record<string, unknown>;
    const clean = redact(value);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(JSON.stringify(clean)).toBe(`{"__proto__":{"email":"${REDACTED}"},"a":1}`);
  });
});
