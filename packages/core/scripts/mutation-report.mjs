// Writes the "Mutation testing" section of docs/benchmarks.md from Stryker's JSON report.
// Run by `pnpm --filter @bildungspartner/core mutation` after `stryker run`.
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { writeBenchmarkSection } from "../../../scripts/benchmarks-doc.mjs";
import config from "../stryker.config.mjs";

const reportFile = fileURLToPath(new URL("../reports/mutation/mutation.json", import.meta.url));
const report = JSON.parse(readFileSync(reportFile, "utf8"));

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

/** Stryker's mutation score: detected of detected plus undetected, in percent. */
const score = (counts) => {
  const valid = counts.Killed + counts.Timeout + counts.Survived + counts.NoCoverage;
  return valid === 0 ? 100 : (100 * (counts.Killed + counts.Timeout)) / valid;
};

const empty = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Static: 0, Disabled: 0, Errors: 0 });
const total = empty();
const rows = Object.entries(report.files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([file, { mutants }]) => {
    const counts = empty();
    for (const mutant of mutants) {
      const status = mutant.status;
      let key;
      if (DETECTED.has(status) || UNDETECTED.has(status)) key = status;
      else if (status === "Ignored") key = /static/i.test(mutant.statusReason ?? "") ? "Static" : "Disabled";
      else key = "Errors"; // CompileError, RuntimeError: not counted in the score
      counts[key]++;
      total[key]++;
    }
    return { file, counts };
  });

const pct = (counts) => `${score(counts).toFixed(1)} %`;
const line = (name, c) =>
  `| ${name} | ${pct(c)} | ${c.Killed} | ${c.Timeout} | ${c.Survived} | ${c.NoCoverage} | ${c.Disabled} | ${c.Static} |`;

const overall = score(total);
const minimum = config.thresholds.break;
const date = statSync(reportFile).mtime.toISOString().slice(0, 10);

/*
 * Surviving mutants checked by hand and found equivalent: no input tells them from the original.
 * Keyed by file and the exact (trimmed) source line, so a note drops out as soon as that line
 * changes and its survivors show as "not analysed" again.
 */
const equivalent = {
  "src/application/dates.ts": {
    "return days !== undefined && day >= 1 && day <= days;":
      "for a month outside 1–12 `days` is undefined and `day <= undefined` is false anyway",
    "isValid(date) && date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;":
      "redundant checks: any rollover of `new Date(y, m, d)` already changes the month or the day",
  },
  "src/evaluate/decision.ts": {
    "if (!facts) {": "cache of the facts each rule reads: recomputing gives the same list",
    "const missing = factsOf(rule).flatMap((fact) => (facts.values[fact] === null ? facts.missing[fact] : []));":
      "a known fact has no missing inputs, so dropping the null check adds nothing",
  },
  "src/evaluate/engine.ts": {
    'return "all" in condition || "any" in condition ? (condition as EngineTopLevel) : { all: [condition] };':
      "wrapping an all/any condition in one more `all` changes no result; only a bare comparison must be wrapped",
    'event: { type: wanted ? "met" : "not-met", params: { criterion: rule.id } },':
      'the "not-met" event is read as "not met" by not being "met", whatever its name',
  },
  "src/application/facts.ts": {
    'return some(candidates, "contacts");': "in `partnerContactNamed` the list is never empty (checked by `everyPartnerNamed`)",
    'return name === undefined ? { missing: "school.name" } : { name, missing: "" };': "`missing` is read only when the name is unknown",
    "return name === undefined ? { missing: `partners.${contact.partner}.name` } : { name, missing: \"\" };":
      "`missing` is read only when the name is unknown",
    "missing[name] = derived.missing.length > 1 ? [...new Set(derived.missing)] : derived.missing;":
      "de-duplicating a list of one changes nothing; the threshold only saves work",
  },
  "src/application/mailbox.ts": {
    "if (at <= 0) return true;": "an address starting with @ has an empty local part, a role mailbox either way",
    "const domain = fold(email.slice(at + 1));":
      "the official-mailbox check is redundant: its local parts are digits only, which the digits-only rule also catches",
    "for (const official of officialMailboxes) {": "as above: redundant official-mailbox check",
    "if (domain === official.domain && official.localPart.test(localPart)) return true;": "as above: redundant official-mailbox check",
    "if (token.length === 0) continue;": "an empty token matches no role word and adds nothing to the joined word",
    "if (!names) {": "cache of institution names: recomputing gives the same set",
    ".split(/[^a-z0-9]+/)": "empty words from repeated separators are dropped by the length filter",
  },
};

