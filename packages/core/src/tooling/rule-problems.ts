import type * as z from "zod/mini";
import { operatorTable, type OperatorName } from "../evaluate/operators.js";
import { criterionLevelWords } from "../evaluate/vocabulary.js";
import { format, type Lang, type LocalizedText, type MessageParams } from "../localized.js";
import { criterionStatusTerms, offeringStatusTerms, type StatusTerm } from "../evaluate/vocabulary.js";

/**
 * One problem in a rules folder (a rule file, an example-case file, a `ruleset.json`, a data list),
 * as data: the file, the dotted JSON path inside it (`""` for the whole file), a stable `code` and the
 * values its message names. {@link ruleProblemMessage} renders it in German or English.
 */
export interface RuleProblem {
  /** The file as named by the caller: a key of a {@link RuleFolderFiles} map (`rules/min-duration.json`) or a bare file name. */
  readonly file: string;
  /** Dotted JSON path inside the file; `""` for the whole file. */
  readonly path: string;
  /** Stable code, one of {@link ruleProblemCodes}. */
  readonly code: RuleProblemCode;
  /** The values the message names. */
  readonly params: MessageParams;
}

/** A rules folder as data: POSIX paths relative to the folder holding `rules/` and `data/`, mapped to parsed JSON. */
export type RuleFolderFiles = Readonly<Record<string, unknown>>;

/**
 * Every rule problem code, with its German and English message template. The German texts are the
 * wording the linter has always printed; placeholders in braces are filled from the problem's params
 * and from words derived from them (`{rule}` from `kind`, `{typeWord}` from `expectedType`, …).
 */
