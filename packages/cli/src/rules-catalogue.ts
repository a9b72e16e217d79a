import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  situationFieldLabel,
  submittableStatuses,
  type Category,
  type Condition,
  type CriterionStatus,
  type FurtherSource,
  type LocalizedText,
  type OfferingRuleFile,
  type OfferingRuleSet,
  type OfferingStatus,
  type RuleFile,
  type RuleSet,
} from "@bildungspartner/core";
import {
  conditionOutline,
  conditionProse,
  decisionTable,
  FAQ_URL,
  germanDate,
  inputLines,
  offeringKind,
  statusWords,
  type DataLists,
  type Outline,
  type ProseLists,
  type RuleCase,
  type RuleCaseFile,
} from "@bildungspartner/core/rules";
import { texts } from "./messages.js";
import type { KindDirectory, RuleDirectory } from "./rule-directory.js";

/** The German word of each offering status. */
const offeringStatusWords = Object.fromEntries(Object.entries(offeringKind.statusWords).map(([status, words]) => [status, words.de])) as Readonly<
  Record<OfferingStatus, string>
>;

/*
 * The rule catalogue: the rule files as a German, printable web page, plus one Markdown file per rule
 * that reads well in a pull request. Everything shown is generated from the files, so the examples
 * shown are the examples tested.
 */

/**
 * A link that opens the source page with the quoted sentence highlighted (a URL text fragment,
 * `#:~:text=`). Dash, comma and ampersand have a meaning there and are percent-encoded.
 */
