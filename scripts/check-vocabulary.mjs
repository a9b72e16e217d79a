// Checks that the vocabulary is owned once (issue #22), over the sources of packages/*/src and
// examples/*/src (tests, the test kit and core's generated modules left out):
// - each criterion id (packages/core/rules/ruleset.json) is a string literal in at most one source file;
// - no "partner:…" string keys (party references are objects);
// - no split("→") (diff transitions are objects);
// - the portal does not rewrite core's messages (`.replace(` on a message) or search them for a label;
// - core's and the agreement reader's `src/` hold at most 12 files at their top level (the rest in layer folders).
// Run: node scripts/check-vocabulary.mjs (exit 1 with one line per problem). CI runs it after npm test.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const TEST = /\.test(-d)?\.\w+$|\.prop\.test\.\w+$/;

/** Whether a repository path is a source file the rules apply to. */
export function isCheckedSource(path) {
  return (
    SOURCE.test(path) &&
    !TEST.test(path) &&
    /^(packages|examples)\/[^/]+\/src\//.test(path) &&
    !path.startsWith("packages/test-kit/") &&
    !path.startsWith("packages/core/src/generated/")
  );
}

const SEARCHES = new Set(["includes", "indexOf", "search", "match", "startsWith", "endsWith"]);

/** The problems of one file's text, with the criterion ids it names as literals (for the count over files). */
export function fileFindings(path, text, criterionIds) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const ids = new Set();
  const problems = [];
  const where = (node) => `${path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const portal = path.startsWith("examples/portal/src/");
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      if (criterionIds.includes(node.text)) ids.add(node.text);
      if (node.text.startsWith("partner:")) problems.push(`${where(node)}: a "partner:…" string key; refer to a party by an object`);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const on = node.expression.expression.getText(source);
      const args = node.arguments.map((a) => a.getText(source)).join(",");
      if (method === "split" && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]) && node.arguments[0].text === "→") {
        problems.push(`${where(node)}: split("→") of a transition; keep transitions as objects`);
      }
      if (portal && /message/i.test(on) && (method === "replace" || method === "replaceAll")) {
        problems.push(`${where(node)}: the portal rewrites a core message (${on}.${method}); show it as it comes`);
      }
      if (portal && /message/i.test(on) && SEARCHES.has(method) && /label/i.test(args)) {
        problems.push(`${where(node)}: the portal searches a core message for a label (${on}.${method}); use the issue's code and path`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { ids: [...ids], problems };
}

/** Every problem of a set of files (`{ path, text }`, paths relative to the repository). */
export function vocabularyProblems(files, criterionIds) {
  const problems = [];
  const filesById = new Map(criterionIds.map((id) => [id, []]));
  for (const { path, text } of files) {
    if (!isCheckedSource(path)) continue;
    const found = fileFindings(path, text, criterionIds);
    problems.push(...found.problems);
    for (const id of found.ids) filesById.get(id).push(path);
  }
  for (const [id, paths] of filesById) {
    if (paths.length > 1) problems.push(`criterion id "${id}" is a literal in ${paths.length} source files (at most 1): ${paths.join(", ")}`);
  }
  return problems;
}

/** Folders whose top level shows the layers, and how many files they may hold there. */
export const LAYERED = ["packages/core/src", "packages/agreement/src"];
export const MAX_TOP_LEVEL_FILES = 12;

/** A problem for each layered folder with more than {@link MAX_TOP_LEVEL_FILES} files at its top (paths of every file). */
export function crowdedFolders(paths) {
  return LAYERED.flatMap((folder) => {
    const top = paths.filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes("/"));
    return top.length > MAX_TOP_LEVEL_FILES ? [`${folder} holds ${top.length} files at its top level (at most ${MAX_TOP_LEVEL_FILES}); put them in the folder of their layer`] : [];
  });
}

function* walk(repo, dir) {
  for (const entry of readdirSync(join(repo, dir), { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* walk(repo, path);
    else yield path;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = relative(process.cwd(), fileURLToPath(new URL("..", import.meta.url))) || ".";
  const criterionIds = JSON.parse(readFileSync(join(repo, "packages/core/rules/ruleset.json"), "utf8")).criteria;
  const files = [];
  const paths = [];
  for (const top of ["packages", "examples"]) {
    for (const path of walk(repo, top)) {
      paths.push(path);
      if (isCheckedSource(path)) files.push({ path, text: readFileSync(join(repo, path), "utf8") });
    }
  }
  const problems = [...vocabularyProblems(files, criterionIds), ...crowdedFolders(paths)];
  for (const problem of problems) console.error(problem);
  console.log(problems.length === 0 ? `Vokabular: keine Probleme in ${files.length} Dateien / vocabulary: no problems` : `Vokabular: ${problems.length} Probleme / vocabulary: ${problems.length} problems`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