export const ruleProblemTexts = {
  // Schema problems zod reports itself.
  required: { de: "Pflichtangabe fehlt", en: "required entry is missing" },
  "wrong-type": { de: "Erwartet: {typeWord}", en: "wrong type: expected {typeWord}" },
  "unknown-key": { de: "Unbekannte Angabe: hier nicht erlaubt", en: "unknown key: not allowed here" },
  "too-few": { de: "Mindestens {entries} nötig", en: "at least {entries} needed" },
  "too-short": { de: "Angabe fehlt oder ist zu kurz", en: "missing or too short" },
  "too-long": { de: "Höchstens {maximum} Zeichen", en: "at most {maximum} characters" },
  "too-many": { de: "Höchstens {maximum}", en: "at most {maximum}" },
  "not-allowed": { de: "Erlaubt: {allowed}", en: "allowed values: {allowed}" },
  "invalid-format": { de: "Ungültiges Format ({format})", en: "invalid format ({format})" },
  invalid: { de: "ungültig", en: "invalid" },
  // Schema problems the rule schemas name themselves.
  "german-text-missing": { de: "Deutscher Text fehlt", en: "German text is missing" },
  "english-text-missing": { de: "Englischer Text fehlt", en: "English text is missing" },
  "text-missing": { de: "Text fehlt", en: "text is missing" },
  "invalid-date": { de: "Kein gültiges Datum (JJJJ-MM-TT)", en: "not a valid date (YYYY-MM-DD)" },
  "quote-missing": { de: "Zitat fehlt", en: "quote is missing" },
  "not-https": { de: "Keine https-Adresse", en: "not an https URL" },
  "not-http": { de: "Keine http- oder https-Adresse", en: "not an http(s) URL" },
  "unknown-fact": { de: "Unbekannter Fakt; erlaubt: {allowed}", en: "unknown fact; allowed: {allowed}" },
  "unknown-operator": { de: "Unbekannter Operator; erlaubt: {allowed}", en: "unknown operator; allowed: {allowed}" },
  "comparison-keys": {
    de: "Nur fact, operator und value sind erlaubt (keine path-Ausdrücke)",
    en: "only fact, operator and value are allowed (no path expressions)",
  },
  "invalid-condition": {
    de: "Eine Bedingung ist ein Vergleich (fact, operator, value) oder all, any, not",
    en: "a condition is a comparison or all, any, not",
  },
  "invalid-top-condition": { de: "Die oberste Bedingung ist all, any oder not", en: "the top-level condition is all, any or not" },
  "unknown-id": { de: "Unbekannte {ruleId}; erlaubt: {allowed}", en: "unknown {rule} id; allowed: {allowed}" },
  "event-not-id": { de: "event.type muss der Kennung (id) entsprechen", en: "event.type must equal id" },
  "reading-id-twice": { de: "Eine Auslegung (Kennung) steht doppelt", en: "a reading id is listed twice" },
  "invalid-level": {
    de: "level ist „must“ (Muss-Kriterium) oder „should“ (Soll-Kriterium)",
    en: 'level is "must" or "should"',
  },
  "unknown-placeholder": { de: "Unbekannter Platzhalter; erlaubt: {allowed}", en: "unknown placeholder; allowed: {allowed}" },
  "invalid-parameter-name": {
    de: "Name eines Parameters: klein beginnend, nur Buchstaben und Ziffern (z. B. „months“), nicht level, should oder shouldPlural",
    en: "a parameter's name starts lower-case, letters and digits only, not level, should or shouldPlural",
  },
  "invalid-parameter": {
    de: "Ein Parameter hat title, value und bei einer Zahl unit; value ist eine Zahl oder ein Tag wie „30.09.“",
    en: 'a parameter has title, value and, for a number, unit; value is a number or a day like "30.09."',
  },
  "invalid-unit": { de: "Einheit „months“ (Monate) oder „school-years“ (Schuljahre)", en: 'unit is "months" or "school-years"' },
  "invalid-month-day": { de: "Tag und Monat wie „30.09.“ nötig", en: 'a day and month like "30.09." is needed' },
  "unknown-parameter": { de: "Unbekannter Parameter „{parameter}“; vorhanden: {allowed}", en: 'unknown parameter "{parameter}"; defined: {allowed}' },
  "parameter-type": {
    de: "Parameter „{parameter}“ passt nicht zu {fact} (Tag „TT.MM.“ für Stichtage, sonst eine Zahl)",
    en: 'parameter "{parameter}" does not fit {fact} (a day "DD.MM." for cut-offs, else a number)',
  },
  "invalid-version": { de: "Version im Format 1.2.3", en: "version as 1.2.3" },
  "wrong-manifest-kind": { de: "kind muss „{allowed}“ sein", en: 'kind must be "{allowed}"' },
  "case-name-missing": { de: "Name des Falls fehlt", en: "the case's name is missing" },
  "invalid-expected": { de: "Erwartet wird {first} oder {last}", en: "expected is {first} or {last}" },
  "no-cases": { de: "Keine Beispielfälle", en: "no example cases" },
  // Problems of the whole file.
  "too-deep": { de: "Zu tief verschachtelt: höchstens {max} Ebenen", en: "nested too deeply: at most {max} levels" },
  "forbidden-key": { de: "Der Schlüssel „{key}“ ist in Regeldateien verboten", en: 'the key "{key}" is forbidden in rule files' },
  "file-missing": { de: "Datei fehlt", en: "file is missing" },
  "file-too-large": { de: "Datei zu groß ({size} Bytes, höchstens {max})", en: "file too large (at most {max} bytes)" },
  "unreadable-json": { de: "Kein gültiges JSON oder nicht lesbar ({reason})", en: "not valid JSON or unreadable ({reason})" },
  // A rule set and its listing.
  "listed-twice": { de: "{Rule} {id} doppelt", en: "{rule} {id} listed twice" },
  "rule-file-missing": { de: "Regeldatei fehlt", en: "rule file is missing" },
  "id-not-file-name": { de: "Die Kennung (id) muss dem Dateinamen entsprechen ({id})", en: "id must match the file name ({id})" },
  "case-rule-not-file-name": { de: "Das {Rule} muss dem Dateinamen entsprechen ({fileName})", en: "{rule} must match the file name ({fileName})" },
  "case-name-twice": { de: "Name „{name}“ doppelt", en: "case name „{name}“ used twice" },
  "id-used-twice": { de: "Die Kennung {id} steht schon in {owner}", en: "id {id} already used in {owner}" },
  "not-listed": {
    de: "Nicht in ruleset.json ({list}) aufgeführt, wird also nie angewandt",
    en: "not listed in ruleset.json ({list}), so never applied",
  },
  "no-case-file": { de: "Keine Beispielfälle: Datei fehlt", en: "no example cases: file is missing" },
  "cases-not-listed": {
    de: "Beispielfälle zu {aRule}, das nicht in ruleset.json steht",
    en: "cases for {aRule} not in ruleset.json",
  },
  "after-rule-set-valid-from": {
    de: "Liegt nach dem Beginn des Regelsatzes ({validFromDate}), der die Regel schon ab dann anwendet",
    en: "after the rule set's validFrom ({validFrom}), which applies the rule from then on",
  },
  // Comparisons the schema allows but that never mean what the author wanted.
  "needs-list-fact": { de: "„{operator}“ passt nur zu Listen; {fact} ist keine", en: '"{operator}" needs a list fact; {fact} is none' },
  "compares-numbers": { de: "„{operator}“ vergleicht Zahlen; {fact} ist keine Zahl", en: '"{operator}" compares numbers; {fact} is no number' },
  "needs-non-empty-list": { de: "„{operator}“ braucht eine nicht leere Liste [...]", en: '"{operator}" needs a non-empty list' },
  "needs-single-value": {
    de: "„{operator}“ vergleicht mit einem einzelnen Wert, nicht mit einer Liste",
    en: '"{operator}" compares with one value, not a list',
  },
  "wrong-value-type": { de: "{fact} ist {typeWord}; {value} passt nicht", en: "{fact} is {typeWord}; {value} does not fit" },
  "empty-range": {
    de: "Kein Wert von {fact} erfüllt zugleich „{lowerWord} {lower}“ und „{upperWord} {upper}“: Dieser Teil der Regel trifft nie zu",
    en: 'no value of {fact} is both "{lowerWord} {lower}" and "{upperWord} {upper}": this part of the rule never holds',
  },
  "unknown-value": { de: "Unbekannter Wert {value} für {fact}; erlaubt: {allowed}", en: "unknown value {value} for {fact}; allowed: {allowed}" },
  // Example cases run through the evaluator.
  "invalid-case-input": { de: "Eingabe ungültig ({issues})", en: "invalid input ({issuesEn})" },
  "case-fails": {
    de: "„{name}“ ergibt „{actualWord}“, erwartet „{expectedWord}“",
    en: 'gives "{actualStatus}", expected "{expectedStatus}"',
  },
  // Quotes of the FAQ.
  "faq-quote-missing": { de: "Die FAQ ist als Quelle genannt, aber ohne Zitat", en: "the FAQ is cited without a quote" },
  "faq-quote-not-verbatim": { de: "Das Zitat steht so nicht in der FAQ: „{quote}“", en: "the quote does not stand verbatim in the FAQ: „{quote}“" },
  // Texts that contradict their rule.
  "text-contradicts-parameter": {
    de: "Der Text nennt „{words}“, der Parameter {parameter} ist aber {value}: Platzhalter {{parameter}} verwenden oder den Text anpassen",
    en: 'the text says "{words}" but parameter {parameter} is {value}: use the placeholder or change the text',
  },
  "text-contradicts-level": {
    de: "Der Text sagt „{word}“, die Regel ist aber ein {levelWord}: einen Platzhalter der Stufe (level, should, shouldPlural) verwenden oder den Text anpassen",
    en: 'the text says "{word}" but the rule is a {levelWord}: use a level placeholder or change the text',
  },
  "alternative-is-level": {
    de: "Eine Alternative nennt „{word}“, die Regel ist aber schon ein {levelWord}",
    en: 'an alternative names "{word}" but the rule is a {levelWord} already',
  },
  // Data lists.
  "label-missing": { de: "Bezeichnung fehlt", en: "label is missing" },
  "list-missing": { de: "Liste fehlt", en: "list is missing" },
  "entry-not-object": { de: "Eintrag ist kein Objekt", en: "entry is not an object" },
  "invalid-entry-id": { de: "Kennung aus a–z, 0–9 und - nötig", en: "id of a–z, 0–9 and - needed" },
  "entry-id-twice": { de: "Kennung {id} doppelt", en: "id {id} used twice" },
  "third-partner-missing": {
    de: "Angabe fehlt, ob ein nicht kommunaler Partner dieser Art einen weiteren, kommunalen Partner braucht",
    en: "third-partner reading is missing",
  },
  "boolean-needed": { de: "true oder false nötig", en: "true or false needed" },
  "third-partner-need": { de: "true, false oder „review“ nötig", en: 'true, false or "review" needed' },
  "source-url-needed": { de: "Adresse der Quelle (http oder https) nötig", en: "the source's http(s) address is needed" },
  "empty-quote": { de: "Zitat leer: weglassen oder wörtlich angeben", en: "empty quote: leave it out or quote verbatim" },
  "not-a-local-part": { de: "„{word}“ steht nicht in localParts", en: '"{word}" is not one of the localParts' },
  "local-part-spelling": {
    de: "„{word}“: nur Kleinbuchstaben a–z, Umlaute als ae, oe, ue, ss (z. B. „buero“)",
    en: '"{word}": lower-case a–z only, umlauts spelled out',
  },
  "word-twice": { de: "„{word}“ doppelt", en: '"{word}" listed twice' },
  "domain-needed": { de: "Domain wie schule.nrw.de nötig", en: "a domain like schule.nrw.de is needed" },
  "whole-number-needed": { de: "Ganze Zahl ab 1 nötig", en: "whole number from 1 needed" },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** Stable codes of rule problems. */
export type RuleProblemCode = keyof typeof ruleProblemTexts;

/** Every rule problem code. */
export const ruleProblemCodes = /* @__PURE__ */ Object.keys(ruleProblemTexts) as RuleProblemCode[];

/** How the two kinds of rules are named inside messages (`kind` param). */
const kindWords: Readonly<Record<string, Readonly<Record<Lang, Readonly<Record<string, string>>>>>> = {
  criteria: {
    de: { rule: "Kriterium", Rule: "Kriterium", aRule: "einem Kriterium", ruleId: "Kennung eines Kriteriums" },
    en: { rule: "criterion", Rule: "Criterion", aRule: "a criterion", ruleId: "criterion id" },
  },
  offerings: {
    de: { rule: "Angebot", Rule: "Angebot", aRule: "einem Angebot", ruleId: "Kennung eines Angebots" },
    en: { rule: "offering", Rule: "Offering", aRule: "an offering", ruleId: "offering id" },
  },
};

const typeWords: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  de: { string: "Text", number: "Zahl", boolean: "true oder false", object: "Objekt {…}", array: "Liste […]" },
  en: { string: "text", number: "number", boolean: "true or false", object: "object {…}", array: "array […]" },
};

