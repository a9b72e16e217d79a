import { breakers, criterionId, eligibleApplication, keyPaths, propertyRuns, withoutPath } from "@bildungspartner/test-kit";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { criterionIds } from "./rule-file.js";
import { shippedRuleSets } from "./shipped-rules.js";
import { evaluate, evaluateSync } from "./evaluate.js";

const levelOf = new Map(shippedRuleSets()[0]!.rules.map((rule) => [rule.id, rule.level]));
/** What breaking one criterion does to the whole Decision: a Muss-Kriterium rules out, a Soll-Kriterium leaves it to review. */
const brokenStatus = (id: string) => (levelOf.get(id as never) === "must" ? "not-eligible" : "needs-review");

const statuses = (decision: { criteria: Array<{ id: string; status: string }> }) =>
  Object.fromEntries(decision.criteria.map((c) => [c.id, c.status]));

// fast-check's default of 100 runs, fewer under Stryker
const runs = { numRuns: propertyRuns(100) };

describe("evaluate, properties", () => {
  test.prop([eligibleApplication], runs)("a valid complete application that meets all criteria is eligible", async (app) => {
    const decision = await evaluate(app);
    expect(decision.issues).toEqual([]);
    expect(decision.status).toBe("eligible");
  });

  test.prop([eligibleApplication, criterionId, fc.nat()], runs)(
    "breaking one criterion makes exactly that criterion not met, and the Decision not eligible or to be reviewed by its level",
    async (app, id, choice) => {
      const decision = await evaluate(breakers[id](app, choice));
      expect(decision.issues).toEqual([]);
      expect(decision.status).toBe(brokenStatus(id));
      for (const criterion of decision.criteria) {
        expect([criterion.id, criterion.status]).toEqual([criterion.id, criterion.id === id ? "not-met" : "met"]);
      }
    },
  );

  test.prop([eligibleApplication, criterionId, fc.nat(), fc.nat(), fc.nat()], runs)(
    "the order of partners and contacts never changes the result",
    async (original, id, choice, partnerSeed, contactSeed) => {
      const app = choice % 3 === 0 ? original : breakers[id](original, choice);
      const order = app.partners.map((_, i) => i);
      // a deterministic shuffle from the seed
      for (let i = order.length - 1; i > 0; i--) {
        const j = (partnerSeed + i * 7) % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const newIndex = new Map(order.map((oldIndex, newI) => [oldIndex, newI]));
      const contacts = app.contacts.map((c) => (c.partner === undefined ? c : { ...c, partner: newIndex.get(c.partner)! }));
      const rotation = contactSeed % contacts.length;
      const reordered = {
        ...app,
        partners: order.map((i) => app.partners[i]!),
        contacts: [...contacts.slice(rotation), ...contacts.slice(0, rotation)].reverse(),
      };
      expect(statuses(await evaluate(reordered))).toEqual(statuses(await evaluate(app)));
    },
  );

  test.prop([eligibleApplication, criterionId, fc.nat(), fc.nat()], runs)(
    "removing a field never turns not-eligible or needs-review into eligible, nor a not-met criterion into met",
    async (original, id, choice, pathSeed) => {
      const app = breakers[id](original, choice);
      const paths = keyPaths(app);
      const reduced = withoutPath(app, paths[pathSeed % paths.length]!);
      const before = await evaluate(app);
      const after = await evaluate(reduced);
      expect(before.status).toBe(brokenStatus(id));
      expect(after.status).not.toBe("eligible");
      for (const criterion of before.criteria) {
        if (criterion.status === "not-met") expect(statuses(after)[criterion.id]).not.toBe("met");
      }
    },
  );

  test.prop([fc.oneof(eligibleApplication, fc.jsonValue())], runs)("evaluation is deterministic", async (input) => {
    expect(await evaluate(input)).toEqual(await evaluate(structuredClone(input)));
  });

  test.prop([fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true })], runs)(
    "any value as input returns a Decision",
    async (input) => {
      const decision = await evaluate(input);
      expect(["eligible", "needs-review", "not-eligible", "incomplete", "invalid"]).toContain(decision.status);
      expect(decision.criteria).toHaveLength(10);
      expect(decision.status === "invalid").toBe(decision.issues.length > 0);
    },
  );

  test.prop([eligibleApplication, fc.subarray([...criterionIds]), fc.nat()], runs)(
    "a Soll-Kriterium never makes a Decision not eligible: not-eligible always names a Muss-Kriterium not met",
    async (original, broken, choice) => {
      const app = broken.reduce((result, id) => breakers[id](result, choice), original);
      const decision = await evaluate(app);
      expect(evaluateSync(app)).toEqual(decision);
      const mustNotMet = decision.criteria.some((c) => c.level === "must" && c.status === "not-met");
      const shouldNotMet = decision.criteria.some((c) => c.level === "should" && c.status === "not-met");
      expect(decision.status === "not-eligible").toBe(mustNotMet);
      if (!mustNotMet && shouldNotMet) expect(decision.status).toBe("needs-review");
      // every status has next steps; only a submittable one is told to submit
      expect(decision.nextSteps.length).toBeGreaterThan(0);
      const submit = decision.nextSteps.some((step) => step.message.startsWith("Bitte reichen Sie"));
      expect(submit).toBe(decision.status === "eligible" || decision.status === "needs-review");
    },
  );

  test.prop([fc.jsonValue()], runs)("any JSON value gives the same Decision from evaluate and evaluateSync", async (input) => {
    expect(evaluateSync(input)).toEqual(await evaluate(input));
  });

  test.prop([eligibleApplication, fc.constantFrom("__proto__", "constructor", "prototype"), fc.nat(), fc.jsonValue()], runs)(
    "__proto__, constructor and prototype keys change nothing and pollute nothing",
    async (app, key, where, payload) => {
      const objectPaths = [[], ...keyPaths(app)].filter((path) => {
        let target: unknown = app;
        for (const k of path) target = (target as Record<string, unknown>)[k];
        return typeof target === "object" && target !== null && !Array.isArray(target);
      });
      const path = objectPaths[where % objectPaths.length]!;
      const hostile = structuredClone(app) as Record<string, unknown>;
      let target = hostile;
      for (const k of path) target = target[k] as Record<string, unknown>;
      // defineProperty makes an own "__proto__" key, as JSON.parse does
      Object.defineProperty(target, key, { value: { polluted: true, payload }, enumerable: true, configurable: true, writable: true });
      const parsed = JSON.parse(JSON.stringify(hostile)) as unknown;
      const expected = await evaluate(app);
      expect(await evaluate(parsed)).toEqual(expected);
      expect(evaluateSync(parsed)).toEqual(expected);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    },
  );
});