// The surviving mutants, so the next person sees at once what the tests let through.
const survivors = Object.entries(report.files)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([file, { mutants, source }]) => {
    const lines = source.split("\n");
    const byLine = new Map();
    for (const mutant of mutants.filter((m) => UNDETECTED.has(m.status))) {
      const at = mutant.location.start.line;
      byLine.set(at, [...(byLine.get(at) ?? []), mutant.mutatorName]);
    }
    return [...byLine]
      .sort(([a], [b]) => a - b)
      .map(([at, mutators]) => {
        const reason = equivalent[file]?.[lines[at - 1]?.trim() ?? ""];
        return `| \`${file}:${at}\` | ${mutators.join(", ")} | ${reason ? `equivalent: ${reason}` : "**not analysed**"} |`;
      });
  });
const unexplained = survivors.filter((row) => row.includes("**not analysed**")).length;

writeBenchmarkSection(
  "Mutation testing",
  `Stryker (\`@stryker-mutator/core\` 9.6.1, vitest runner, \`coverageAnalysis: "perTest"\`, incremental)
over the rule evaluation of \`packages/core\`: ${config.mutate.map((f) => `\`${f}\``).join(", ")} — the
three-valued logic and its compiler, the operators, the json-rules-engine adapter, the facts derived
from an application with the e-mail and date helpers they rest on, and the decision built from the
criterion truths. Input parsing (\`application.ts\`, checked against zod by its own differential property
test), rule-file loading and the other rule sets are outside this scope. Last run ${date} with
\`pnpm --filter @bildungspartner/core mutation\` (\`stryker run\`, then \`scripts/mutation-report.mjs\`
writes this section). Not part of CI: a full run takes minutes (4.6 to 5.5 here, 2 cores).
The tests it runs are listed in \`vitest.mutation.config.ts\`; their property tests make a tenth of
their runs there (\`PROPERTY_RUNS_SCALE\`), CI runs them in full.

**Mutation score: ${overall.toFixed(1)} %** (goal: at least ${minimum} %; Stryker's \`break\`
threshold fails the run below it): **${overall >= minimum ? "met" : "missed"}**.

| file | score | killed | timeout | survived | no coverage | disabled (equivalent) | static (ignored) |
|---|---:|---:|---:|---:|---:|---:|---:|
${rows.map(({ file, counts }) => line(`\`${file}\``, counts)).join("\n")}
${line("**all**", total)}

Score = (killed + timeout) / (killed + timeout + survived + no coverage). "Disabled" mutants are
equivalent by design, each marked in the source with \`// Stryker disable next-line <mutator>: <reason>\`
(engine rule names that only label rules, a stated library default, a cache's bound). "Static"
mutants change code that runs only while a module loads (label texts of the fact catalogue, the
operator table, regular expressions); \`ignoreStatic\` leaves them out, as each would need a fresh
test process.

Surviving mutants by line (${total.Survived + total.NoCoverage} mutants on ${survivors.length} lines, ${unexplained} not analysed):

| where | mutators | why it survives |
|---|---|---|
${survivors.join("\n")}`,
);

console.log(`Mutation score ${overall.toFixed(1)} % written to docs/benchmarks.md`);