/** The statuses of each kind with their words, for `case-fails`. */
const statusTerms: Readonly<Record<string, Readonly<Record<string, StatusTerm>>>> = { criteria: criterionStatusTerms, offerings: offeringStatusTerms };

function statusWord(kind: unknown, status: unknown, lang: Lang): string {
  const terms = Object.hasOwn(statusTerms, String(kind)) ? statusTerms[String(kind)]! : {};
  return Object.hasOwn(terms, String(status)) ? terms[String(status)]!.words[lang] : String(status);
}

/** An operator's short word („mindestens“); its name for one core does not know. */
const operatorWord = (operator: unknown, lang: Lang): string =>
  Object.hasOwn(operatorTable, String(operator)) ? operatorTable[String(operator) as OperatorName].word[lang] : String(operator);

/** Words a message names that depend on the language, derived from the problem's language-neutral params. */
/** „1 Eintrag“, „2 Einträge“. */
const entryCount = (count: number, lang: Lang): string =>
  lang === "de" ? `${count} ${count === 1 ? "Eintrag" : "Einträge"}` : `${count} ${count === 1 ? "entry" : "entries"}`;

function derivedWords(params: MessageParams, lang: Lang): Record<string, string> {
  const words: Record<string, string> = { ...kindWords[String(params.kind)]?.[lang] };
  if (params.minimum !== undefined) words.entries = entryCount(Number(params.minimum), lang);
  // germanDate's own pattern: importing rule-prose here would carry its top-level work into form bundles.
  if (params.validFrom !== undefined) words.validFromDate = lang === "de" ? String(params.validFrom).replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3.$2.$1") : String(params.validFrom);
  if (params.expectedType !== undefined) words.typeWord = typeWords[lang][String(params.expectedType)] ?? String(params.expectedType);
  if (params.level === "must" || params.level === "should") words.levelWord = criterionLevelWords[params.level][lang];
  if (params.lowerOperator !== undefined) words.lowerWord = operatorWord(params.lowerOperator, lang);
  if (params.upperOperator !== undefined) words.upperWord = operatorWord(params.upperOperator, lang);
  if (params.actualStatus !== undefined) words.actualWord = statusWord(params.kind, params.actualStatus, lang);
  if (params.expectedStatus !== undefined) words.expectedWord = statusWord(params.kind, params.expectedStatus, lang);
  return words;
}

