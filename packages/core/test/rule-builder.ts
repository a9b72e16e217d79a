import { factNames, type Facts, type FactName, type FactValue } from "../src/application/facts.js";
import type { CriterionId, RuleFile, TopLevelCondition } from "../src/evaluate/rule-file.js";
import type { RuleSet } from "../src/evaluate/rule-set.js";

const text = (de: string) => ({ de, en: `${de} (en)` });

/** A rule file with the given conditions; texts name the criterion so tests can tell them apart. */
export function ruleWith(id: CriterionId, conditions: TopLevelCondition): RuleFile {
  return {
    id,
    level: "must",
    title: text(`Titel ${id}`),
    description: text(`Beschreibung ${id}`),
    messages: { met: text(`erfüllt ${id}`), notMet: text(`nicht erfüllt ${id}`), unknown: text(`offen ${id}`) },
    source: { quote: `Zitat ${id}`, url: `https://example.org/${id}` },
    validFrom: "2023-05-31",
    conditions,
  };
}

/** A rule set of the given rules. */
export const ruleSetOf = (...rules: RuleFile[]): RuleSet => ({
  version: "9.9.9",
  validFrom: "2023-05-31",
  rules,
  nextSteps: { eligible: [], "needs-review": [] },
});

/** Facts with every fact unknown except the given ones. */
export function factsWith(values: Partial<Record<FactName, FactValue>> = {}): Facts {
  return { ...Object.fromEntries(factNames.map((name) => [name, null])), ...values } as Facts;
}
