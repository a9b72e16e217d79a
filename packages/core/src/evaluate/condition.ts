import type { Condition, FactCondition } from "./rule-file.js";

/**
 * What to make of each kind of node of a condition tree. `path` is the node's dotted JSON path below
 * the condition it starts from (`all.0.any.1`), for tools that report where something stands.
 */
export interface ConditionFolder<F extends string, R> {
  fact(condition: FactCondition<F>, path: string): R;
  all(parts: readonly R[], path: string): R;
  any(parts: readonly R[], path: string): R;
  not(inner: R, path: string): R;
}

const below = (path: string, key: string | number) => (path === "" ? String(key) : `${path}.${key}`);

/**
 * Folds a condition tree bottom-up: the one walk over `all`, `any`, `not` and fact comparisons that
 * every tool visiting conditions shares (prose, lint, diff, fact lists, thresholds), so none of them
 * can forget a kind of node.
 */
export function foldCondition<F extends string, R>(condition: Condition<F>, folder: ConditionFolder<F, R>, path = ""): R {
  if ("fact" in condition) return folder.fact(condition, path);
  if ("all" in condition) return folder.all(condition.all.map((part, i) => foldCondition(part, folder, below(below(path, "all"), i))), path);
  if ("any" in condition) return folder.any(condition.any.map((part, i) => foldCondition(part, folder, below(below(path, "any"), i))), path);
  return folder.not(foldCondition(condition.not, folder, below(path, "not")), path);
}

/** Every fact comparison of a condition tree, in order. */
export function factConditions<F extends string>(condition: Condition<F>): FactCondition<F>[] {
  return foldCondition<F, FactCondition<F>[]>(condition, {
    fact: (comparison) => [comparison],
    all: (parts) => parts.flat(),
    any: (parts) => parts.flat(),
    not: (inner) => inner,
  });
}