/** A problem's message in German (default) or English, without its file and path. */
export function ruleProblemMessage(problem: Pick<RuleProblem, "code" | "params">, lang: Lang = "de"): string {
  const template = Object.hasOwn(ruleProblemTexts, problem.code) ? ruleProblemTexts[problem.code][lang] : problem.code;
  return format(template, { ...derivedWords(problem.params, lang), ...problem.params });
}

/** A problem; `params` default to none. */
export const ruleProblem = (file: string, path: string, code: RuleProblemCode, params: MessageParams = {}): RuleProblem => ({
  file,
  path,
  code,
  params,
});

/**
 * Deepest nesting of objects and arrays a rule, rule-set or example-case file may have. The shipped
 * files need fewer than 10 levels; the limit keeps the recursive checks below off the call stack's edge
 * (a 10,000-deep file would otherwise end in a RangeError instead of a clear problem).
 */
export const MAX_RULE_FILE_DEPTH = 32;

/** The path to the first value nested deeper than {@link MAX_RULE_FILE_DEPTH}, found without recursion. */
function tooDeepPath(content: unknown): string[] | null {
  const stack: Array<[unknown, string[]]> = [[content, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= MAX_RULE_FILE_DEPTH) return path;
    for (const key of Object.keys(value)) stack.push([(value as Record<string, unknown>)[key], [...path, key]]);
  }
  return null;
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Every key anywhere in parsed JSON that could reach an object's prototype, as dotted paths, in document order. */
function forbiddenKeyPaths(value: unknown, path: readonly string[] = []): string[][] {
  if (typeof value !== "object" || value === null) return [];
  return Object.keys(value).flatMap((key) =>
    FORBIDDEN_KEYS.has(key) ? [[...path, key]] : forbiddenKeyPaths((value as Record<string, unknown>)[key], [...path, key]),
  );
}

/** Codes the schemas set as their own error message (built-in checks, which carry no params); every other message is zod's. */
const ownCodes: ReadonlySet<string> = /* @__PURE__ */ new Set(ruleProblemCodes);

/** Codes whose message names the kind of rule; the kind's name is added to their params. */
const kindCodes: ReadonlySet<string> = new Set(["unknown-id", "listed-twice", "case-rule-not-file-name", "cases-not-listed", "case-fails"]);

const joined = (values: readonly unknown[]) => values.map((value) => (typeof value === "string" ? value : JSON.stringify(value))).join(", ");

/** One zod issue (not a union's) as a code and params. */
function issueCode(issue: z.core.$ZodIssue): { code: RuleProblemCode; params: Record<string, string | number> } {
  // A refinement carries its problem as data (`problemParams`).
  if (issue.code === "custom" && ownCodes.has(String(issue.params?.code))) {
    const { code, ...params } = issue.params as Record<string, string | number>;
    return { code: code as RuleProblemCode, params };
  }
  if (ownCodes.has(issue.message)) {
    // Checks over the whole rule pass their values along as the issue's params.
    const params: Record<string, string | number> = issue.code === "custom" ? { ...(issue.params as Record<string, string> | undefined) } : {};
    if (issue.code === "invalid_value") params.allowed = joined(issue.values);
    return { code: issue.message as RuleProblemCode, params };
  }
  switch (issue.code) {
    case "invalid_key":
      // A record's key (a parameter's name) that its own check refused: that check's code.
      return issue.issues[0] && ownCodes.has(issue.issues[0].message) ? { code: issue.issues[0].message as RuleProblemCode, params: {} } : { code: "invalid", params: {} };
    case "invalid_type":
      return issue.input === undefined ? { code: "required", params: {} } : { code: "wrong-type", params: { expectedType: issue.expected } };
    case "unrecognized_keys":
      return { code: "unknown-key", params: {} };
    case "too_small":
      return issue.origin === "array" ? { code: "too-few", params: { minimum: Number(issue.minimum) } } : { code: "too-short", params: {} };
    case "too_big":
      return { code: issue.origin === "string" ? "too-long" : "too-many", params: { maximum: Number(issue.maximum) } };
    case "invalid_value":
      return { code: "not-allowed", params: { allowed: issue.values.map((value) => JSON.stringify(value)).join(", ") } };
    case "invalid_format":
      return { code: "invalid-format", params: { format: issue.format } };
    default:
      return { code: "invalid", params: {} };
  }
}

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
 * message stands. `kind` names the kind of rule for the messages that name it.
 */
function issueProblems(file: string, issues: readonly z.core.$ZodIssue[], kind: string | undefined, prefix: readonly PropertyKey[] = []): RuleProblem[] {
  // A value of the wrong type also fails the checks behind it (a string is "too short" for a list): say only the first.
  const key = (issue: z.core.$ZodIssue) => issue.path.map(String).join(".");
  const wrongType = new Set(issues.filter((issue) => issue.code === "invalid_type").map(key));
  const relevant = issues.filter((issue) => issue.code === "invalid_type" || !wrongType.has(key(issue)));
  return relevant.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const branch = issue.code === "invalid_union" ? closestBranch(issue.errors) : undefined;
    if (branch && branch.length > 0) return issueProblems(file, branch, kind, path);
    const { code, params } = issueCode(issue);
    if (kind !== undefined && kindCodes.has(code)) params.kind = kind;
    // One problem per unknown key, at the key itself, so `file:path:` points at it.
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((name) => [...path, name]) : [path];
    return paths.map((at) => ruleProblem(file, at.map(String).join("."), code, params));
  });
}

