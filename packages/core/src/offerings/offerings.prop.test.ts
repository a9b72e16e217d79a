import { anySituation, asOfDate, eligibleApplication, kindergartenApplication } from "@bildungspartner/test-kit";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { OfferingId } from "./offering-rules.js";
import { offerings, offeringsWithEngine } from "./offerings.js";

/** Offerings only a registered partnership gets. */
const registeredOnly: readonly OfferingId[] = ["logo-and-web-presence", "competition", "archive-funding"];

/** Offerings whose source names no condition: every cooperation gets them, registered or not. */
const unconditional: readonly OfferingId[] = ["flyers", "newsletter-and-congress", "templates"];

const available = (report: ReturnType<typeof offerings>) => report.offerings.filter((o) => o.status === "available").map((o) => o.id);

// The differential test that lets the compiled offering rules stand beside json-rules-engine. Each
// run evaluates the situation's application twice for eligibility as well, hence the longer timeout
// on a loaded machine.
describe("offerings (compiled) against json-rules-engine", () => {
  test.prop([anySituation, asOfDate, fc.constantFrom("de" as const, "en" as const)], { numRuns: 1500 })(
    "give the same report for valid, partial and invalid situations",
    async (situation, asOf, lang) => {
      expect(offerings(situation, { asOf, lang })).toEqual(await offeringsWithEngine(situation, { asOf, lang }));
    },
    30_000,
  );

  test.prop([fc.jsonValue({ maxDepth: 4 })], { numRuns: 500 })("agree on arbitrary JSON", async (input) => {
    expect(offerings(input, { asOf: "2026-01-15" })).toEqual(await offeringsWithEngine(input, { asOf: "2026-01-15" }));
  });
});

describe("offerings: properties", () => {
  test.prop([kindergartenApplication, anySituation])(
    "a kindergarten cooperation is never registered: it gets only what needs neither registration nor a school",
    (application, rest) => {
      const report = offerings({ ...rest, application }, { asOf: "2026-01-15" });
      expect(report.registered).toBe(false);
      // On-site training depends only on what the training serves, which the situation answers.
      const others = available(report).filter((id) => !unconditional.includes(id) && id !== "on-site-training");
      expect(others).toEqual([]);
    },
  );

  test.prop([anySituation])("flyers, newsletter and templates are available to every cooperation", (situation) => {
    const report = offerings(situation, { asOf: "2026-01-15" });
    for (const id of unconditional) expect(report.offerings.find((o) => o.id === id)?.status, id).toBe("available");
  });

  test.prop([anySituation])("a partnership that is not registered gets no registered-only offer as available", (situation) => {
    const report = offerings(situation, { asOf: "2026-01-15" });
    fc.pre(report.registered !== true);
    for (const id of registeredOnly) expect(report.offerings.find((o) => o.id === id)?.status, id).not.toBe("available");
  });

  test.prop([anySituation])("explicitly not registered: every registered-only offer is not available", (situation) => {
    const report = offerings({ ...situation, registered: false }, { asOf: "2026-01-15" });
    for (const id of registeredOnly) expect(report.offerings.find((o) => o.id === id)?.status, id).toBe("not-available");
  });

  test.prop([eligibleApplication, fc.constantFrom(undefined, "eligible", "needs-review")])(
    "an eligible application is not registered by the self-check: what needs registration stays unknown, with the submission as next step",
    (application, status) => {
      const report = offerings(status === undefined ? { application } : { application, decision: { status } }, { asOf: "2026-01-15" });
      expect(report.issues).toEqual([]);
      expect(report.registered).toBeNull();
      for (const id of ["logo-and-web-presence", "competition"] as const) {
        const offering = report.offerings.find((o) => o.id === id)!;
        expect(offering.status, id).toBe("unknown");
        expect(offering.missing, id).toEqual(["registered"]);
        expect(offering.nextSteps.join(" "), id).toMatch(/unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW einreichen/);
      }
      for (const id of ["flyers", "biparcours", "advice-and-materials", "newsletter-and-congress", "templates"] as const) {
        expect(report.offerings.find((o) => o.id === id)?.status, id).toBe("available");
      }
    },
  );

  test.prop([eligibleApplication])("registered: true makes logo, competition and the rest available to an eligible application", (application) => {
    const report = offerings({ application, registered: true }, { asOf: "2026-01-15" });
    expect(report.registered).toBe(true);
    for (const id of ["logo-and-web-presence", "competition", "flyers", "newsletter-and-congress", "templates"] as const) {
      expect(report.offerings.find((o) => o.id === id)?.status, id).toBe("available");
    }
  });

  test.prop([anySituation, asOfDate])("is deterministic and does not change its input", (situation, asOf) => {
    const copy = structuredClone(situation);
    const first = offerings(situation, { asOf });
    expect(offerings(situation, { asOf })).toEqual(first);
    expect(situation).toEqual(copy);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  test.prop([anySituation])("never offers permanent funding, partner matching or kindergarten registration", (situation) => {
    const report = offerings(situation, { asOf: "2026-01-15" });
    for (const id of ["permanent-funding", "partner-matching", "kindergarten-registration"]) {
      expect(report.offerings.find((o) => o.id === id)?.status, id).toBe("not-available");
    }
  });

  test.prop([anySituation])("unknown results say what is missing, others do not", (situation) => {
    for (const offering of offerings(situation, { asOf: "2026-01-15" }).offerings) {
      if (offering.status === "unknown") expect(offering.missing?.length, offering.id).toBeGreaterThan(0);
      else expect(offering.missing).toBeUndefined();
    }
  });
});
