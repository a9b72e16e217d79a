import { readRuleDirectory } from "./rule-directory.js";
import {
  loadOfferingRuleSet,
  situationFieldLabel,
  type OfferingCaseFile,
  type OfferingRuleFile,
  type OfferingRuleSet,
  type OfferingStatus,
  type RuleFileProblem,
} from "@bildungspartner/core";
import type { ProseLists } from "./rule-prose.js";
import { conditionOutline, germanDate, inputLines } from "./rule-prose.js";
import { casesTableHtml, cell, html, outlineHtml, outlineMarkdown, overviewRows, sourcesHtml, sourcesMarkdown } from "./rules-catalogue.js";
import { offeringStatusWords, offeringStructuralProblems } from "./rules-lint-offerings.js";

/*
 * The offerings page of the rule catalogue (`angebote.html`): what a partnership may use and what the
 * programme does not offer, generated from `rules/offerings/`, so the examples shown are the ones tested.
 */

/** An offerings folder that loaded without problems. */
export interface OfferingDirectory {
  readonly dir: string;
  readonly ruleSet: OfferingRuleSet;
  readonly cases: ReadonlyMap<string, OfferingCaseFile>;
}

/** Loads an offerings folder; the problems instead when it has any. */
export async function loadOfferingDirectory(dir: string): Promise<OfferingDirectory | { problems: RuleFileProblem[] }> {
  const raw = await readRuleDirectory(dir);
  const problems = offeringStructuralProblems(raw);
  if (problems.length > 0) return { problems };
  const cases = new Map<string, OfferingCaseFile>();
  for (const content of Object.values(raw.caseFiles)) cases.set((content as OfferingCaseFile).offering, content as OfferingCaseFile);
  return { dir, ruleSet: loadOfferingRuleSet(raw.manifest, raw.ruleFiles), cases };
}

const statusKeys: ReadonlyArray<[OfferingStatus, "available" | "notAvailable" | "unknown"]> = [
  ["available", "available"],
  ["not-available", "notAvailable"],
  ["unknown", "unknown"],
];

/** A situation's input as lines: the application's fields prefixed "Antrag", the rest by their labels. */
export function situationLines(input: Readonly<Record<string, unknown>>, lists: ProseLists): string[] {
  const lines = Object.entries(input).flatMap(([key, value]) => {
    if (key === "application") return inputLines(value, lists).map((line) => `Antrag – ${line}`);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return Object.entries(value).map(([field, inner]) => `${situationFieldLabel(`${key}.${field}`)}: ${words(inner)}`);
    }
    return [`${situationFieldLabel(key)}: ${words(value)}`];
  });
  return lines.length > 0 ? lines : ["(keine Angaben)"];
}

/** The version and dates of an offering rule, in words. */
const validity = (rule: OfferingRuleFile, directory: OfferingDirectory): string =>
  `Angebote ${directory.ruleSet.version}, gültig ab ${germanDate(directory.ruleSet.validFrom)}; diese Regel gilt ab ${germanDate(rule.validFrom)}`;

/** The CSS class (and colour) of an offering status, shared with the criteria's. */
const statusClass = (status: OfferingStatus): string => (status === "available" ? "met" : status === "not-available" ? "not-met" : "unknown");

const words = (value: unknown): string =>
  value === true ? "ja" : value === false ? "nein" : typeof value === "string" ? value : JSON.stringify(value);

function offeringSection(rule: OfferingRuleFile, position: number, directory: OfferingDirectory, lists: ProseLists): string {
  const cases = directory.cases.get(rule.id)?.cases ?? [];
  const steps = statusKeys
    .filter(([, key]) => rule.nextSteps[key].length > 0)
    .map(([status, key]) => `<tr><th scope="row" class="${status}">${offeringStatusWords[status]}</th><td><ul>${rule.nextSteps[key].map((s) => `<li>${html(s.de)}</li>`).join("")}</ul></td></tr>`)
    .join("\n");
  return `<section class="rule" id="${rule.id}">
<h2><span class="number">${position}.</span> ${html(rule.title.de)}</h2>
<dl class="meta">
<dt>Kennung</dt><dd><code>${rule.id}</code> (Datei <code>offerings/${rule.id}.json</code>, Beispielfälle in <code>offerings/${rule.id}.cases.json</code>, <a href="markdown/angebote/${rule.id}.md">als Markdown</a>)</dd>
<dt>Gültigkeit</dt><dd>${html(validity(rule, directory))}</dd>
</dl>
<h3>Worum geht es?</h3>
<p>${html(rule.description.de)}</p>
<h3>Bedingung</h3>
<div class="condition"><strong>Verfügbar, wenn:</strong> ${outlineHtml(conditionOutline(rule.conditions, lists))}</div>
<h3>Meldungen</h3>
<table class="messages"><tbody>${statusKeys.map(([status, key]) => `<tr><th scope="row" class="${status}">${offeringStatusWords[status]}</th><td>${html(rule.messages[key].de)}</td></tr>`).join("\n")}</tbody></table>
${steps ? `<h3>Nächste Schritte</h3>\n<table class="messages"><tbody>${steps}</tbody></table>` : ""}
${sourcesHtml(rule)}<h3>Beispielfälle (${cases.length})</h3>
${casesTableHtml(
  cases.map((c) => ({ name: c.name, lines: situationLines(c.input, lists), statusClass: statusClass(c.expected), status: offeringStatusWords[c.expected] })),
  "Angaben",
)}
</section>`;
}

