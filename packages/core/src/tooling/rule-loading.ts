import * as z from "zod/mini";
import { RuleFileError } from "../errors.js";
import { checkSchema, ruleProblem, schemaProblems, type RuleFolderFiles, type RuleProblem } from "./rule-problems.js";

/**
 * What loading and checking one kind of rule set needs to know about it: the one generic path below
 * (parse, problems, load, example-case files) reads every kind through this description, so the
 * kinds cannot drift apart. A {@link RuleKind} adds what the tools need beyond loading.
 */
export interface RuleSetSpec<R extends { readonly id: string } = { readonly id: string }, RS = unknown, S extends string = string> {
  /** The kind's name: `criteria` or `offerings`. */
  readonly name: "criteria" | "offerings";
  /** Allowed rule ids, in reading order. */
  readonly ids: readonly string[];
  /** The manifest's list of rule ids (`criteria`). */
  readonly list: string;
  /** The key naming the rule in an example-case file (`criterion`). */
  readonly caseKey: string;
  /** The statuses a rule of this kind gives, and an example case may expect. */
  readonly statuses: readonly [S, ...S[]];
  /** The schema of one rule file. */
  readonly ruleSchema: z.ZodMiniType;
  /** The schema of `ruleset.json`. */
  readonly manifestSchema: z.ZodMiniType;
  /** The rule set from its parsed manifest and its rules, in the manifest's order. */
  build(manifest: Readonly<Record<string, unknown>>, rules: R[]): RS;
}

/** The file name of a rule set's manifest in problems. */
export const MANIFEST_FILE = "ruleset.json";

/**
 * Every problem of one rule file's parsed JSON against its kind's schema, in document order. Empty
 * exactly when {@link parseRule} accepts it; `parseRule` throws the first of them.
 */
export function ruleProblems(kind: RuleSetSpec, file: string, content: unknown): RuleProblem[] {
  return schemaProblems(file, kind.ruleSchema, content, kind.name);
}

/** Validates the parsed JSON of one rule file of a kind; throws {@link RuleFileError} with the first of {@link ruleProblems}. */
export function parseRule<R extends { readonly id: string }>(kind: RuleSetSpec<R>, file: string, content: unknown): R {
  const checked = checkSchema(file, kind.ruleSchema, content, kind.name);
  if (!checked.ok) throw new RuleFileError(checked.problems[0]!);
  return checked.data as R;
}

/**
 * Every problem of a rule set: the manifest `ruleset.json`, ids it lists twice, rule files that are
 * missing or whose id does not match their name, and every problem inside each listed rule file.
 * `files` maps file names (`min-duration.json`) to parsed JSON. Empty exactly when {@link loadRules}
 * accepts the same arguments; `loadRules` throws the first of them.
 */
export function rulesProblems(kind: RuleSetSpec, manifest: unknown, files: RuleFolderFiles): RuleProblem[] {
  const manifestProblems = schemaProblems(MANIFEST_FILE, kind.manifestSchema, manifest, kind.name);
  if (manifestProblems.length > 0) return manifestProblems;
  const ids = (manifest as Readonly<Record<string, readonly string[]>>)[kind.list]!;
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      problems.push(ruleProblem(MANIFEST_FILE, `${kind.list}.${index}`, "listed-twice", { kind: kind.name, id }));
      return;
    }
    seen.add(id);
    const file = `${id}.json`;
    if (!Object.hasOwn(files, file)) {
      problems.push(ruleProblem(file, "", "rule-file-missing"));
      return;
    }
    const content = files[file];
    const inFile = ruleProblems(kind, file, content);
    problems.push(...inFile);
    if (inFile.length === 0 && (content as { id?: unknown }).id !== id) problems.push(ruleProblem(file, "id", "id-not-file-name", { id }));
  });
  return problems;
}

/**
 * Builds a rule set of a kind from the parsed JSON of its `ruleset.json` and of its rule files, keyed
 * by file name (`min-duration.json`). Every rule the manifest lists needs exactly one file whose id
 * matches its name. Throws {@link RuleFileError} with the first of {@link rulesProblems}.
 */