export function textFragmentLink(url: string, quote: string): string {
  const encode = (part: string) =>
    encodeURIComponent(part.replace(/\s+/g, " ").trim()).replace(/[-()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  // A quote with an omission („…“) is found by its start and its end.
  const parts = quote.split("…").map((part) => part.trim()).filter((part) => part.length > 0);
  const fragment = parts.length > 1 ? `${encode(parts[0]!)},${encode(parts.at(-1)!)}` : encode(quote);
  return `${url.replace(/#.*$/, "")}#:~:text=${fragment}`;
}

/** The words of a link to a quoted sentence: the FAQ by name, any other page by its address. */
function sourceLinkText(url: string): string {
  return url.replace(/#.*$/, "") === FAQ_URL ? "Zur Stelle in den FAQ von Bildungspartner NRW" : "Zur Stelle auf der zitierten Seite";
}

/** What a criterion and an offering both carry about where they come from. */
export interface Sourced {
  readonly source: { readonly quote: string; readonly url: string };
  readonly furtherSources?: readonly FurtherSource[] | undefined;
  readonly interpretation?: LocalizedText | undefined;
}

const furtherSourceLink = (source: FurtherSource): string => (source.quote ? textFragmentLink(source.url, source.quote) : source.url);

/** The source, the further sources with their claims, and the reading chosen, as HTML. */
export function sourcesHtml(rule: Sourced): string {
  const further = rule.furtherSources ?? [];
  return `<h3>Quelle</h3>
<blockquote cite="${html(rule.source.url)}"><p>„${html(rule.source.quote)}“</p></blockquote>
<p class="source"><a href="${html(textFragmentLink(rule.source.url, rule.source.quote))}">${sourceLinkText(rule.source.url)}</a> <span class="url">(${html(rule.source.url)})</span></p>
${
  further.length > 0
    ? `<h3>Weitere Quellen</h3>
<ul class="further-sources">${further
        .map(
          (source) =>
            `<li>${html(source.claim.de)}${source.quote ? ` – „${html(source.quote)}“` : ""} <span class="source"><a href="${html(furtherSourceLink(source))}">${html(source.url)}</a></span></li>`,
        )
        .join("\n")}</ul>\n`
    : ""
}${rule.interpretation ? `<h3>Auslegung</h3>\n<p class="interpretation">${html(rule.interpretation.de)}</p>\n` : ""}`;
}

/** The source, the further sources and the reading chosen, as Markdown lines. */
export function sourcesMarkdown(rule: Sourced): string[] {
  const further = rule.furtherSources ?? [];
  return [
    "## Quelle",
    "",
    `> „${rule.source.quote}“`,
    "",
    `[${sourceLinkText(rule.source.url)}](${textFragmentLink(rule.source.url, rule.source.quote)})`,
    "",
    ...(further.length > 0
      ? [
          "## Weitere Quellen",
          "",
          ...further.map((source) => `- ${source.claim.de}${source.quote ? ` – „${source.quote}“` : ""} ([${source.url}](${furtherSourceLink(source)}))`),
          "",
        ]
      : []),
    ...(rule.interpretation ? ["## Auslegung", "", rule.interpretation.de, ""] : []),
  ];
}

/** Text as HTML: the four characters that could end an element or attribute, escaped. */
export const html = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A Markdown table cell: no pipes, no line breaks. */
export const cell = (text: string): string => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

const messageRows: ReadonlyArray<[CriterionStatus, keyof RuleFile["messages"]]> = [
  ["met", "met"],
  ["not-met", "notMet"],
  ["unknown", "unknown"],
];

/** A condition's outline as nested HTML lists. */
/** One example case as the catalogue shows it: its name, its inputs in words and the expected result. */
export interface CaseRow {
  readonly name: string;
  readonly lines: readonly string[];
  /** CSS class of the result cell: `met`, `not-met` or `unknown`. */
  readonly statusClass: string;
  readonly status: string;
}

/** The table of a rule's example cases, shared by criteria and offerings. */
export function casesTableHtml(rows: readonly CaseRow[], inputHeader: string): string {
  if (rows.length === 0) return `<p class="note">Keine Beispielfälle.</p>`;
  const body = rows
    .map(
      (row, i) =>
        `<tr><td>${i + 1}</td><td>${html(row.name)}</td><td><ul class="input">${row.lines
          .map((line) => `<li>${html(line)}</li>`)
          .join("")}</ul></td><td class="${row.statusClass}">${row.status}</td></tr>`,
    )
    .join("\n");
  return `<table class="cases">
<thead><tr><th scope="col">Nr.</th><th scope="col">Fall</th><th scope="col">${inputHeader}</th><th scope="col">Erwartetes Ergebnis</th></tr></thead>
<tbody>${body}</tbody>
</table>`;
}

export function outlineHtml(outline: Outline): string {
  if (typeof outline === "string") return html(outline);
  return `${html(outline.heading)}<ul>${outline.items.map((item) => `<li>${outlineHtml(item)}</li>`).join("")}</ul>`;
}

/** A condition's outline as a nested Markdown list. */
export function outlineMarkdown(outline: Outline, depth = 0): string {
  const indent = "  ".repeat(depth);
  if (typeof outline === "string") return `${indent}- ${outline}`;
  return [`${indent}- ${outline.heading}`, ...outline.items.map((item) => outlineMarkdown(item, depth + 1))].join("\n");
}

const unknownNote = (rule: RuleFile): string =>
  `Fehlt eine Angabe, die das Ergebnis entscheidet, ist das Kriterium „unbekannt“ und der Antrag unvollständig; Meldung: „${rule.messages.unknown.de}“`;

/** What a criterion's level means for the outcome, in words. */
function levelText(rule: RuleFile): string {
  return rule.level === "must"
    ? `${texts.level.must.de}: Ist es nicht erfüllt, ist der Antrag nicht registrierbar.`
    : `${texts.level.should.de}: Die FAQ sagen „sollte“. Ist es nicht erfüllt (und jedes Muss-Kriterium erfüllt), entscheidet Bildungspartner NRW („${texts.statusWord["needs-review"].de}“).`;
}

/** The version and dates of a rule of either kind, in words: its rule set's (`Regelsatz`, `Angebote`), then its own. */
function validity(rule: { readonly validFrom: string }, ruleSet: { readonly version: string; readonly validFrom: string }, name = "Regelsatz"): string {
  return `${name} ${ruleSet.version}, gültig ab ${germanDate(ruleSet.validFrom)}; diese Regel gilt ab ${germanDate(rule.validFrom)}`;
}

function ruleHtml(rule: RuleFile, position: number, directory: RuleDirectory, lists: ProseLists): string {
  const outline = conditionOutline(rule.conditions, lists);
  const table = decisionTable(rule.conditions, lists);
  const cases = directory.cases.criteria.get(rule.id)?.cases ?? [];
  const tableHtml = table
    ? `<table class="decision">
<thead><tr><th scope="col">Nr.</th>${table.columns.map((c) => `<th scope="col">${html(c)}</th>`).join("")}<th scope="col">Ergebnis</th></tr></thead>
<tbody>${table.rows
        .map(
          (row, i) =>
            `<tr><td>${i + 1}</td>${row.cells.map((c) => `<td class="cell">${c}</td>`).join("")}<td class="${row.result}">${statusWords[row.result]}</td></tr>`,
        )
        .join("\n")}</tbody>
</table>
<p class="note">„ja“: die Angabe trifft zu, „nein“: sie trifft nicht zu, „–“: sie spielt keine Rolle. ${html(unknownNote(rule))}</p>`
    : `<p class="note">Die Bedingung hat zu viele Teile für eine Tabelle; es gilt die Beschreibung oben. ${html(unknownNote(rule))}</p>`;
  const casesHtml = casesTableHtml(
    cases.map((c) => ({ name: c.name, lines: inputLines(c.input, lists), statusClass: c.expected, status: statusWords[c.expected as CriterionStatus] })),
    "Angaben im Antrag",
  );
  return `<section class="rule" id="${rule.id}">
<h2><span class="number">${position}.</span> ${html(rule.title.de)}</h2>
<dl class="meta">
<dt>Kennung</dt><dd><code>${rule.id}</code> (Datei <code>${rule.id}.json</code>, Beispielfälle in <code>${rule.id}.cases.json</code>, <a href="markdown/${rule.id}.md">als Markdown</a>)</dd>
<dt>Stufe</dt><dd>${levelText(rule)}</dd>
<dt>Version und Gültigkeit</dt><dd>${html(validity(rule, directory.ruleSet))}</dd>
</dl>
<h3>Was wird geprüft?</h3>
<p>${html(rule.description.de)}</p>
<h3>Bedingung</h3>
<div class="condition"><strong>Erfüllt, wenn:</strong> ${outlineHtml(outline)}</div>
<h3>Entscheidungstabelle</h3>
${tableHtml}
<h3>Meldungen an Antragstellende</h3>
<table class="messages"><tbody>${messageRows
    .map(([status, key]) => `<tr><th scope="row" class="${status}">${statusWords[status]}</th><td>${html(rule.messages[key].de)}</td></tr>`)
    .join("\n")}</tbody></table>
${sourcesHtml(rule)}<h3>Beispielfälle (${cases.length})</h3>
${casesHtml}
</section>`;
}

function dataListsHtml(data: DataLists, from: boolean): string {
  const categories = data.categories
    .map(
      (c) =>
        `<tr><td>${html(c.label.de)}</td><td lang="en">${html(c.label.en)}</td><td><code>${c.id}</code></td><td>${c.inProgramme ? "ja" : "nein"}</td><td>${c.thirdPartner.needed ? "ja" : "nein"}</td></tr>`,
    )
    .join("\n");
  const schoolTypes = data.schoolTypes
    .map((t) => `<tr><td>${html(t.label.de)}</td><td lang="en">${html(t.label.en)}</td><td><code>${t.id}</code></td></tr>`)
    .join("\n");
  const words = [...data.roleMailboxes.localParts].sort((a, b) => a.localeCompare(b, "de"));
  const columns = 6;
  const wordRows = Array.from({ length: Math.ceil(words.length / columns) }, (_, row) =>
    `<tr>${Array.from({ length: columns }, (_, col) => `<td>${html(words[row * columns + col] ?? "")}</td>`).join("")}</tr>`,
  ).join("\n");
  const domains = data.roleMailboxes.officialDomains
    .map(
      (d) =>
        `<tr><td><code>${html(d.domain)}</code></td><td>${d.localPartDigits} Ziffern vor dem @</td><td>${html(d.label.de)}</td></tr>`,
    )
    .join("\n");
  return `<section id="listen">
<h2>Datenlisten</h2>
<p>${
    from ? "Die Listen stehen im Ordner <code>data</code> neben den Regeldateien" : "Die Listen sind die in <code>@bildungspartner/core</code> eingebauten"
  }; die Regeln lesen sie über die Fakten (zum Beispiel „Alle Partner gehören zu einer Art von Einrichtung, die das Programm vorsieht“).</p>
<h3 id="kategorien">Arten außerschulischer Partner (<code>categories.json</code>)</h3>
<table class="list"><thead><tr><th scope="col">Bezeichnung</th><th scope="col">Englisch</th><th scope="col">Kennung</th><th scope="col">Im Programm vorgesehen</th><th scope="col">Nicht kommunal: weiterer, kommunaler Partner nötig (<a href="#dritter-partner">Begründung</a>)</th></tr></thead>
<tbody>${categories}</tbody></table>
<h3 id="schulformen">Arten der Einrichtung: Schulformen, Kindergarten und Kita (<code>school-types.json</code>)</h3>
<table class="list"><thead><tr><th scope="col">Bezeichnung</th><th scope="col">Englisch</th><th scope="col">Kennung</th></tr></thead>
<tbody>${schoolTypes}</tbody></table>
<h3 id="funktionspostfaecher">Funktionspostfächer (<code>role-mailboxes.json</code>)</h3>
<p>Eine E-Mail-Adresse gilt als Funktionspostfach und nicht als persönliche Adresse, wenn der Teil vor dem @
(ohne Ziffern, Umlaute als ae, oe, ue, ss geschrieben) eines dieser Wörter ist oder als durch Punkt,
Binde- oder Unterstrich getrennten Teil enthält, oder wenn er dem Namen der eigenen Einrichtung entspricht.
${words.length} Wörter:</p>
<table class="words"><tbody>${wordRows}</tbody></table>
<p>Dienstliche Postfächer:</p>
<table class="list"><thead><tr><th scope="col">Domain</th><th scope="col">Teil vor dem @</th><th scope="col">Bedeutung</th></tr></thead>
<tbody>${domains}</tbody></table>
</section>`;
}

/** The overview table's rows: number, linked title, condition in words, number of example cases. */
export function overviewRows(
  rules: readonly { readonly id: string; readonly title: LocalizedText; readonly conditions: Condition<string>; readonly level?: RuleFile["level"] }[],
  cases: ReadonlyMap<string, { readonly cases: readonly unknown[] }>,
  lists: ProseLists,
): string {
  return rules
    .map(
      (rule, i) =>
        `<tr><td>${i + 1}</td><td><a href="#${rule.id}">${html(rule.title.de)}</a></td>${rule.level ? `<td>${texts.level[rule.level].de}</td>` : ""}<td>${html(conditionProse(rule.conditions, lists))}</td><td>${cases.get(rule.id)?.cases.length ?? 0}</td></tr>`,
    )
    .join("\n");
}

/** The rule set's next steps per outcome, as HTML: being eligible is not being registered. */
function nextStepsHtml(ruleSet: RuleSet): string {
  const rows = submittableStatuses
    .filter((status) => ruleSet.nextSteps[status].length > 0)
    .map(
      (status) =>
        `<tr><th scope="row">${texts.statusWord[status].de}</th><td><ol>${ruleSet.nextSteps[status]
          .map(
            (step) =>
              `<li>${html(step.text.de)}<br><span class="source">Quelle: „${html(step.source.quote)}“ <a href="${html(textFragmentLink(step.source.url, step.source.quote))}">${sourceLinkText(step.source.url)}</a></span></li>`,
          )
          .join("")}</ol></td></tr>`,
    )
    .join("\n");
  return `<section id="naechste-schritte">
<h2>Nächste Schritte nach der Prüfung</h2>
<p>Registriert wird eine Bildungspartnerschaft erst, wenn die unterzeichnete Kooperationsvereinbarung bei
Bildungspartner NRW eingereicht ist. Diese Schritte nennt jede Entscheidung mit dem jeweiligen Ergebnis
(aus <code>ruleset.json</code>, <code>nextSteps</code>).</p>
${rows ? `<table class="messages"><tbody>${rows}</tbody></table>` : '<p class="note">Der Regelsatz nennt keine nächsten Schritte.</p>'}
</section>`;
}

/** One reading the programme office can confirm or change: where it stands, its level and its default. */
interface Reading {
  readonly title: string;
  readonly link: string;
  readonly file: string;
  readonly level: string;
  readonly preset: string;
  readonly interpretation: string;
}

/** Every rule with an interpretation: the criteria (with their level and condition), then the offerings. */
function readings(directory: RuleDirectory, offerings: OfferingDirectory | undefined, lists: ProseLists): Reading[] {
  return [
    ...directory.ruleSet.rules.flatMap((rule): Reading[] =>
      rule.interpretation
        ? [
            {
              title: rule.title.de,
              link: `#${rule.id}`,
              file: `${rule.id}.json`,
              level: texts.level[rule.level].de,
              preset: `Erfüllt, wenn: ${conditionProse(rule.conditions, lists)}`,
              interpretation: rule.interpretation.de,
            },
          ]
        : [],
    ),
    ...(offerings?.ruleSet.rules ?? []).flatMap((rule): Reading[] =>
      rule.interpretation
        ? [
            {
              title: rule.title.de,
              link: `angebote.html#${rule.id}`,
              file: `offerings/${rule.id}.json`,
              level: "Angebot",
              preset: `Verfügbar, wenn: ${conditionProse(rule.conditions, lists)}`,
              interpretation: rule.interpretation.de,
            },
          ]
        : [],
    ),
  ];
}

const thirdPartnerNeeded = (category: Category) =>
  category.thirdPartner.needed ? "ja, ein weiterer, kommunaler Partner ist nötig" : "nein, ein Partner dieser Art genügt allein";

/**
 * The section „Auslegungsfragen“: every reading the rule files choose where the FAQ leaves room, with
 * the level and the shipped default, and the third-partner reading per category, so the programme
 * office can confirm or change each.
 */
function readingsHtml(directory: RuleDirectory, offerings: OfferingDirectory | undefined, lists: ProseLists): string {
  const rows = readings(directory, offerings, lists)
    .map(
      (r) =>
        `<tr><td><a href="${r.link}">${html(r.title)}</a><br><code>${html(r.file)}</code></td><td>${html(r.level)}</td><td>${html(r.interpretation)}</td><td>${html(r.preset)}</td></tr>`,
    )
    .join("\n");
  const categories = directory.data.categories
    .filter((category) => category.inProgramme)
    .map(
      (c) =>
        `<tr><td>${html(c.label.de)} (<code>${c.id}</code>)</td><td>${thirdPartnerNeeded(c)}</td><td>${html(c.thirdPartner.reason.de)}</td><td class="source">${
          c.thirdPartner.source.quote ? `„${html(c.thirdPartner.source.quote)}“ ` : ""
        }<a href="${html(c.thirdPartner.source.quote ? textFragmentLink(c.thirdPartner.source.url, c.thirdPartner.source.quote) : c.thirdPartner.source.url)}">${html(c.thirdPartner.source.url)}</a></td></tr>`,
    )
    .join("\n");
  return `<section id="auslegungsfragen">
<h2>Auslegungsfragen</h2>
<p>Wo die FAQ Raum für Auslegung lassen, wählen die Regeldateien eine Lesart. Hier stehen alle, mit Stufe und
der mitgelieferten Voreinstellung, damit Bildungspartner NRW jede bestätigen oder ändern kann: die Stufe
(<code>level</code>: <code>"must"</code> oder <code>"should"</code>) und die Bedingung in der genannten Datei,
die Auslegung in ihrem Feld <code>interpretation</code>.</p>
${rows ? `<table class="readings">
<thead><tr><th scope="col">Regel und Datei</th><th scope="col">Stufe</th><th scope="col">Auslegung</th><th scope="col">Voreinstellung</th></tr></thead>
<tbody>${rows}</tbody>
</table>` : '<p class="note">Keine Regel nennt eine Auslegung.</p>'}
<h3 id="dritter-partner">Dritter, kommunaler Partner je Art der Einrichtung</h3>
<p>Die FAQ verlangen einen weiteren, kommunalen Partner, wenn der außerschulische Partner keine kommunale Einrichtung
ist. Ob das für jede Art von Einrichtung gilt, steht je Art in <code>data/categories.json</code>
(<code>thirdPartner.needed</code>, mit Begründung und Quelle); das Kriterium „Kommunaler Partner“ liest es.</p>
<table class="readings">
<thead><tr><th scope="col">Art der Einrichtung</th><th scope="col">Braucht ein nicht kommunaler Partner einen weiteren, kommunalen Partner?</th><th scope="col">Begründung</th><th scope="col">Quelle</th></tr></thead>
<tbody>${categories}</tbody>
</table>
</section>`;
}

/** The section „Auslegungsfragen“ as Markdown (`markdown/auslegungsfragen.md`). */
function readingsMarkdown(directory: RuleDirectory, offerings?: OfferingDirectory): string {
  const lists: ProseLists = directory.data;
  const lines = [
    "# Auslegungsfragen",
    "",
    `Regelsatz ${directory.ruleSet.version}, gültig ab ${germanDate(directory.ruleSet.validFrom)}. Jede Lesart, die die Regeldateien wählen, wo die FAQ Raum lassen, mit Stufe und Voreinstellung.`,
    "",
    "| Regel | Datei | Stufe | Auslegung | Voreinstellung |",
    "|---|---|---|---|---|",
    ...readings(directory, offerings, lists).map((r) => `| ${cell(r.title)} | \`${r.file}\` | ${r.level} | ${cell(r.interpretation)} | ${cell(r.preset)} |`),
    "",
    "## Dritter, kommunaler Partner je Art der Einrichtung (`data/categories.json`)",
    "",
    "| Art der Einrichtung | Weiterer, kommunaler Partner nötig? | Begründung | Quelle |",
    "|---|---|---|---|",
    ...directory.data.categories
      .filter((category) => category.inProgramme)
      .map(
        (c) =>
          `| ${cell(c.label.de)} (\`${c.id}\`) | ${thirdPartnerNeeded(c)} | ${cell(c.thirdPartner.reason.de)} | ${c.thirdPartner.source.quote ? `„${cell(c.thirdPartner.source.quote)}“ ` : ""}${c.thirdPartner.source.url} |`,
      ),
  ];
  return `${lines.join("\n")}\n`;
}

/** The whole catalogue as one HTML page (with `catalogue.css` beside it). */
export function catalogueHtml(directory: RuleDirectory, offerings?: OfferingDirectory): string {
  const lists: ProseLists = directory.data;
  const { ruleSet } = directory;
  const overview = overviewRows(ruleSet.rules, directory.cases.criteria, lists);
  const toc = ruleSet.rules.map((rule, i) => `<li><a href="#${rule.id}">${i + 1}. ${html(rule.title.de)}</a></li>`).join("\n");
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Regelkatalog Bildungspartner NRW – Regelsatz ${html(ruleSet.version)}</title>
<link rel="stylesheet" href="catalogue.css">
</head>
<body>
<header>
<h1>Regelkatalog Bildungspartner NRW</h1>
<p class="meta">Regelsatz <strong>${html(ruleSet.version)}</strong>, gültig ab <strong>${germanDate(ruleSet.validFrom)}</strong>.
Erzeugt aus den Regeldateien; jede Angabe hier steht so in einer Datei, jeder Beispielfall wird getestet.</p>
</header>
<nav aria-label="Inhalt">
<h2>Inhalt</h2>
<ul class="toc">
<li><a href="#uebersicht">Übersicht der Kriterien</a></li>
<li><a href="#naechste-schritte">Nächste Schritte nach der Prüfung</a></li>
<li><a href="#auslegungsfragen">Auslegungsfragen</a></li>
${toc}
<li><a href="#listen">Datenlisten</a></li>
${offerings ? '<li><a href="angebote.html">Angebote für Partnerschaften</a></li>\n' : ""}</ul>
</nav>
<main>
<section id="uebersicht">
<h2>Übersicht der Kriterien</h2>
<p>In der Reihenfolge der FAQ. Ein Muss-Kriterium muss erfüllt sein: Ist eines nicht erfüllt, ist die
Kooperation nicht registrierbar. Ein Soll-Kriterium sollte erfüllt sein (die FAQ sagen „sollte“): Ist nur ein
Soll-Kriterium nicht erfüllt, lautet das Ergebnis „Prüfung durch Bildungspartner NRW“, und das Programm
entscheidet. Fehlen Angaben, ist der Antrag unvollständig. Sind alle Kriterien erfüllt, ist die Kooperation
registrierbar; registriert wird sie mit der Einreichung der unterzeichneten Kooperationsvereinbarung.</p>
<table class="overview">
<thead><tr><th scope="col">Nr.</th><th scope="col">Kriterium</th><th scope="col">Stufe</th><th scope="col">Erfüllt, wenn</th><th scope="col">Beispielfälle</th></tr></thead>
<tbody>${overview}</tbody>
</table>
</section>
${nextStepsHtml(ruleSet)}
${readingsHtml(directory, offerings, lists)}
${ruleSet.rules.map((rule, i) => ruleHtml(rule, i + 1, directory, lists)).join("\n")}
${dataListsHtml(directory.data, directory.dataFromFolder.categories)}
</main>
<footer>
<p>Quelle der Regeln: FAQ von Bildungspartner NRW, <a href="https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/">bildungspartner.schulministerium.nrw.de</a>.</p>
</footer>
</body>
</html>
`;
}

/** One rule as Markdown, for review in a pull request. */
export function ruleMarkdown(rule: RuleFile, cases: RuleCaseFile | undefined, directory: RuleDirectory): string {
  const lists: ProseLists = directory.data;
  const table = decisionTable(rule.conditions, lists);
  const lines = [
    `# ${rule.title.de}`,
    "",
    `Kennung \`${rule.id}\` · ${validity(rule, directory.ruleSet)}`,
    "",
    `**Stufe:** ${levelText(rule)}`,
    "",
    "## Was wird geprüft?",
    "",
    rule.description.de,
    "",
    "## Bedingung",
    "",
    "Erfüllt, wenn:",
    "",
    outlineMarkdown(conditionOutline(rule.conditions, lists)),
    "",
  ];
  if (table) {
    lines.push(
      "## Entscheidungstabelle",
      "",
      `| Nr. | ${table.columns.map(cell).join(" | ")} | Ergebnis |`,
      `|---|${table.columns.map(() => "---").join("|")}|---|`,
      ...table.rows.map((row, i) => `| ${i + 1} | ${row.cells.join(" | ")} | ${statusWords[row.result]} |`),
      "",
      unknownNote(rule),
      "",
    );
  }
  lines.push(
    "## Meldungen an Antragstellende",
    "",
    "| Ergebnis | Meldung |",
    "|---|---|",
    ...messageRows.map(([status, key]) => `| ${statusWords[status]} | ${cell(rule.messages[key].de)} |`),
    "",
    ...sourcesMarkdown(rule),
    `## Beispielfälle (${cases?.cases.length ?? 0})`,
    "",
  );
  if (cases && cases.cases.length > 0) {
    lines.push(
      "| Nr. | Fall | Angaben im Antrag | Erwartetes Ergebnis |",
      "|---|---|---|---|",
      ...cases.cases.map(
        (c, i) => `| ${i + 1} | ${cell(c.name)} | ${inputLines(c.input, lists).map(cell).join("<br>")} | ${statusWords[c.expected as CriterionStatus]} |`,
      ),
    );
  } else {
    lines.push("Keine Beispielfälle.");
  }
  return `${lines.join("\n")}\n`;
}

/** Print-friendly styles: plain on screen, page-aware on paper. */
export const catalogueCss = `:root { --ink: #1a1a1a; --muted: #555; --line: #c8c8c8; --met: #0b6e2e; --not-met: #a4161a; --unknown: #7a5a00; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; font: 16px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font-size: 1.4rem; margin: 2.2rem 0 .6rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.meta, .note { color: var(--muted); }
ul.toc { columns: 2; list-style: none; padding-left: 0; }
ul.toc li { break-inside: avoid; margin-bottom: .15rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .93rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
td.cell { text-align: center; }
table.cases td:first-child, table.decision td:first-child { width: 2.5rem; }
table.cases td:nth-child(2) { width: 32%; }
table.cases td:last-child { width: 9rem; }
.met { color: var(--met); font-weight: 600; }
.not-met { color: var(--not-met); font-weight: 600; }
.unknown { color: var(--unknown); font-weight: 600; }
ul.input { margin: 0; padding-left: 1rem; }
table.words td { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
table.readings td { font-size: .9rem; }
ul.further-sources { padding-left: 1.2rem; }
.interpretation { border-left: 4px solid var(--unknown); padding-left: .8rem; }
blockquote { margin: .4rem 0; padding: .2rem 1rem; border-left: 4px solid var(--line); font-style: italic; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.source .url { color: var(--muted); font-size: .85rem; word-break: break-all; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; }
footer { margin-top: 3rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  section.rule { break-before: page; }
  table, blockquote, dl.meta, .condition { break-inside: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .source a::after { content: " – " attr(href); font-size: 8pt; word-break: break-all; }
  .met, .not-met, .unknown { color: var(--ink); }
}
`;

/**
 * Writes the catalogue of a loaded rules folder to `outDir`: `index.html`, `catalogue.css`,
 * `markdown/auslegungsfragen.md` and `markdown/<id>.md` per rule; with offerings also `angebote.html` and `markdown/angebote/<id>.md` per
 * offering. Returns the files written, relative to `outDir`.
 */
export async function writeCatalogue(directory: RuleDirectory, outDir: string, offerings?: OfferingDirectory): Promise<string[]> {
  await mkdir(join(outDir, offerings ? join("markdown", "angebote") : "markdown"), { recursive: true });
  const files: Array<[string, string]> = [
    ["index.html", catalogueHtml(directory, offerings)],
    ["markdown/auslegungsfragen.md", readingsMarkdown(directory, offerings)],
    ...(offerings ? [["angebote.html", offeringsCatalogueHtml(offerings, directory.data)] as [string, string]] : []),
    ["catalogue.css", catalogueCss],
    ...directory.ruleSet.rules.map((rule): [string, string] => [
      `markdown/${rule.id}.md`,
      ruleMarkdown(rule, directory.cases.criteria.get(rule.id), directory),
    ]),
    ...(offerings
      ? offerings.ruleSet.rules.map((rule): [string, string] => [
          `markdown/angebote/${rule.id}.md`,
          offeringMarkdown(rule, offerings.cases.get(rule.id) as RuleCaseFile<OfferingStatus> | undefined, offerings, directory.data),
        ])
      : []),
  ];
  for (const [name, content] of files) await writeFile(join(outDir, name), content);
  return files.map(([name]) => name);
}

/*
 * The offerings page of the rule catalogue (`angebote.html`): what a partnership may use and what the
 * programme does not offer, generated from `rules/offerings/`, so the examples shown are the ones tested.
 */

/** An offerings folder that loaded without problems. */
export type OfferingDirectory = KindDirectory<OfferingRuleSet>;

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

/** The CSS class (and colour) of an offering status, shared with the criteria's. */
const statusClass = (status: OfferingStatus): string => (status === "available" ? "met" : status === "not-available" ? "not-met" : "unknown");

const words = (value: unknown): string =>
  value === true ? "ja" : value === false ? "nein" : typeof value === "string" ? value : JSON.stringify(value);

function offeringSection(rule: OfferingRuleFile, position: number, directory: OfferingDirectory, lists: ProseLists): string {
  const cases = (directory.cases.get(rule.id)?.cases ?? []) as readonly RuleCase<OfferingStatus>[];
  const steps = statusKeys
    .filter(([, key]) => rule.nextSteps[key].length > 0)
    .map(([status, key]) => `<tr><th scope="row" class="${status}">${offeringStatusWords[status]}</th><td><ul>${rule.nextSteps[key].map((s) => `<li>${html(s.de)}</li>`).join("")}</ul></td></tr>`)
    .join("\n");
  return `<section class="rule" id="${rule.id}">
<h2><span class="number">${position}.</span> ${html(rule.title.de)}</h2>
<dl class="meta">
<dt>Kennung</dt><dd><code>${rule.id}</code> (Datei <code>offerings/${rule.id}.json</code>, Beispielfälle in <code>offerings/${rule.id}.cases.json</code>, <a href="markdown/angebote/${rule.id}.md">als Markdown</a>)</dd>
<dt>Gültigkeit</dt><dd>${html(validity(rule, directory.ruleSet, "Angebote"))}</dd>
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
export function offeringMarkdown(rule: OfferingRuleFile, cases: RuleCaseFile<OfferingStatus> | undefined, directory: OfferingDirectory, lists: ProseLists): string {
  const steps = statusKeys.filter(([, key]) => rule.nextSteps[key].length > 0);
  const lines = [
    `# ${rule.title.de}`,
    "",
    `Angebot \`${rule.id}\` · ${validity(rule, directory.ruleSet, "Angebote")}`,
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