/** The offerings page as HTML, styled by the catalogue's `catalogue.css`. */
export function offeringsCatalogueHtml(directory: OfferingDirectory, lists: ProseLists): string {
  const { ruleSet } = directory;
  const overview = overviewRows(ruleSet.rules, directory.cases, lists);
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Angebote von Bildungspartner NRW – Regelsatz ${html(ruleSet.version)}</title>
<link rel="stylesheet" href="catalogue.css">
</head>
<body>
<header>
<h1>Angebote von Bildungspartner NRW</h1>
<p class="meta">Was eine registrierte Partnerschaft nutzen kann und was das Programm nicht anbietet. Angebote
<strong>${html(ruleSet.version)}</strong>, gültig ab <strong>${germanDate(ruleSet.validFrom)}</strong>. Erzeugt aus
den Regeldateien in <code>rules/offerings/</code>; jeder Beispielfall wird getestet. <a href="index.html">Zu den Kriterien</a></p>
</header>
<main>
<section id="uebersicht">
<h2>Übersicht der Angebote</h2>
<p>„Registriert“ heißt: Die Partnerschaft ist bei Bildungspartner NRW registriert (oder ihr Antrag erfüllt alle
Kriterien). Eine Kooperation mit einem Kindergarten oder einer Kita gilt nie als registriert.</p>
<table class="overview">
<thead><tr><th scope="col">Nr.</th><th scope="col">Angebot</th><th scope="col">Verfügbar, wenn</th><th scope="col">Beispielfälle</th></tr></thead>
<tbody>${overview}</tbody>
</table>
</section>
${ruleSet.rules.map((rule, i) => offeringSection(rule, i + 1, directory, lists)).join("\n")}
</main>
</body>
</html>
`;
}

/** One offering rule as Markdown, for review in a pull request (`markdown/angebote/<id>.md`). */
export function offeringMarkdown(rule: OfferingRuleFile, cases: OfferingCaseFile | undefined, directory: OfferingDirectory, lists: ProseLists): string {
  const steps = statusKeys.filter(([, key]) => rule.nextSteps[key].length > 0);
  const lines = [
    `# ${rule.title.de}`,
    "",
    `Angebot \`${rule.id}\` · ${validity(rule, directory)}`,
    "",
    "## Worum geht es?",
    "",
    rule.description.de,
    "",
    "## Bedingung",
    "",
    "Verfügbar, wenn:",
    "",
    outlineMarkdown(conditionOutline(rule.conditions, lists)),
    "",
    "## Meldungen",
    "",
    "| Ergebnis | Meldung |",
    "|---|---|",
    ...statusKeys.map(([status, key]) => `| ${offeringStatusWords[status]} | ${cell(rule.messages[key].de)} |`),
    "",
  ];
  if (steps.length > 0) {
    lines.push("## Nächste Schritte", "");
    for (const [status, key] of steps) lines.push(`Wenn ${offeringStatusWords[status]}:`, "", ...rule.nextSteps[key].map((step, i) => `${i + 1}. ${step.de}`), "");
  }
  const examples = cases?.cases ?? [];
  lines.push(
    ...sourcesMarkdown(rule),
    `## Beispielfälle (${examples.length})`,
    "",
  );
  if (examples.length > 0) {
    lines.push(
      "| Nr. | Fall | Angaben | Erwartetes Ergebnis |",
      "|---|---|---|---|",
      ...examples.map((c, i) => `| ${i + 1} | ${cell(c.name)} | ${situationLines(c.input, lists).map(cell).join("<br>")} | ${offeringStatusWords[c.expected]} |`),
    );
  } else {
    lines.push("Keine Beispielfälle.");
  }
  return `${lines.join("\n")}\n`;
}
