import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  decisionStatuses,
  formatMessage,
  shippedRuleSets,
  situationFieldLabel,
  submissionStageWords,
  thirdPartnerNeed,
  type Category,
  type Condition,
  type FurtherSource,
  type LocalizedText,
  type OfferingRuleFile,
  type OfferingStatus,
  type RuleFile,
  type RuleParameters,
  type RuleReading,
  type RuleSet,
  type ThirdPartnerNeed,
} from "@bildungspartner/core";
import {
  comparisonText,
  conditionOutline,
  conditionProse,
  decisionStatusWords,
  decisionTable,
  eligibilityKind,
  FAQ_URL,
  germanDate,
  inputLines,
  offeringKind,
  statusWords,
  type AnyRuleKind,
  type DataLists,
  type Outline,
  type ProseLists,
  type RuleCaseFile,
  type StatusTone,
} from "@bildungspartner/core/rules";
import { texts } from "./messages.js";
import type { RuleDirectory } from "./rule-directory.js";

/*
 * The rule catalogue: the rule files as a German, printable web page per kind (the criteria in
 * `index.html`, the offerings in `angebote.html`), plus one Markdown file per rule that reads well in a
 * pull request. Everything shown is generated from the files, so the examples shown are the examples
 * tested. One page and one Markdown builder serve every kind; what differs is the kind's words and
 * files ({@link CatalogueKind}) and a few parts of its own (a criterion's level and decision table, an
 * offering's next steps).
 */

/**
 * A link that opens the source page with the quoted sentence highlighted (a URL text fragment,
 * `#:~:text=`). Dash, comma and ampersand have a meaning there and are percent-encoded.
 */
