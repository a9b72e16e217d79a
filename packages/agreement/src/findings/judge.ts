import {
  evaluateSync,
  foldCondition,
  ruleSetFor,
  wholeNumberEdges,
  type Application,
  type Condition,
  type CriterionId,
  type CriterionStatus,
  type Decision,
  type EvaluateOptions,
} from "@bildungspartner/core";
import { agreementFindings } from "./types.js";

/** The core's rules, asked through its public entry: the agreement adapter never re-implements a rule. */
export interface Judge {
  /** The core's Decision over a partial application. */
  decide(app: Application): Decision;
  /** The core's status of one criterion for a partial application. */
  status(app: Application, id: CriterionId): CriterionStatus;
  /** The month count the two-year rule asks for in the rule set in force, for messages; undefined if it names none. */
  readonly minMonths: number | undefined;
  /** The school years the two-year rule accepts instead (from a start in August or September), for messages. */
  readonly minSchoolYears: number | undefined;
}

/** The lowest value a condition implies for one numeric fact when it holds, and when it fails. */
interface Bounds {
  holds: number | undefined;
  fails: number | undefined;
}

const first = (parts: readonly Bounds[], key: keyof Bounds) => parts.find((part) => part[key] !== undefined)?.[key];
const group = (parts: readonly Bounds[]): Bounds => ({ holds: first(parts, "holds"), fails: first(parts, "fails") });

/**
 * The lowest value a rule's conditions accept for a numeric fact (`agreement.coversMonths` ≥ 24 → 24).
 * A comparison that fails gives a bound too (`coversMonths < 24` fails from 24 on), so `not` swaps the
 * two: `not (coversMonths < 24)` holds from 24 on. Within `all` and `any` the first part that names
 * the fact gives it.
 */
function threshold(condition: Condition, fact: string): number | undefined {
  return foldCondition<string, Bounds>(condition, {
    fact: (comparison) => {
      const { operator, value } = comparison;
      if (comparison.fact !== fact || typeof value !== "number") return { holds: undefined, fails: undefined };
      return wholeNumberEdges(operator, value);
    },
    all: group,
    any: group,
    not: (inner) => ({ holds: inner.fails, fails: inner.holds }),
  }).holds;
}

/** A judge for one check; repeated questions are answered from a cache. */
export function makeJudge(options: EvaluateOptions): Judge {
  const cache = new Map<string, Decision>();
  const decide = (app: Application): Decision => {
    const key = JSON.stringify(app);
    let decision = cache.get(key);
    if (!decision) {
      decision = evaluateSync(app, options);
      cache.set(key, decision);
    }
    return decision;
  };
  const ruleSet = ruleSetFor(options);
  const rule = ruleSet.rules.find((r) => r.id === agreementFindings.duration);
  return {
    decide,
    status: (app, id) => decide(app).criteria.find((c) => c.id === id)?.status ?? "unknown",
    minMonths: rule ? threshold(rule.conditions, "agreement.coversMonths") : undefined,
    minSchoolYears: rule ? threshold(rule.conditions, "agreement.schoolYearsReached") : undefined,
  };
}