export function loadRules<R extends { readonly id: string }, RS>(kind: RuleSetSpec<R, RS>, manifest: unknown, files: RuleFolderFiles): RS {
  const problems = rulesProblems(kind, manifest, files);
  if (problems.length > 0) throw new RuleFileError(problems[0]!);
  const parsed = manifest as Readonly<Record<string, unknown>>;
  return kind.build(parsed, (parsed[kind.list] as readonly string[]).map((id) => parseRule(kind, `${id}.json`, files[`${id}.json`])));
}

/**
 * The rule sets a package ships of one kind, loaded and validated on the first call, the same list
 * on every call after it.
 */
export function shippedOnce<R extends { readonly id: string }, RS>(kind: RuleSetSpec<R, RS>, files: RuleFolderFiles): () => readonly RS[] {
  let loaded: readonly RS[] | undefined;
  return () => (loaded ??= [loadRules(kind, files["ruleset.json"], files)]);
}

/** One example case, as written in a `<id>.cases.json` file of any kind. */
export interface RuleCase<S extends string = string> {
  /** A short German description of the case. */
  readonly name: string;
  /** The input the kind's evaluator reads (an application, or a situation). */
  readonly input: Readonly<Record<string, unknown>>;
  /** The status the rule must have for this input. */
  readonly expected: S;
}

/** What an example-case file holds: the rule it is about (under the kind's case key) and its cases. */
export type RuleCaseFile<S extends string = string> = Readonly<Record<string, unknown>> & { readonly cases: readonly RuleCase<S>[] };

const caseSchemas = new WeakMap<RuleSetSpec, z.ZodMiniType>();

/**
 * The schema of an example-case file of a kind: the rule it is about (under the kind's case key, one
 * of its ids) and at least one named case with an input and one of its statuses as expected result.
 */
export function caseFileSchema(kind: RuleSetSpec): z.ZodMiniType {
  let schema = caseSchemas.get(kind);
  if (!schema) {
    schema = z.strictObject({
      $schema: z.optional(z.string()),
      $comment: z.optional(z.string()),
      [kind.caseKey]: z.enum(kind.ids as [string, ...string[]], { error: "unknown-id" }),
      cases: z
        .array(
          z.strictObject({
            name: z.string().check(z.trim(), z.minLength(1, "case-name-missing")),
            input: z.record(z.string(), z.unknown()),
            expected: z.enum(kind.statuses, { error: "invalid-expected" }),
          }),
        )
        .check(z.minLength(1, "no-cases")),
    });
    caseSchemas.set(kind, schema);
  }
  return schema;
}

/**
 * Every problem of one example-case file's parsed JSON: its shape, a rule that does not match the
 * file's name, and case names used twice. Whether each case gives its expected status is for the
 * linter to run.
 */
export function caseProblems(kind: RuleSetSpec, file: string, content: unknown): RuleProblem[] {
  const quoted = kind.statuses.map((status) => JSON.stringify(status));
  const problems = schemaProblems(file, caseFileSchema(kind), content, kind.name).map((problem) =>
    problem.code === "invalid-expected" ? { ...problem, params: { first: quoted.slice(0, -1).join(", "), last: quoted.at(-1)! } } : problem,
  );
  if (problems.length > 0) return problems;
  const caseFile = content as RuleCaseFile;
  const id = caseFile[kind.caseKey];
  const fileName = file.split(/[\\/]/).at(-1) ?? file;
  if (fileName.endsWith(".cases.json") && fileName !== `${String(id)}.cases.json`) {
    problems.push(ruleProblem(file, kind.caseKey, "case-rule-not-file-name", { kind: kind.name, fileName }));
  }
  const seen = new Set<string>();
  caseFile.cases.forEach((example, index) => {
    const name = example.name.trim();
    if (seen.has(name)) problems.push(ruleProblem(file, `cases.${index}.name`, "case-name-twice", { name }));
    seen.add(name);
  });
  return problems;
}