function textFragmentLink(url: string, quote: string): string {
  const encode = (part: string) =>
    encodeURIComponent(part.replace(/\s+/g, " ").trim()).replace(/[-()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  // A quote with an omission („…“) is found by its start and its end.
  const parts = quote.split("…").map((part) => part.trim()).filter((part) => part.length > 0);
  const fragment = parts.length > 1 ? `${encode(parts[0]!)},${encode(parts.at(-1)!)}` : encode(quote);
  return `${url.replace(/#.*$/, "")}#:~:text=${fragment}`;
}

/** The words of a link to a quoted sentence: the FAQ by name, any other page by its address. */
function sourceLinkText(url: string): string {
  return url.replace(/#.*$/, "") === FAQ_URL ? "Zur Stelle in der FAQ von Bildungspartner NRW" : "Zur Stelle auf der zitierten Seite";
}

/** What a criterion and an offering both carry about where they come from. */
interface Sourced {
  readonly source: { readonly quote: string; readonly url: string };
  readonly furtherSources?: readonly FurtherSource[] | undefined;
  readonly interpretation?: LocalizedText | undefined;
  readonly readings?: readonly RuleReading[] | undefined;
  readonly parameters?: RuleParameters | undefined;
}

/** Each parameter in words: its title, value and name, and its quote where a source states it. */
const parameterLines = (rule: Sourced): string[] =>
  Object.entries(rule.parameters ?? {}).map(
    ([name, parameter]) => `${parameter.title.de}: ${parameter.value} (${name})${parameter.source ? ` – „${parameter.source.quote}“` : ""}`,
  );

/** How a reading shows in a rule's section: its title, id and text. */
const readingLine = (reading: RuleReading): string => `${reading.title.de} (${reading.id}): ${reading.text.de}`;

const furtherSourceLink = (source: FurtherSource): string => (source.quote ? textFragmentLink(source.url, source.quote) : source.url);

/** The source, the further sources with their claims, and the reading chosen, as HTML. */
function sourcesHtml(rule: Sourced): string {
  const further = rule.furtherSources ?? [];
  const parameters = parameterLines(rule);
  return `${parameters.length > 0 ? `<h3>Parameter</h3>\n<ul class="parameters">${parameters.map((line) => `<li>${html(line)}</li>`).join("\n")}</ul>\n` : ""}<h3>Quelle</h3>
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
}${rule.interpretation ? `<h3>Auslegung</h3>\n<p class="interpretation">${html(rule.interpretation.de)}</p>\n` : ""}${
  rule.readings?.length
    ? `<h3>Auslegungen, die Ergebnisse nennen</h3>\n<ul class="interpretation">${rule.readings.map((reading) => `<li>${html(readingLine(reading))}</li>`).join("\n")}</ul>\n`
    : ""
}`;
}

/** The source, the further sources and the reading chosen, as Markdown lines. */
function sourcesMarkdown(rule: Sourced): string[] {
  const further = rule.furtherSources ?? [];
  const parameters = parameterLines(rule);
  return [
    ...(parameters.length > 0 ? ["## Parameter", "", ...parameters.map((line) => `- ${line}`), ""] : []),
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
    ...(rule.readings?.length ? ["## Auslegungen, die Ergebnisse nennen", "", ...rule.readings.map((reading) => `- ${readingLine(reading)}`), ""] : []),
  ];
}

/** Text as HTML: the four characters that could end an element or attribute, escaped. */
const html = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A Markdown table cell: no pipes, no line breaks. */
const cell = (text: string): string => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** One example case as the catalogue shows it: its name, its inputs in words and the expected result. */
interface CaseRow {
  readonly name: string;
  readonly lines: readonly string[];
  /** CSS class of the result cell: the status's tone. */
  readonly statusClass: StatusTone;
  readonly status: string;
}

/** The table of a rule's example cases. */
function casesTableHtml(rows: readonly CaseRow[], inputHeader: string): string {
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

/** A condition's outline as nested HTML lists. */
function outlineHtml(outline: Outline): string {
  if (typeof outline === "string") return html(outline);
  return `${html(outline.heading)}<ul>${outline.items.map((item) => `<li>${outlineHtml(item)}</li>`).join("")}</ul>`;
}

/** A condition's outline as a nested Markdown list. */
function outlineMarkdown(outline: Outline, depth = 0): string {
  const indent = "  ".repeat(depth);
  if (typeof outline === "string") return `${indent}- ${outline}`;
  return [`${indent}- ${outline.heading}`, ...outline.items.map((item) => outlineMarkdown(item, depth + 1))].join("\n");
}

/** What the catalogue shows of a rule of any kind. */
interface CatalogueRule extends Sourced {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly validFrom: string;
  readonly conditions: Condition<string>;
  /** Its messages by the kind's message keys. */
  readonly messages: object;
}

/** The parts of a rule's page and Markdown that only its kind has, each as the blocks it adds. */
interface OwnParts {
  /** Lines of the rule's `<dl class="meta">` before its validity. */
  readonly metaHtml: readonly string[];
  /** Blocks after the condition. */
  readonly afterConditionHtml: readonly string[];
  /** Blocks after the messages. */
  readonly afterMessagesHtml: readonly string[];
  /** Markdown lines after the rule's first line. */
  readonly metaMarkdown: readonly string[];
  /** Markdown lines after the condition. */
  readonly afterConditionMarkdown: readonly string[];
  /** Markdown lines after the messages. */
  readonly afterMessagesMarkdown: readonly string[];
}

/** What the catalogue of one kind needs besides the kind: its page, its words, its files and its own parts. */
interface CatalogueKind<R extends CatalogueRule> {
  readonly kind: AnyRuleKind;
  /** The kind's page (`index.html`, `angebote.html`). */
  readonly page: string;
  /** Where its rule files lie, relative to the rules folder (`""`, `"offerings/"`). */
  readonly fileDir: string;
  /** Where its Markdown files go, relative to the catalogue (`markdown`, `markdown/angebote`). */
  readonly markdownDir: string;
  /** The word before the id in a rule's Markdown (`Kennung`, `Angebot`). */
  readonly idWord: string;
  /** The validity's label in a rule's section, and the rule set's name in it (`Regelsatz`, `Angebote`). */
  readonly validity: { readonly label: string; readonly name: string };
  /** The heading over a rule's description. */
  readonly aboutHeading: string;
  /** What a condition tells (`Erfüllt, wenn`, `Verfügbar, wenn`). */
  readonly holdsWhen: string;
  /** The heading over a rule's messages. */
  readonly messagesHeading: string;
  /** The heading of an example case's input, and the input in words. */
  readonly input: { readonly heading: string; readonly lines: (input: Readonly<Record<string, unknown>>, lists: ProseLists) => string[] };
  /** A rule's level as the overview and the readings show it; the overview has a level column when the kind has levels. */
  readonly level?: (rule: R) => string;
  /** The parts of a rule that only this kind has. */
  readonly own: (rule: R, lists: ProseLists) => OwnParts;
  /** The words of a link to the kind's page from another page. */
  readonly linkText: string;
  /** What the kind's page adds around its overview and rule sections; `kinds` are every kind of the folder, this one first. */
  readonly frame: (kinds: readonly [KindCatalogue, ...KindCatalogue[]], directory: RuleDirectory) => PageFrame;
}

/** The CSS class (and colour) of a status: its tone (`positive`, `negative`, `open`), an unknown status open. */
function statusClass(kind: AnyRuleKind, status: string): StatusTone {
  return Object.hasOwn(kind.statusTones, status) ? kind.statusTones[status]! : "open";
}

/** What the offerings' placeholders stand for, as the catalogue shows a text that holds them. */
const placeholderWords = { flyerCount: "der gewünschten Stückzahl", nextArchiveDeadline: "1. März oder 1. Oktober" } as const;

/** A rule's German text as the catalogue shows it: placeholders in words, since no situation fills them. */
const shown = (text: string): string => formatMessage(text, placeholderWords);

/** A rule's German message under one of its kind's message keys. */
const messageOf = (rule: CatalogueRule, key: string): string => shown((rule.messages as Readonly<Record<string, LocalizedText>>)[key]?.de ?? "");

/** The version and dates of a rule, in words: its rule set's, then its own. */
function validity(rule: CatalogueRule, ruleSet: { readonly version: string; readonly validFrom: string }, name: string): string {
  return `${name} ${ruleSet.version}, gültig ab ${germanDate(ruleSet.validFrom)}; diese Regel gilt ab ${germanDate(rule.validFrom)}`;
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

/** One reading of a rule file as the section „Auslegungsfragen“ lists it. */
interface NamedReading {
  readonly rule: string;
  readonly link: string;
  readonly file: string;
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** When a result names it, in words. */
  readonly when: string;
}

/** One kind of a loaded folder, ready to render: its page's parts, its Markdown files and its readings. */
interface KindCatalogue {
  readonly view: CatalogueKind<never>;
  readonly ruleSet: { readonly version: string; readonly validFrom: string };
  /** The overview's rows. */
  overviewRows(): string;
  /** The rule sections of the kind's page. */
  sectionsHtml(): string;
  /** One Markdown file per rule: path in the catalogue, content. */
  markdownFiles(): Array<[string, string]>;
  /** Every rule with an interpretation, linked from `index.html`. */
  readings(): Reading[];
  /** Every reading of every rule (`readings` in the rule files), in rule order. */
  namedReadings(): NamedReading[];
}

/** Binds a kind's view to its loaded rule set, example cases and lists. */
function kindCatalogue<R extends CatalogueRule>(
  view: CatalogueKind<R>,
  ruleSet: { readonly version: string; readonly validFrom: string; readonly rules: readonly R[] },
  cases: ReadonlyMap<string, RuleCaseFile>,
  lists: ProseLists,
): KindCatalogue {
  const { kind } = view;
  const word = (status: string) => (kind.statusWords as Readonly<Record<string, LocalizedText>>)[status]?.de ?? status;
  const statuses = Object.entries(kind.messageKeys as Readonly<Record<string, string>>);
  const casesOf = (rule: R) => cases.get(rule.id)?.cases ?? [];
  const ruleValidity = (rule: R) => validity(rule, ruleSet, view.validity.name);

  const ruleHtml = (rule: R, position: number): string => {
    const own = view.own(rule, lists);
    const examples = casesOf(rule);
    return [
      `<section class="rule" id="${rule.id}">`,
      `<h2><span class="number">${position}.</span> ${html(rule.title.de)}</h2>`,
      `<dl class="meta">`,
      `<dt>Kennung</dt><dd><code>${rule.id}</code> (Datei <code>${view.fileDir}${rule.id}.json</code>, Beispielfälle in <code>${view.fileDir}${rule.id}.cases.json</code>, <a href="${view.markdownDir}/${rule.id}.md">als Markdown</a>)</dd>`,
      ...own.metaHtml,
      `<dt>${view.validity.label}</dt><dd>${html(ruleValidity(rule))}</dd>`,
      `</dl>`,
      `<h3>${view.aboutHeading}</h3>`,
      `<p>${html(rule.description.de)}</p>`,
      `<h3>Bedingung</h3>`,
      `<div class="condition"><strong>${view.holdsWhen}:</strong> ${outlineHtml(conditionOutline(rule.conditions, lists))}</div>`,
      ...own.afterConditionHtml,
      `<h3>${view.messagesHeading}</h3>`,
      `<table class="messages"><tbody>${statuses
        .map(([status, key]) => `<tr><th scope="row" class="${statusClass(kind, status)}">${word(status)}</th><td>${html(messageOf(rule, key))}</td></tr>`)
        .join("\n")}</tbody></table>`,
      ...own.afterMessagesHtml,
      `${sourcesHtml(rule)}<h3>Beispielfälle (${examples.length})</h3>`,
      casesTableHtml(
        examples.map((c) => ({ name: c.name, lines: view.input.lines(c.input, lists), statusClass: statusClass(kind, c.expected), status: word(c.expected) })),
        view.input.heading,
      ),
      `</section>`,
    ].join("\n");
  };

  const ruleMarkdown = (rule: R): string => {
    const own = view.own(rule, lists);
    const examples = casesOf(rule);
    const lines = [
      `# ${rule.title.de}`,
      "",
      `${view.idWord} \`${rule.id}\` · ${ruleValidity(rule)}`,
      "",
      ...own.metaMarkdown,
      `## ${view.aboutHeading}`,
      "",
      rule.description.de,
      "",
      "## Bedingung",
      "",
      `${view.holdsWhen}:`,
      "",
      outlineMarkdown(conditionOutline(rule.conditions, lists)),
      "",
      ...own.afterConditionMarkdown,
      `## ${view.messagesHeading}`,
      "",
      "| Ergebnis | Meldung |",
      "|---|---|",
      ...statuses.map(([status, key]) => `| ${word(status)} | ${cell(messageOf(rule, key))} |`),
      "",
      ...own.afterMessagesMarkdown,
      ...sourcesMarkdown(rule),
      `## Beispielfälle (${examples.length})`,
      "",
      ...(examples.length > 0
        ? [
            `| Nr. | Fall | ${view.input.heading} | Erwartetes Ergebnis |`,
            "|---|---|---|---|",
            ...examples.map((c, i) => `| ${i + 1} | ${cell(c.name)} | ${view.input.lines(c.input, lists).map(cell).join("<br>")} | ${word(c.expected)} |`),
          ]
        : ["Keine Beispielfälle."]),
    ];
    return `${lines.join("\n")}\n`;
  };

  return {
    view,
    ruleSet,
    overviewRows: () =>
      ruleSet.rules
        .map(
          (rule, i) =>
            `<tr><td>${i + 1}</td><td><a href="#${rule.id}">${html(rule.title.de)}</a></td>${view.level ? `<td>${view.level(rule)}</td>` : ""}<td>${html(conditionProse(rule.conditions, lists))}</td><td>${casesOf(rule).length}</td></tr>`,
        )
        .join("\n"),
    sectionsHtml: () => ruleSet.rules.map((rule, i) => ruleHtml(rule, i + 1)).join("\n"),
    markdownFiles: () => ruleSet.rules.map((rule): [string, string] => [`${view.markdownDir}/${rule.id}.md`, ruleMarkdown(rule)]),
    readings: () =>
      ruleSet.rules.flatMap((rule): Reading[] =>
        rule.interpretation
          ? [
              {
                title: rule.title.de,
                link: `${view.page === "index.html" ? "" : view.page}#${rule.id}`,
                file: `${view.fileDir}${rule.id}.json`,
                level: view.level ? view.level(rule) : kind.words.one.de,
                preset: `${view.holdsWhen}: ${conditionProse(rule.conditions, lists)}`,
                interpretation: rule.interpretation.de,
              },
            ]
          : [],
      ),
    namedReadings: () =>
      ruleSet.rules.flatMap((rule) =>
        ((rule as { readonly readings?: readonly RuleReading[] }).readings ?? []).map(
          (reading): NamedReading => ({
            rule: rule.title.de,
            link: `${view.page === "index.html" ? "" : view.page}#${rule.id}`,
            file: `${view.fileDir}${rule.id}.json`,
            id: reading.id,
            title: reading.title.de,
            text: reading.text.de,
            when: readingWhen(reading, word, lists),
          }),
        ),
      ),
  };
}

/** When a result names a reading, in words: its statuses, its condition, and what a should-reading does. */
function readingWhen(reading: RuleReading, word: (status: string) => string, lists: ProseLists): string {
  const statuses = reading.when.statuses.map((status) => `„${word(status)}“`).join(" oder ");
  const condition = reading.when.conditions ? `, wenn ${conditionProse(reading.when.conditions, lists)}` : "";
  const level = reading.level === "should" ? "; dann entscheidet Bildungspartner NRW (Prüfung) statt einer Ablehnung" : "";
  return `Ergebnis ${statuses}${condition}${level}`;
}

const unknownNote = (rule: RuleFile): string =>
  `Fehlt eine Angabe, die das Ergebnis entscheidet, ist das Kriterium „unbekannt“ und der Antrag unvollständig; Meldung: „${rule.messages.unknown.de}“`;

/** What a criterion's level means for the outcome, in words. */
function levelText(rule: RuleFile): string {
  return rule.level === "must"
    ? `${texts.level.must.de}: Ist es nicht erfüllt, ist der Antrag nicht registrierbar.`
    : `${texts.level.should.de}: Die FAQ sagt „sollte“. Ist es nicht erfüllt (und jedes Muss-Kriterium erfüllt), entscheidet Bildungspartner NRW („${texts.statusWord["needs-review"].de}“).`;
}

const criterionWord = (status: string) => (eligibilityKind.statusWords as Readonly<Record<string, LocalizedText>>)[status]!.de;

/** A criterion's own parts: its level, and its condition as a decision table. */
function criterionParts(rule: RuleFile, lists: ProseLists): OwnParts {
  const table = decisionTable(rule.conditions, lists);
  const tableHtml = table
    ? `<table class="decision">
<thead><tr><th scope="col">Nr.</th>${table.columns.map((c) => `<th scope="col">${html(c)}</th>`).join("")}<th scope="col">Ergebnis</th></tr></thead>
<tbody>${table.rows
        .map(
          (row, i) =>
            `<tr><td>${i + 1}</td>${row.cells.map((c) => `<td class="cell">${c}</td>`).join("")}<td class="${statusClass(eligibilityKind, row.result)}">${criterionWord(row.result)}</td></tr>`,
        )
        .join("\n")}</tbody>
</table>
<p class="note">„ja“: die Angabe trifft zu, „nein“: sie trifft nicht zu, „–“: sie spielt keine Rolle. ${html(unknownNote(rule))}</p>`
    : `<p class="note">Die Bedingung hat zu viele Teile für eine Tabelle; es gilt die Beschreibung oben. ${html(unknownNote(rule))}</p>`;
  return {
    metaHtml: [`<dt>Stufe</dt><dd>${levelText(rule)}</dd>`],
    afterConditionHtml: ["<h3>Entscheidungstabelle</h3>", tableHtml],
    afterMessagesHtml: [],
    metaMarkdown: [`**Stufe:** ${levelText(rule)}`, ""],
    afterConditionMarkdown: table
      ? [
          "## Entscheidungstabelle",
          "",
          `| Nr. | ${table.columns.map(cell).join(" | ")} | Ergebnis |`,
          `|---|${table.columns.map(() => "---").join("|")}|---|`,
          ...table.rows.map((row, i) => `| ${i + 1} | ${row.cells.join(" | ")} | ${criterionWord(row.result)} |`),
          "",
          unknownNote(rule),
          "",
        ]
      : [],
    afterMessagesMarkdown: [],
  };
}

/** The criteria: `index.html`, `markdown/<id>.md`. */
const criteriaCatalogue: CatalogueKind<RuleFile> = {
  kind: eligibilityKind,
  page: "index.html",
  fileDir: "",
  markdownDir: "markdown",
  idWord: "Kennung",
  validity: { label: "Version und Gültigkeit", name: "Regelsatz" },
  aboutHeading: "Was wird geprüft?",
  holdsWhen: "Erfüllt, wenn",
  messagesHeading: "Meldungen an Antragstellende",
  input: { heading: "Angaben im Antrag", lines: (input, lists) => inputLines(input, lists) },
  level: (rule) => texts.level[rule.level].de,
  own: criterionParts,
  linkText: "Kriterien",
  frame: criteriaFrame,
};

const words = (value: unknown): string =>
  value === true ? "ja" : value === false ? "nein" : typeof value === "string" ? value : JSON.stringify(value);

/** A criterion's title by its id, from the shipped rule sets (a situation's Decision names criteria by id). */
const criterionTitle = (id: string): string =>
  shippedRuleSets()
    .flatMap((ruleSet) => ruleSet.rules)
    .find((rule) => rule.id === id)?.title.de ?? id;

/** A situation's value in words: statuses and purposes by their German names, a Decision's criteria by title and result. */
function situationValue(path: string, value: unknown, lists: ProseLists): string {
  if (path === "decision.status" && typeof value === "string" && Object.hasOwn(decisionStatusWords, value)) {
    return decisionStatusWords[value as keyof typeof decisionStatusWords].de;
  }
  if (path === "funding.purpose" && typeof value === "string") return comparisonText({ fact: "funding.purpose", operator: "equal", value }, lists);
  if (path === "decision.criteria" && Array.isArray(value)) {
    return value
      .map((criterion: { id?: unknown; status?: unknown }) =>
        `${criterionTitle(String(criterion.id))}: ${statusWords[criterion.status as keyof typeof statusWords] ?? String(criterion.status)}`,
      )
      .join("; ");
  }
  return words(value);
}

/** A situation's input as lines: the application's fields prefixed "Antrag", the rest by their labels. */
function situationLines(input: Readonly<Record<string, unknown>>, lists: ProseLists): string[] {
  const lines = Object.entries(input).flatMap(([key, value]) => {
    if (key === "application") return inputLines(value, lists).map((line) => `Antrag – ${line}`);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return Object.entries(value).map(([field, inner]) => `${situationFieldLabel(`${key}.${field}`)}: ${situationValue(`${key}.${field}`, inner, lists)}`);
    }
    return [`${situationFieldLabel(key)}: ${situationValue(key, value, lists)}`];
  });
  return lines.length > 0 ? lines : ["(keine Angaben)"];
}

const offeringWord = (status: string) => (offeringKind.statusWords as Readonly<Record<string, LocalizedText>>)[status]!.de;

/** An offering's own part: its next steps per status. */
function offeringParts(rule: OfferingRuleFile): OwnParts {
  const steps = (Object.entries(offeringKind.messageKeys) as Array<[OfferingStatus, keyof OfferingRuleFile["nextSteps"]]>).filter(([, key]) => rule.nextSteps[key].length > 0);
  const rows = steps
    .map(([status, key]) => `<tr><th scope="row" class="${statusClass(offeringKind, status)}">${offeringWord(status)}</th><td><ul>${rule.nextSteps[key].map((s) => `<li>${html(shown(s.de))}</li>`).join("")}</ul></td></tr>`)
    .join("\n");
  return {
    metaHtml: [],
    afterConditionHtml: [],
    afterMessagesHtml: [rows ? `<h3>Nächste Schritte</h3>\n<table class="messages"><tbody>${rows}</tbody></table>` : ""],
    metaMarkdown: [],
    afterConditionMarkdown: [],
    afterMessagesMarkdown:
      steps.length > 0
        ? ["## Nächste Schritte", "", ...steps.flatMap(([status, key]) => [`Wenn ${offeringWord(status)}:`, "", ...rule.nextSteps[key].map((step, i) => `${i + 1}. ${shown(step.de)}`), ""])]
        : [],
  };
}

/** The offerings: `angebote.html`, `markdown/angebote/<id>.md`. */
const offeringsCatalogue: CatalogueKind<OfferingRuleFile> = {
  kind: offeringKind,
  page: "angebote.html",
  fileDir: "offerings/",
  markdownDir: "markdown/angebote",
  idWord: "Angebot",
  validity: { label: "Gültigkeit", name: "Angebote" },
  aboutHeading: "Worum geht es?",
  holdsWhen: "Verfügbar, wenn",
  messagesHeading: "Meldungen",
  input: { heading: "Angaben", lines: situationLines },
  own: offeringParts,
  linkText: "Angebote für Partnerschaften",
  frame: ([offerings]) => offeringsFrame(offerings),
};

/** What a kind's page adds around the overview and the rule sections. */
interface PageFrame {
  readonly title: string;
  readonly header: string;
  readonly nav?: string;
  readonly overviewIntro: string;
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  readonly footer?: string;
}

/** A kind's page: the frame's header and navigation, the overview of its rules, the frame's sections around the rules. */
function pageHtml(catalogue: KindCatalogue, frame: PageFrame): string {
  const { view } = catalogue;
  const { one, many } = view.kind.words;
  return [
    `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title}</title>
<link rel="stylesheet" href="catalogue.css">
</head>
<body>
<header>
${frame.header}
</header>`,
    ...(frame.nav === undefined ? [] : [frame.nav]),
    `<main>
<section id="uebersicht">
<h2>Übersicht der ${many.de}</h2>
<p>${frame.overviewIntro}</p>
<table class="overview">
<thead><tr><th scope="col">Nr.</th><th scope="col">${one.de}</th>${view.level ? '<th scope="col">Stufe</th>' : ""}<th scope="col">${view.holdsWhen}</th><th scope="col">Beispielfälle</th></tr></thead>
<tbody>${catalogue.overviewRows()}</tbody>
</table>
</section>`,
    ...(frame.before ?? []),
    catalogue.sectionsHtml(),
    ...(frame.after ?? []),
    "</main>",
    ...(frame.footer === undefined ? [] : [frame.footer]),
    "</body>\n</html>\n",
  ].join("\n");
}

/** The criteria's page, `index.html`: with the next steps, the readings of every kind, the data lists, and a link to each other kind's page. */
function criteriaFrame(kinds: readonly [KindCatalogue, ...KindCatalogue[]], directory: RuleDirectory): PageFrame {
  const { ruleSet } = directory;
  const toc = ruleSet.rules.map((rule, i) => `<li><a href="#${rule.id}">${i + 1}. ${html(rule.title.de)}</a></li>`).join("\n");
  const otherPages = kinds
    .slice(1)
    .map((other) => `<li><a href="${other.view.page}">${other.view.linkText}</a></li>\n`)
    .join("");
  return {
    title: `Regelkatalog Bildungspartner NRW – Regelsatz ${html(ruleSet.version)}`,
    header: `<h1>Regelkatalog Bildungspartner NRW</h1>
<p class="meta">Regelsatz <strong>${html(ruleSet.version)}</strong>, gültig ab <strong>${germanDate(ruleSet.validFrom)}</strong>.
Erzeugt aus den Regeldateien; jede Angabe hier steht so in einer Datei, jeder Beispielfall wird getestet.</p>`,
    nav: `<nav aria-label="Inhalt">
<h2>Inhalt</h2>
<ul class="toc">
<li><a href="#uebersicht">Übersicht der Kriterien</a></li>
<li><a href="#naechste-schritte">Nächste Schritte nach der Prüfung</a></li>
<li><a href="#auslegungsfragen">Auslegungsfragen</a></li>
${toc}
<li><a href="#listen">Datenlisten</a></li>
${otherPages}</ul>
</nav>`,
    overviewIntro: `In der Reihenfolge der FAQ. Ein Muss-Kriterium muss erfüllt sein: Ist eines nicht erfüllt, ist die
Kooperation nicht registrierbar. Ein Soll-Kriterium sollte erfüllt sein (die FAQ sagt „sollte“): Ist nur ein
Soll-Kriterium nicht erfüllt, lautet das Ergebnis „Prüfung durch Bildungspartner NRW“, und das Programm
entscheidet. Fehlen Angaben, ist der Antrag unvollständig. Sind alle Kriterien erfüllt, ist die Kooperation
registrierbar; registriert wird sie mit der Einreichung der unterzeichneten Kooperationsvereinbarung.`,
    before: [nextStepsHtml(ruleSet), readingsHtml(kinds, directory.data.categories)],
    after: [dataListsHtml(directory.data, directory.dataFromFolder.categories)],
    footer: `<footer>
<p>Quelle der Regeln: FAQ von Bildungspartner NRW, <a href="https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/">bildungspartner.schulministerium.nrw.de</a>.</p>
</footer>`,
  };
}

/** The offerings' page, `angebote.html`: what a partnership may use and what the programme does not offer. */
function offeringsFrame(offerings: KindCatalogue): PageFrame {
  const { version, validFrom } = offerings.ruleSet;
  return {
    title: `Angebote von Bildungspartner NRW – Regelsatz ${html(version)}`,
    header: `<h1>Angebote von Bildungspartner NRW</h1>
<p class="meta">Was eine registrierte Partnerschaft nutzen kann und was das Programm nicht anbietet. Angebote
<strong>${html(version)}</strong>, gültig ab <strong>${germanDate(validFrom)}</strong>. Erzeugt aus
den Regeldateien in <code>rules/offerings/</code>; jeder Beispielfall wird getestet. <a href="index.html">Zu den Kriterien</a></p>`,
    overviewIntro: `„Registriert“ heißt: Die von der Schule und allen Partnern unterzeichnete Kooperationsvereinbarung ist bei
Bildungspartner NRW eingereicht; mit der Einreichung wird eine Partnerschaft nach der FAQ offiziell registriert, nicht durch
eine Prüfung ihres Antrags. Eine Kooperation mit einem Kindergarten oder einer Kita wird nicht registriert.`,
  };
}

const thirdPartnerWords: Readonly<Record<ThirdPartnerNeed, string>> = {
  needed: "ja, ein weiterer, kommunaler Partner ist nötig",
  review: "Prüfung: ohne kommunalen Partner entscheidet Bildungspartner NRW (ein überregional tätiger Partner braucht ihn stets)",
  "not-needed": "nein, ein örtlicher Partner dieser Art genügt allein (ein überregional tätiger Partner braucht ihn stets)",
};

const thirdPartnerShort: Readonly<Record<ThirdPartnerNeed, string>> = { needed: "ja", review: "Prüfung", "not-needed": "nein" };

const thirdPartnerNeeded = (category: Category) => thirdPartnerWords[thirdPartnerNeed(category.thirdPartner)];

const thirdPartnerSourceLink = (category: Category): string =>
  category.thirdPartner.source.quote ? textFragmentLink(category.thirdPartner.source.url, category.thirdPartner.source.quote) : category.thirdPartner.source.url;

/**
 * The section „Auslegungsfragen“: every reading the rule files of every kind choose where the FAQ
 * leaves room, with the level and the shipped default, and the third-partner reading per category, so
 * the programme office can confirm or change each.
 */
function readingsHtml(kinds: readonly KindCatalogue[], categories: readonly Category[]): string {
  const rows = kinds
    .flatMap((kind) => kind.readings())
    .map(
      (r) =>
        `<tr><td><a href="${r.link}">${html(r.title)}</a><br><code>${html(r.file)}</code></td><td>${html(r.level)}</td><td>${html(r.interpretation)}</td><td>${html(r.preset)}</td></tr>`,
    )
    .join("\n");
  const thirdPartner = categories
    .filter((category) => category.inProgramme)
    .map(
      (c) =>
        `<tr><td>${html(c.label.de)} (<code>${c.id}</code>)</td><td>${thirdPartnerNeeded(c)}</td><td>${html(c.thirdPartner.reason.de)}</td><td class="source">${
          c.thirdPartner.source.quote ? `„${html(c.thirdPartner.source.quote)}“ ` : ""
        }<a href="${html(thirdPartnerSourceLink(c))}">${html(c.thirdPartner.source.url)}</a></td></tr>`,
    )
    .join("\n");
  const named = kinds
    .flatMap((kind) => kind.namedReadings())
    .map(
      (r) =>
        `<tr data-reading="${html(r.id)}"><td><a href="${r.link}">${html(r.rule)}</a><br><code>${html(r.file)}</code></td><td>${html(r.title)}<br><code>${html(r.id)}</code></td><td>${html(r.text)}</td><td>${html(r.when)}</td></tr>`,
    )
    .join("\n");
  return `<section id="auslegungsfragen">
<h2>Auslegungsfragen</h2>
<p>Wo die FAQ Raum für Auslegung lässt, wählen die Regeldateien eine Lesart. Hier stehen alle, mit Stufe und
mitgelieferter Bedingung, damit Bildungspartner NRW jede bestätigen oder ändern kann. Stufe, Bedingung und
Auslegung stehen in der genannten Regeldatei und werden dort geändert.</p>
${rows ? `<table class="readings">
<thead><tr><th scope="col">Regel und Datei</th><th scope="col">Stufe</th><th scope="col">Auslegung</th><th scope="col">Mitgelieferte Bedingung</th></tr></thead>
<tbody>${rows}</tbody>
</table>` : '<p class="note">Keine Regel nennt eine Auslegung.</p>'}
<h3 id="auslegungen">Auslegungen, die Ergebnisse nennen</h3>
<p>Jede Auslegung im Feld <code>readings</code> einer Regeldatei. Ein Ergebnis, das eine Auslegung entschieden hat, nennt
sie (<code>readings</code> in jedem Ergebnis; „Auslegung: …“ in der Textausgabe), damit Schule, Partner und Bildungspartner NRW
sehen, welche Antwort eine Lesart ist und nicht der Wortlaut der FAQ.</p>
${named ? `<table class="readings">
<thead><tr><th scope="col">Regel und Datei</th><th scope="col">Auslegung</th><th scope="col">Lesart (Voreinstellung) und Alternativen</th><th scope="col">Genannt bei</th></tr></thead>
<tbody>${named}</tbody>
</table>` : '<p class="note">Keine Regel nennt eine Auslegung.</p>'}
<h3 id="dritter-partner">Dritter, kommunaler Partner je Art der Einrichtung</h3>
<p>Die FAQ verlangt einen weiteren, kommunalen Partner, wenn der außerschulische Partner keine kommunale Einrichtung
ist. Ein überregional tätiger Partner braucht ihn stets. Ob das für örtliche Partner jeder Art von Einrichtung gilt, steht
je Art in <code>data/categories.json</code> (<code>thirdPartner.needed</code>: nötig, nicht nötig oder Prüfung durch Bildungspartner NRW,
mit Begründung und Quelle); das Kriterium „Kommunaler Partner“ liest es.</p>
<table class="readings">
<thead><tr><th scope="col">Art der Einrichtung</th><th scope="col">Braucht ein nicht kommunaler Partner einen weiteren, kommunalen Partner?</th><th scope="col">Begründung</th><th scope="col">Quelle</th></tr></thead>
<tbody>${thirdPartner}</tbody>
</table>
</section>`;
}

/** The section „Auslegungsfragen“ as Markdown (`markdown/auslegungsfragen.md`). */
function readingsMarkdown(kinds: readonly KindCatalogue[], ruleSet: RuleSet, categories: readonly Category[]): string {
  const lines = [
    "# Auslegungsfragen",
    "",
    `Regelsatz ${ruleSet.version}, gültig ab ${germanDate(ruleSet.validFrom)}. Jede Lesart, die die Regeldateien wählen, wo die FAQ Raum lässt, mit Stufe und mitgelieferter Bedingung.`,
    "",
    "| Regel | Datei | Stufe | Auslegung | Mitgelieferte Bedingung |",
    "|---|---|---|---|---|",
    ...kinds.flatMap((kind) => kind.readings()).map((r) => `| ${cell(r.title)} | \`${r.file}\` | ${r.level} | ${cell(r.interpretation)} | ${cell(r.preset)} |`),
    "",
    "## Auslegungen, die Ergebnisse nennen",
    "",
    "| Regel | Datei | Auslegung | Kennung | Lesart (Voreinstellung) und Alternativen | Genannt bei |",
    "|---|---|---|---|---|---|",
    ...kinds
      .flatMap((kind) => kind.namedReadings())
      .map((r) => `| ${cell(r.rule)} | \`${r.file}\` | ${cell(r.title)} | \`${r.id}\` | ${cell(r.text)} | ${cell(r.when)} |`),
    "",
    "## Dritter, kommunaler Partner je Art der Einrichtung (`data/categories.json`)",
    "",
    "| Art der Einrichtung | Weiterer, kommunaler Partner nötig? | Begründung | Quelle |",
    "|---|---|---|---|",
    ...categories
      .filter((category) => category.inProgramme)
      .map(
        (c) =>
          `| ${cell(c.label.de)} (\`${c.id}\`) | ${thirdPartnerNeeded(c)} | ${cell(c.thirdPartner.reason.de)} | ${c.thirdPartner.source.quote ? `„${cell(c.thirdPartner.source.quote)}“ ` : ""}${c.thirdPartner.source.url} |`,
      ),
  ];
  return `${lines.join("\n")}\n`;
}

/** The rule set's next steps per outcome, as HTML: being eligible is not being registered. */
function nextStepsHtml(ruleSet: RuleSet): string {
  const rows = decisionStatuses
    .filter((status) => (ruleSet.nextSteps[status] ?? []).length > 0)
    .map(
      (status) =>
        `<tr><th scope="row">${texts.statusWord[status].de}</th><td><ol>${(ruleSet.nextSteps[status] ?? [])
          .map(
            (step) =>
              `<li>${step.stage ? `<em>${submissionStageWords[step.stage].de}: </em>` : ""}${html(step.text.de)}<br><span class="source">Quelle: „${html(step.source.quote)}“ <a href="${html(textFragmentLink(step.source.url, step.source.quote))}">${sourceLinkText(step.source.url)}</a></span></li>`,
          )
          .join("")}</ol></td></tr>`,
    )
    .join("\n");
  return `<section id="naechste-schritte">
<h2>Nächste Schritte nach der Prüfung</h2>
<p>Registriert wird eine Bildungspartnerschaft erst, wenn die unterzeichnete Kooperationsvereinbarung bei
Bildungspartner NRW eingereicht ist. Diese Schritte nennt jede Entscheidung mit dem jeweiligen Ergebnis, je nach
Stufe vor oder nach der Einreichung. Sie stehen in der Datei <code>ruleset.json</code>.</p>
${rows ? `<table class="messages"><tbody>${rows}</tbody></table>` : '<p class="note">Der Regelsatz nennt keine nächsten Schritte.</p>'}
</section>`;
}

function dataListsHtml(data: DataLists, from: boolean): string {
  const categories = data.categories
    .map(
      (c) =>
        `<tr><td>${html(c.label.de)}</td><td lang="en">${html(c.label.en)}</td><td><code>${c.id}</code></td><td>${c.inProgramme ? "ja" : "nein"}</td><td>${thirdPartnerShort[thirdPartnerNeed(c.thirdPartner)]}</td></tr>`,
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
<p>${html(roleMailboxRule)}
${words.length} Wörter:</p>
<table class="words"><tbody>${wordRows}</tbody></table>
<p>Dienstliche Postfächer:</p>
<table class="list"><thead><tr><th scope="col">Domain</th><th scope="col">Teil vor dem @</th><th scope="col">Bedeutung</th></tr></thead>
<tbody>${domains}</tbody></table>
</section>`;
}

/**
 * The rule of personal addresses and role mailboxes in words: the same text as the `$comment` of
 * `data/role-mailboxes.json` (a test holds them equal), so the catalogue and the data file describe it alike.
 */
export const roleMailboxRule =
  "Funktionspostfächer: Adressen einer Einrichtung oder Funktion, nicht einer Person (Kriterium „Persönliche E-Mail-Adressen“). Gelesen wird der Teil vor dem @ ohne Plus-Zusatz (anna+bildung@ wie anna@) und ohne Ziffern, Umlaute als ae/oe/ue/ss. Er wird an Punkt, Binde- und Unterstrich in Teile zerlegt; ein Teil ist ein Funktionswort, wenn er ganz aus Wörtern dieser Liste besteht (auch zusammengesetzt, mit Fugen-s: kulturamt, stadtbibliothek, museumspaedagogik). Ein Funktionspostfach besteht nur aus Funktionswörtern (info@, ogs@, info.stadtarchiv@) oder ist ein dienstliches Postfach (officialDomains). Die Wörter in alsoSurnames sind auch Nachnamen: Ist ein solches Wort der Name der Ansprechperson, ist die Adresse persönlich (post@ für Anna Post). Jede andere Adresse ist persönlich, wenn sie den Namen der Ansprechperson trägt (Vorname, Nachname, Initiale mit Nachname: thomas.kreis@ für Thomas Kreis), sonst nicht (fachbereich.jugend@, stadtarchiv.bochum@).";

/** Print-friendly styles: plain on screen, page-aware on paper. */
const catalogueCss = `:root { --ink: #1a1a1a; --muted: #555; --line: #c8c8c8; --met: #0b6e2e; --not-met: #a4161a; --unknown: #7a5a00; }
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
.positive { color: var(--met); font-weight: 600; }
.negative { color: var(--not-met); font-weight: 600; }
.open { color: var(--unknown); font-weight: 600; }
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
  .positive, .negative, .open { color: var(--ink); }
}
`;

/**
 * Writes the catalogue of a loaded rules folder to `outDir`: per kind its page (`index.html`, with
 * offerings also `angebote.html`) and `markdown/…/<id>.md` per rule, `markdown/auslegungsfragen.md`
 * and `catalogue.css`. Returns the files written, relative to `outDir`.
 */
export async function writeCatalogue(directory: RuleDirectory, outDir: string): Promise<string[]> {
  const lists: ProseLists = directory.data;
  const kinds: [KindCatalogue, ...KindCatalogue[]] = [
    kindCatalogue(criteriaCatalogue, directory.ruleSet, directory.cases.criteria, lists),
    ...(directory.offerings ? [kindCatalogue(offeringsCatalogue, directory.offerings, directory.cases.offerings, lists)] : []),
  ];
  const files: Array<[string, string]> = [
    ...kinds.map((kind, i): [string, string] => [kind.view.page, pageHtml(kind, kind.view.frame([kind, ...kinds.filter((_, j) => j !== i)], directory))]),
    ["markdown/auslegungsfragen.md", readingsMarkdown(kinds, directory.ruleSet, directory.data.categories)],
    ["catalogue.css", catalogueCss],
    ...kinds.flatMap((kind) => kind.markdownFiles()),
  ];
  for (const [name, content] of files) {
    await mkdir(dirname(join(outDir, name)), { recursive: true });
    await writeFile(join(outDir, name), content);
  }
  return files.map(([name]) => name);
}