/**
 * Parsed JSON checked against a schema: the parsed value, or every problem in document order: a file
 * nested too deeply (one problem), else every key that could reach a prototype, else every schema
 * issue. The one check that both the linter and the loaders run: a loader throws the first problem.
 */
export function checkSchema(
  file: string,
  schema: z.ZodMiniType,
  content: unknown,
  kind?: string,
): { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly problems: RuleProblem[] } {
  const deep = tooDeepPath(content);
  if (deep) return { ok: false, problems: [ruleProblem(file, deep.join("."), "too-deep", { max: MAX_RULE_FILE_DEPTH })] };
  const forbidden = forbiddenKeyPaths(content);
  if (forbidden.length > 0) {
    return { ok: false, problems: forbidden.map((path) => ruleProblem(file, path.join("."), "forbidden-key", { key: path.at(-1)! })) };
  }
  const result = schema.safeParse(content);
  return result.success ? { ok: true, data: result.data } : { ok: false, problems: issueProblems(file, result.error.issues, kind) };
}

/** Every problem of parsed JSON against a schema ({@link checkSchema}); empty exactly when the schema accepts it. */
export function schemaProblems(file: string, schema: z.ZodMiniType, content: unknown, kind?: string): RuleProblem[] {
  const checked = checkSchema(file, schema, content, kind);
  return checked.ok ? [] : checked.problems;
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
 * A citation of the FAQ without a quote is a problem too. A file nested too deeply is left to the
 * schema check, which reports it.
 */
export function faqQuoteProblems(files: RuleFolderFiles, faqText: string): RuleProblem[] {
  const text = folded(faqText);
  return Object.entries(files).flatMap(([file, content]) =>
    (tooDeepPath(content) ? [] : faqQuotes(content)).flatMap(({ path, quote }): RuleProblem[] => {
      if (typeof quote !== "string" || quote.trim() === "") return [ruleProblem(file, path, "faq-quote-missing")];
      return standsIn(quote, text) ? [] : [ruleProblem(file, path, "faq-quote-not-verbatim", { quote })];
    }),
  );
}
