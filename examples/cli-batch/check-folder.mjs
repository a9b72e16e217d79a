// @ts-check
// Checks every application file (*.json) in a folder with the `bildungspartner check` command,
// used as a library, and prints one line per file. Exit code as the CLI's: 0 every file eligible,
// 1 any not eligible, incomplete or for review by Bildungspartner NRW (needs-review), 2 any invalid
// or unreadable.
//   node check-folder.mjs applications
//   node check-folder.mjs applications --report report.json   (also writes every Decision)
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { run } from "@bildungspartner/cli";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { report: { type: "string" } } });
const folder = positionals[0] ?? "applications";
if (!existsSync(folder)) {
  console.error(`Ordner nicht gefunden: ${folder}`);
  process.exit(2);
}
const files = readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => join(folder, name));
if (files.length === 0) {
  console.error(`Keine Antragsdateien (*.json) in ${folder}.`);
  process.exit(2);
}

// The CLI writes its JSON report to an Io of ours instead of the terminal.
let output = "";
const io = { stdout: { write: (/** @type {string} */ text) => (output += text) }, stderr: process.stderr };
const code = await run(["check", "--format", "json", ...files], io);
/** @type {import("@bildungspartner/cli").FileDecision[]} */
const decisions = JSON.parse(output);

const words = {
  eligible: "registrierbar",
  "needs-review": "Prüfung durch Bildungspartner NRW",
  "not-eligible": "nicht registrierbar",
  incomplete: "unvollständig",
  invalid: "ungültig",
};
// A Soll-Kriterium not met leaves the decision to the programme office: marked "?", not "✗".
const marks = { eligible: "✓", "needs-review": "?", "not-eligible": "✗", incomplete: "✗", invalid: "✗" };
const levelWords = { must: "Muss-Kriterien nicht erfüllt", should: "Soll-Kriterien nicht erfüllt" };
for (const decision of decisions) {
  const open = decision.criteria.filter((c) => c.status === "unknown").map((c) => c.title);
  const notMet = (/** @type {"must" | "should"} */ level) => {
    const titles = decision.criteria.filter((c) => c.status === "not-met" && c.level === level).map((c) => c.title);
    return titles.length > 0 ? [`${levelWords[level]}: ${titles.join(", ")}`] : [];
  };
  const reasons =
    decision.status === "invalid"
      ? decision.issues.map((issue) => issue.message)
      : decision.status === "incomplete"
        ? [`noch offen: ${open.join(", ")}`]
        : [...notMet("must"), ...notMet("should")];
  console.log(`${marks[decision.status]} ${decision.file}: ${words[decision.status]}${reasons.length > 0 ? ` – ${reasons.join("; ")}` : ""}`);
}
const count = (/** @type {string} */ status) => decisions.filter((d) => d.status === status).length;
console.log(`${count("eligible")} von ${decisions.length} Anträgen registrierbar, ${count("needs-review")} zur Prüfung durch Bildungspartner NRW.`);
if (values.report) writeFileSync(values.report, `${JSON.stringify(decisions, null, 2)}\n`);
process.exitCode = code;
