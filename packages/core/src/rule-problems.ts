import * as z from "zod/mini";
import type { CriterionStatus } from "./decision.js";
import { eligibilityKind, ruleFileSchema, tooDeepMessage, tooDeepPath, type CriterionId } from "./rule-file.js";
import { criterionNames, idNotFileName, listedTwice, manifestSchema, ruleFileMissing, type RuleKindNames } from "./rule-set.js";

/**
 * One problem in a rule file, an example-case file or `ruleset.json`: the file, the dotted JSON path
 * inside it (`""` for the whole file) and what is wrong, German then English. The same three fields
 * as {@link RuleFileError}, as data, so a linter can report every problem, not only the first.
 */
export interface RuleFileProblem {
  readonly file: string;
  readonly path: string;
  readonly detail: string;
}

/** One example case of a criterion, as written in `rules/<id>.cases.json`. */
export interface RuleCase {
  /** A short German description of the case. */
  readonly name: string;
  /** A (partial) application, in the same format `evaluate` reads. */
  readonly input: Readonly<Record<string, unknown>>;
  /** The status the criterion must have for this input. */
  readonly expected: CriterionStatus;
}

/** What `rules/<id>.cases.json` holds: the criterion and its example cases. */
export interface RuleCaseFile {
  readonly criterion: CriterionId;
  readonly cases: readonly RuleCase[];
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Every key anywhere in parsed JSON that could reach an object's prototype, as dotted paths. */
function forbiddenKeyPaths(value: unknown, path: readonly string[] = []): string[][] {
  if (typeof value !== "object" || value === null) return [];
  return Object.keys(value).flatMap((key) =>
    FORBIDDEN_KEYS.has(key)
      ? [[...path, key]]
      : forbiddenKeyPaths((value as Record<string, unknown>)[key], [...path, key]),
  );
}

const typeWords: Readonly<Record<string, string>> = {
  string: "Text / text",
  number: "Zahl / number",
  boolean: "true oder false / true or false",
  object: "Objekt {…} / object",
  array: "Liste […] / array",
};

/**
 * German and English wording for zod's own issues; messages the schemas set themselves (unknown fact,
 * missing German text, …) take precedence over it.
 */
export const bilingualIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "Pflichtangabe fehlt / required entry is missing"
        : `Erwartet: ${typeWords[issue.expected] ?? issue.expected} / wrong type`;
    case "unrecognized_keys":
      return "Unbekannte Angabe: hier nicht erlaubt / unknown key: not allowed here";
    case "too_small":
      return issue.origin === "array"
        ? `Mindestens ${String(issue.minimum)} Eintrag/Einträge nötig / at least ${String(issue.minimum)} entry/entries needed`
        : "Angabe fehlt oder ist zu kurz / missing or too short";
    case "too_big":
      return `Höchstens ${String(issue.maximum)} ${issue.origin === "string" ? "Zeichen / characters" : "/ at most"}`;
    case "invalid_value":
      return `Erlaubt: ${issue.values.map((value) => JSON.stringify(value)).join(", ")} / allowed values`;
    case "invalid_format":
      return `Ungültiges Format (${issue.format}) / invalid format`;
    default:
      return undefined;
  }
};

/**
 * The union branch that came closest, or none when several came equally close. A branch whose object
 * has keys of another shape (`any` where it wants `all`) is out unless every branch is; of the rest,
 * the one with fewest issues.
 */
function closestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const sameShape = branches.filter((branch) => !branch.some((i) => i.code === "unrecognized_keys" && i.path.length === 0));
  const candidates = sameShape.length > 0 ? sameShape : branches;
  const fewest = Math.min(...candidates.map((branch) => branch.length));
  const closest = candidates.filter((branch) => branch.length === fewest);
  return closest.length === 1 ? closest[0] : undefined;
}

/**
 * Every issue as a problem. A union's issue is replaced by the issues of the branch that came
 * closest, whose paths are relative to the union; when no branch is clearly closest, the union's own
 * message stands.
 */
export function problemsOf(file: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): RuleFileProblem[] {
  // A value of the wrong type also fails the checks behind it (a string is "too short" for a list): say only the first.
  const key = (issue: z.core.$ZodIssue) => issue.path.map(String).join(".");
  const wrongType = new Set(issues.filter((issue) => issue.code === "invalid_type").map(key));
  const relevant = issues.filter((issue) => issue.code === "invalid_type" || !wrongType.has(key(issue)));
  return relevant.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const branch = issue.code === "invalid_union" ? closestBranch(issue.errors) : undefined;
    if (branch && branch.length > 0) return problemsOf(file, branch, path);
    // One problem per unknown key, at the key itself, so `file:path:` points at it.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...path, key]) : [path];
    return paths.map((at) => ({ file, path: at.map(String).join("."), detail: issue.message }));
  });
}

