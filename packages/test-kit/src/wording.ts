import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { categories, criterionIds, factDefinitions, fieldPatterns, fieldSpec, schoolTypes } from "@bildungspartner/core";
import { offeringFactDefinitions, offeringIds } from "@bildungspartner/core/rules";
import ts from "typescript";

/*
 * The wording check: every German text people read, gathered from the rule and data files, the
 * message tables (`de:` entries) of the packages, and the strings of the portal and the Werkstatt,
 * checked against docs/glossar.md and the house style (no ISO dates, no bracket plurals, no rule or
 * field ids, „…“ quotation marks). Not exported from the index: it reads files and needs TypeScript.
 */

/** One German text and where it comes from (`file` relative to the repository, with a key path or line). */
export interface GermanText {
  readonly file: string;
  readonly where: string;
  readonly text: string;
}

/** What is wrong with a text: the check's name and the offending part. */
export interface WordingProblem {
  readonly check: "glossary" | "iso-date" | "bracket-plural" | "id" | "straight-quotes";
  readonly found: string;
  readonly detail?: string;
}

/** A glossary row: the term to use and the variants not to use. */
export interface GlossaryEntry {
  readonly term: string;
  readonly banned: readonly string[];
}

/** The rows of the table under „## Begriffe“ in docs/glossar.md; banned variants are the `backticked` words of „nicht verwenden“. */
export function parseGlossary(markdown: string): GlossaryEntry[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith("Begriffe"));
  if (!section) throw new Error("docs/glossar.md: no section „## Begriffe“");
  const rows = section.split("\n").filter((line) => line.startsWith("|"));
  const header = rows[0]?.split("|").map((cell) => cell.trim()) ?? [];
  const bannedColumn = header.indexOf("nicht verwenden");
  const termColumn = header.indexOf("Begriff");
  if (bannedColumn < 0 || termColumn < 0) throw new Error("docs/glossar.md: the table needs the columns „Begriff“ and „nicht verwenden“");
  return rows.slice(2).map((row) => {
    const cells = row.split("|").map((cell) => cell.trim());
    return { term: cells[termColumn] ?? "", banned: [...(cells[bannedColumn] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]!) };
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What the checks need besides the text: the glossary, the ids that must not show, and the FAQ for verbatim quotes. */
export interface WordingRules {
  readonly glossary: readonly GlossaryEntry[];
  readonly ids: readonly string[];
  readonly faq: string;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The problems of one German text. `{placeholders}` are left out (they are filled at run time);
 * for the glossary, quotes in „…“ that stand verbatim in the FAQ are left out too.
 */
export function wordingProblems(text: string, rules: WordingRules): WordingProblem[] {
  const problems: WordingProblem[] = [];
  const filled = text.replace(/\{[^{}]*\}/g, "{…}");
  const faq = squash(rules.faq);
  const ownWords = filled.replace(/„([^“]*)“/g, (whole, inner: string) => (faq.includes(squash(inner)) ? "„…“" : whole));
  for (const entry of rules.glossary) {
    for (const variant of entry.banned) {
      const first = variant[0]!;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])[${escape(first.toLowerCase())}${escape(first.toUpperCase())}]${escape(variant.slice(1))}`, "u");
      const match = pattern.exec(ownWords);
      if (match) problems.push({ check: "glossary", found: match[0], detail: `„${entry.term}“ statt „${variant}“` });
    }
  }
  for (const match of filled.matchAll(/(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g)) problems.push({ check: "iso-date", found: match[0] });
  // „Datei(en)“, „Beispielfall/-fälle“, „Eintrag/Einträge“: a word and its plural in one.
  for (const match of filled.matchAll(/\p{L}\((?:en|n|s|e|innen)\)|\p{L}+\/-\p{L}+|(?<![\p{L}/.])(\p{Lu}\p{Ll}{2})\p{Ll}*\/\1\p{Ll}*(?![\p{L}./])/gu)) {
    problems.push({ check: "bracket-plural", found: match[0] });
  }
  for (const id of rules.ids) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_.\\-/@])${escape(id).replace(/\\\*/g, "\\d+")}(?![\\p{L}\\p{N}_\\-@]|\\.[\\p{L}\\p{N}])`, "u");
    const match = pattern.exec(filled);
    if (match) problems.push({ check: "id", found: match[0] });
  }
  const straight = /"[^"]*"?/.exec(filled);
  if (straight) problems.push({ check: "straight-quotes", found: straight[0] });
  return problems;
}

/** The ids no German text may show: rule ids, field paths and fact names, category and school-type ids, from core. */
export function idsFromCore(): string[] {
  const ids = new Set<string>([
    ...criterionIds,
    ...offeringIds,
    ...fieldPatterns.filter((pattern) => pattern.includes(".")),
    ...factDefinitions.map((fact) => fact.name),
    ...offeringFactDefinitions.map((fact) => fact.name).filter((name) => name.includes(".")),
    ...categories.map((category) => category.id),
    ...schoolTypes.map((type) => type.id),
  ]);
  return [...ids].sort((a, b) => b.length - a.length);
}

/**
 * Files below `dir` whose names end in one of `extensions`, sorted; tests, declaration files and
 * `generated/` folders (made from the rule files, whose texts are read as such) left out.
 */
