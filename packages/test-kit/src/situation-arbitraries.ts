import fc from "fast-check";
import { anyApplication, eligibleApplication } from "./arbitraries.js";

/** A kindergarten or day-care cooperation, otherwise complete and well-formed. */
export const kindergartenApplication: fc.Arbitrary<Record<string, unknown>> = eligibleApplication.chain((app) =>
  fc.constantFrom("kindergarten", "kita").map((type) => ({ ...app, school: { ...app.school, type } })),
);

const decisionStatus = fc.constantFrom("eligible", "needs-review", "not-eligible", "incomplete", "invalid");

/** Decisions as a portal passes them on, sometimes with the kindergarten criterion, sometimes wrong. */
const decision = fc.oneof(
  fc.record({ status: decisionStatus }),
  fc.record({
    status: decisionStatus,
    criteria: fc.array(fc.record({ id: fc.constantFrom("kindergarten-excluded", "min-duration"), status: fc.constantFrom("met", "not-met", "unknown") }), { maxLength: 3 }),
  }),
  fc.record({ status: fc.constantFrom("registered", 1) }),
);

/** Situations of every kind: complete and partial, with and without an application, valid and not. */
export const anySituation: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    application: fc.oneof(eligibleApplication as fc.Arbitrary<unknown>, kindergartenApplication, anyApplication),
    decision,
    registered: fc.oneof(fc.boolean(), fc.constant("ja")),
    flyers: fc.record({ count: fc.oneof(fc.integer({ min: -3, max: 120_000 }), fc.constant(2.5), fc.constant("100")) }, { requiredKeys: [] }),
    funding: fc.record(
      { purpose: fc.constantFrom("project", "training", "permanent", "building"), projectStarted: fc.oneof(fc.boolean(), fc.constant(0)) },
      { requiredKeys: [] },
    ),
    training: fc.record({ servesPartnership: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** Whole ISO dates from the rules' first day to the end of 2035. */
export const asOfDate: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(2023, 4, 31)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