export function schemaProblems(file: string, schema: z.ZodMiniType, content: unknown): RuleFileProblem[] {
  const deep = tooDeepPath(content);
  if (deep) return [{ file, path: deep.join("."), detail: tooDeepMessage }];
  const forbidden = forbiddenKeyPaths(content);
  if (forbidden.length > 0) {
    return forbidden.map((path) => ({
      file,
      path: path.join("."),
      detail: `Der Schlüssel "${path.at(-1)}" ist in Regeldateien verboten / the key is forbidden in rule files`,
    }));
  }
  const result = schema.safeParse(content, { error: bilingualIssue });
  return result.success ? [] : problemsOf(file, result.error.issues);
}

/**
 * Every problem of one rule file's parsed JSON against the rule-file schema, not only the first
 * ({@link parseRuleFile} throws at the first). Empty exactly when `parseRuleFile` accepts it.
 */
export function ruleFileProblems(file: string, content: unknown): RuleFileProblem[] {
  return schemaProblems(file, ruleFileSchema, content);
}

/**
 * Every problem of a rule set, not only the first ({@link loadRuleSet} throws at the first): the
 * manifest `ruleset.json`, criteria it lists twice, rule files that are missing or whose id does not
 * match their name, and every problem inside each listed rule file. `files` maps file names
 * (`min-duration.json`) to parsed JSON. Empty exactly when `loadRuleSet` accepts the same arguments.
 */
export function ruleSetProblems(manifest: unknown, files: Readonly<Record<string, unknown>>): RuleFileProblem[] {
  const manifestResult = manifestSchema.safeParse(manifest, { error: bilingualIssue });
  if (!manifestResult.success) return problemsOf("ruleset.json", manifestResult.error.issues);
  return listedRuleProblems(manifestResult.data.criteria, criterionNames, files, ruleFileProblems);
}

/**
 * Every problem of the rule files a manifest lists: ids listed twice, missing files, every problem
 * inside each file, and ids that do not match their file's name. Internal, shared with the offerings.
 */
export function listedRuleProblems(
  ids: readonly string[],
  names: RuleKindNames,
  files: Readonly<Record<string, unknown>>,
  fileProblems: (file: string, content: unknown) => RuleFileProblem[],
): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      problems.push(listedTwice(names, id, index));
      return;
    }
    seen.add(id);
    const file = `${id}.json`;
    if (!Object.hasOwn(files, file)) {
      problems.push({ file, path: "", detail: ruleFileMissing });
      return;
    }
    const content = files[file];
    const inFile = fileProblems(file, content);
    problems.push(...inFile);
    if (inFile.length === 0 && (content as { id?: unknown }).id !== id) {
      problems.push({ file, path: "id", detail: idNotFileName(id) });
    }
  });
  return problems;
}

/**
 * The schema of an example-case file: the rule it is about (under `names.caseKey`, one of `kind.ids`)
 * and at least one named case with an input and one of `statuses` as expected result.
 */
export function caseFileSchema(
  names: RuleKindNames,
  kind: { readonly ids: readonly string[]; readonly unknownId: string },
  statuses: readonly [string, ...string[]],
): z.ZodMiniType {
  const quoted = statuses.map((status) => JSON.stringify(status));
  const choices = (or: string) => `${quoted.slice(0, -1).join(", ")} ${or} ${quoted.at(-1)}`;
  return z.strictObject({
    $schema: z.optional(z.string()),
    $comment: z.optional(z.string()),
    [names.caseKey]: z.enum(kind.ids as [string, ...string[]], { error: kind.unknownId }),
    cases: z
      .array(
        z.strictObject({
          name: z.string().check(z.trim(), z.minLength(1, "Name des Falls fehlt / the case's name is missing")),
          input: z.record(z.string(), z.unknown()),
          expected: z.enum(statuses, { error: `Erwartet wird ${choices("oder")} / expected is ${choices("or")}` }),
        }),
      )
      .check(z.minLength(1, "Keine Beispielfälle / no example cases")),
  });
}

/**
 * Every problem of one example-case file against `schema` (from {@link caseFileSchema}): its shape,
 * a rule that does not match the file's name, and case names used twice.
 */