function sourceFiles(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) {
        if (name !== "generated") walk(path);
      }
      else if (extensions.some((ext) => name.endsWith(ext)) && !/\.(test|prop\.test|test-d|d)\.tsx?$/.test(name) && !name.includes(".test.")) found.push(path);
    }
  };
  walk(dir);
  return found;
}

/** The `de` texts of a rule or data file, by key path; quotes (`quote`) and comments (`$comment`) are not ours to word. */
function jsonTexts(repo: string, path: string): GermanText[] {
  const texts: GermanText[] = [];
  const walk = (value: unknown, keys: string[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...keys, String(i)]));
    else if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "quote" || key === "$comment") continue;
        if (key === "de" && typeof inner === "string") texts.push({ file: relative(repo, path), where: [...keys, key].join("."), text: inner });
        else walk(inner, [...keys, key]);
      }
    }
  };
  walk(JSON.parse(readFileSync(path, "utf8")), []);
  return texts;
}

/** The text of a string or template literal node, with each `${…}` as `{…}`. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `{…}${span.literal.text}`).join("");
  return undefined;
}

const lineOf = (file: ts.SourceFile, node: ts.Node) => `Zeile ${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;

/** The `de:` entries of a package's message tables (`{ de: "…", en: "…" }`), in source order. */
function messageTableTexts(repo: string, path: string): GermanText[] {
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const texts: GermanText[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === "de") {
      const text = literalText(node.initializer);
      if (text !== undefined) texts.push({ file: relative(repo, path), where: lineOf(file, node), text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

/** Attributes whose strings are code, not words: class names, ids, keys, types, addresses. */
const codeAttributes = new Set(["class", "className", "id", "key", "type", "href", "src", "name", "for", "htmlFor", "accept", "rel", "method", "action", "autoComplete", "autocomplete", "inputMode", "pattern", "role", "lang", "target", "value", "min", "max", "step"]);

/** Words that mark a text as German rather than English or code. */
const germanWord = /[äöüßÄÖÜ]|(?<![\p{L}])(?:der|die|das|und|nicht|ist|sind|Sie|Bitte|bitte|mit|für|ein|eine|einen|oder|zu|von|im|auf|den|dem|des|kein|keine|wird|werden|noch|alle|jede|jeder)(?![\p{L}])/u;

/** Whether a literal reads as German prose: two words or more, a German word among them, and no SQL. */
const isGermanProse = (text: string) =>
  /\p{L}{2,}[\s,.:;!?–-]+\p{L}/u.test(text) && germanWord.test(text) && !/^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|PRAGMA|DROP|WITH)\b/i.test(text);

/**
 * The German texts of a source file: the text of each JSX element (its expressions as `{…}`) and
 * every string or template literal that reads as German prose (markup stripped), except in imports,
 * in attributes that hold code, in element accesses, and in the properties named in `skip`.
 */
function proseTexts(repo: string, path: string, skip: ReadonlySet<string> = new Set()): GermanText[] {
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const texts: GermanText[] = [];
  const push = (node: ts.Node, text: string) => {
    // Markup in a string (the portal's error pages) is code; its text between the tags is words.
    const squashed = squash(text.replace(/<[^>]*>/g, " "));
    if (isGermanProse(squashed)) texts.push({ file: relative(repo, path), where: lineOf(file, node), text: squashed });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isElementAccessExpression(node)) return;
    if (ts.isJsxAttribute(node) && codeAttributes.has(node.name.getText(file))) return;
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && skip.has(node.name.text)) return;
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      const parts = node.children.map((child) => (ts.isJsxText(child) ? child.text : "{…}"));
      if (node.children.some((child) => ts.isJsxText(child) && child.text.trim() !== "")) push(node, parts.join(""));
    }
    const literal = literalText(node);
    if (literal !== undefined && !(node.parent && ts.isTemplateSpan(node.parent))) push(node, literal);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

/** Every user-facing German text of the repository at `repo`, from rules, data, packages, portal and Werkstatt. */
export function germanTexts(repo: string): GermanText[] {
  const at = (...parts: string[]) => join(repo, ...parts);
  const ruleFiles = sourceFiles(at("packages/core/rules"), [".json"]).filter((path) => !path.endsWith(".cases.json"));
  const dataFiles = sourceFiles(at("packages/core/data"), [".json"]);
  const packageFiles = ["core", "cli", "forms", "agreement"].flatMap((name) => sourceFiles(at("packages", name, "src"), [".ts"]));
  const exampleFiles = ["portal", "werkstatt"].flatMap((name) => sourceFiles(at("examples", name, "src"), [".ts", ".tsx"]));
  const fieldLabels = fieldPatterns.flatMap((pattern) => {
    const label = fieldSpec(pattern)?.label.de;
    return label ? [{ file: "packages/core/src/application/application.ts", where: `Feld ${pattern}`, text: label }] : [];
  });
  return [
    ...[...ruleFiles, ...dataFiles].flatMap((path) => jsonTexts(repo, path)),
    ...packageFiles.flatMap((path) => messageTableTexts(repo, path)),
    ...fieldLabels,
    // The packages' other German prose: the catalogue's page text, the diff's sentences, errors. The
    // message tables are read above; the commands' `help` mixes both languages with JSON examples.
    ...packageFiles.flatMap((path) => proseTexts(repo, path, new Set(["de", "en", "help"]))),
    ...exampleFiles.flatMap((path) => proseTexts(repo, path)),
  ];
}