export function caseFileProblems(file: string, content: unknown, schema: z.ZodMiniType, names: RuleKindNames): RuleFileProblem[] {
  const problems = schemaProblems(file, schema, content);
  if (problems.length > 0) return problems;
  const caseFile = content as Readonly<Record<string, unknown>> & { readonly cases: readonly RuleCase[] };
  const id = caseFile[names.caseKey];
  const fileName = file.split(/[\\/]/).at(-1) ?? file;
  if (fileName.endsWith(".cases.json") && fileName !== `${String(id)}.cases.json`) {
    problems.push({
      file,
      path: names.caseKey,
      detail: `Das ${names.de} muss dem Dateinamen entsprechen (${fileName}) / ${names.en} must match the file name`,
    });
  }
  const seen = new Set<string>();
  caseFile.cases.forEach((example, index) => {
    const name = example.name.trim();
    if (seen.has(name)) problems.push({ file, path: `cases.${index}.name`, detail: `Name „${name}“ doppelt / case name used twice` });
    seen.add(name);
  });
  return problems;
}

const criterionStatuses = ["met", "not-met", "unknown"] as const satisfies readonly CriterionStatus[];

const ruleCaseFileSchema = caseFileSchema(criterionNames, eligibilityKind, criterionStatuses);

/**
 * Every problem of one example-case file's parsed JSON (`rules/<id>.cases.json`): its shape, and case
 * names used twice. Whether each case gives its expected status is for the caller to run.
 */
export function ruleCaseFileProblems(file: string, content: unknown): RuleFileProblem[] {
  return caseFileProblems(file, content, ruleCaseFileSchema, criterionNames);
}

/** The address of the programme's FAQ page, the source whose quotes `faqQuoteProblems` checks. */
export const FAQ_URL = "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/";

const sameAddress = (url: string, other: string) => url.replace(/[#?].*$/, "").replace(/\/$/, "") === other.replace(/\/$/, "");

/**
 * Text as compared for a verbatim quote: typographic quotation marks, apostrophes and dashes as
 * their plain forms, bullets and runs of white space as one space.
 */
function folded(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[„“”‟"«»‚‘’‛'‹›]/g, '"')
    .replace(/[‐‑‒–—―−-]/g, "-")
    .replace(/[\u00ad\u200b]/g, "")
    .replace(/[\s•·]+/g, " ")
    .trim();
}

/** Whether every part of a quote between omission marks („…“) stands in the text, in order. */
function standsIn(quote: string, text: string): boolean {
  const parts = folded(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .filter((part) => part.length > 0);
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return parts.length > 0;
}

/** Every `{ url, quote }` object in parsed JSON whose url is the FAQ page, with the dotted path of its quote. */
function faqQuotes(value: unknown, path: readonly string[] = []): Array<{ path: string; quote: unknown }> {
  if (typeof value !== "object" || value === null) return [];
  const entries = Object.entries(value);
  const own = entries.some(([key, url]) => key === "url" && typeof url === "string" && sameAddress(url, FAQ_URL))
    ? [{ path: [...path, "quote"].join("."), quote: (value as { quote?: unknown }).quote }]
    : [];
  return [...own, ...entries.flatMap(([key, inner]) => faqQuotes(inner, [...path, key]))];
}

/**
 * Every quote attributed to the FAQ page ({@link FAQ_URL}) that does not stand verbatim in
 * `faqText`, a copy of the page's text. `files` maps file names to parsed JSON of any kind (rule
 * files, `ruleset.json`, `categories.json`, offering rules); each object with the FAQ's `url` is a
 * citation (`source`, `furtherSources`, next steps, a category's `thirdPartner.source`), and its
 * `quote` must stand in the text. Compared after folding white space, bullets, typographic quotation
 * marks and dashes; „…“ marks an omission, and the parts around it must stand in the text in order.
 * A citation of the FAQ without a quote is a problem too. German then English, like every problem.
 * A file nested too deeply is left to the schema check, which reports it.
 */
export function faqQuoteProblems(files: Readonly<Record<string, unknown>>, faqText: string): RuleFileProblem[] {
  const text = folded(faqText);
  return Object.entries(files).flatMap(([file, content]) =>
    (tooDeepPath(content) ? [] : faqQuotes(content)).flatMap(({ path, quote }): RuleFileProblem[] => {
      if (typeof quote !== "string" || quote.trim() === "") {
        return [{ file, path, detail: "Die FAQ sind zitiert, aber ohne Zitat / the FAQ is cited without a quote" }];
      }
      return standsIn(quote, text)
        ? []
        : [{ file, path, detail: `Das Zitat steht so nicht in den FAQ: „${quote}“ / the quote does not stand verbatim in the FAQ` }];
    }),
  );
}
