import type { Condition, OperatorName } from "@bildungspartner/core";
import { MonthDayField, NumberField, TextPair, type ValueFieldProps } from "./controls.js";
import { useEffect, useState } from "preact/hooks";
import {
  compareVersions,
  earliestValidFrom,
  faqMustQuote,
  isoDate,
  kinds,
  operatorWord,
  rangeEmptiedBy,
  thresholdJson,
  thresholds,
  valueAt,
  versionText,
  type JsonPath,
  type RuleEntry,
  type Threshold,
} from "./model.js";
import {
  conditionProse,
  germanDate,
  monthDayText,
  operatorTable,
  resolveParameters,
  ruleProblemMessage,
  type CaseResult,
  type ParameterizedRule,
  type ProseLists,
  type RuleFolderFiles,
  type RuleProblem,
} from "./rules-api.js";
import { Table } from "./table.js";
import { counted, languageNames, levelWords, numbers, resultWord } from "./words.js";

/*
 * The rules as the catalogue shows them, each with the controls for what a policy maker owns: level,
 * thresholds and cut-offs, texts in both languages; and the rule set's version and first day.
 */

/** Writes one value of one file. */
export type Edit = (file: string, path: JsonPath, value: unknown, what: string) => void;

const text = (value: unknown, lang: "de" | "en"): string => {
  const localized = valueAt(value, [lang]);
  return typeof localized === "string" ? localized : "";
};

/** Texts of a rule a policy maker may reword: the path of each in the rule file and its name on the page. */
type RewordableTexts = ReadonlyArray<readonly [JsonPath, string]>;

/** The title, a message for each result of the kind (its key and its word) and for a missing input, the interpretation. */
function rewordable(results: ReadonlyArray<readonly [key: string, word: string]>): RewordableTexts {
  return [
    [["title"], "Titel"],
    ...results.map(([key, word]) => [["messages", key], `Meldung bei „${word}“`] as const),
    [["messages", "unknown"], "Meldung bei fehlender Angabe"],
    [["interpretation"], "Auslegung"],
  ];
}

/** The texts of each kind a policy maker may reword, with their names on the page: the kind's messages per answered status. */
const textsOfKind = Object.fromEntries(
  Object.entries(kinds).map(([name, kind]) => [
    name,
    rewordable(
      kind.statuses
        .filter((status) => status !== "unknown")
        .map((status) => [(kind.messageKeys as Readonly<Record<string, string>>)[status]!, (kind.statusWords as Readonly<Record<string, { de: string }>>)[status]!.de] as const),
    ),
  ]),
) as Record<RuleEntry["kind"], RewordableTexts>;

/** Props of one rule's card. */
export interface RuleCardProps {
  readonly entry: RuleEntry;
  readonly lists: ProseLists;
  /** The example cases of this rule with their results under the changed rules. */
  readonly cases: readonly CaseResult[];
  /** Lint's problems with this rule's texts: the texts that now contradict the rule. */
  readonly textProblems: readonly RuleProblem[];
  readonly edit: Edit;
}

/** One criterion or offering: what the catalogue shows, and the controls to change it. */
export function RuleCard({ entry, lists, cases, textProblems, edit }: RuleCardProps) {
  const { rule, file, kind, id } = entry;
  // Shown as the rule loads: parameters in the conditions, placeholders filled; edited as written.
  const shown = resolveParameters(rule as unknown as ParameterizedRule) as unknown as typeof rule;
  const title = text(shown.title, "de");
  const level = rule.level === "must" || rule.level === "should" ? rule.level : undefined;
  const source = rule.source as { quote?: string; url?: string } | undefined;
  const interpretation = text(shown.interpretation, "de");
  const failing = cases.filter((c) => c.actual !== c.expected).length;
  const faqQuote = kind === "criteria" ? faqMustQuote(rule) : undefined;
  const departs = faqQuote !== undefined && level === "should";
  return (
    <details class="rule" id={`regel-${id}`}>
      <summary>
        <span class="rule-title">{title}</span> <span class="badge">{level ? levelWords(level).name : "Angebot"}</span>
        {failing > 0 && <span class="badge badge-warn">{counted(failing, "Beispielfall", "Beispielfälle")} anders</span>}
        {departs && <span class="badge badge-warn">weicht von der FAQ ab</span>}
        {textProblems.length > 0 && <span class="badge badge-warn">Texte prüfen</span>}
      </summary>
      <div class="rule-body">
        <p class="rule-id">Regeldatei: {file}</p>
        {level && (
          <fieldset class="field level">
            <legend>Stufe</legend>
            {(["must", "should"] as const).map((value) => (
              <label key={value} class="choice">
                <input
                  type="radio"
                  name={`level-${id}`}
                  value={value}
                  checked={level === value}
                  onChange={() => edit(file, ["level"], value, `${title}: ${levelWords(value).name}`)}
                />{" "}
                {levelWords(value).name} <span class="hint">({levelWords(value).effect})</span>
              </label>
            ))}
            {faqQuote !== undefined && (
              <p class={departs ? "note faq-departure" : "hint"}>
                {departs ? <strong>Weicht von der FAQ ab: </strong> : "Die FAQ legt diese Stufe fest: "}„{faqQuote}“
                {departs && " Als Soll-Kriterium entscheidet Bildungspartner NRW im Einzelfall. Diese Abweichung steht am Anfang des Änderungsberichts."}
              </p>
            )}
          </fieldset>
        )}
        {textProblems.length > 0 && (
          <div class="note review-texts">
            <p>
              <strong>Diese Texte bitte prüfen</strong> – sie sagen etwas anderes als die geänderte Regel (unten unter „Texte bearbeiten“):
            </p>
            <ul>
              {textProblems.map((problem, i) => (
                <li key={i}>
                  {textName(problem.path)}: {ruleProblemMessage(problem, "de")}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p>{text(shown.description, "de")}</p>
        {source?.quote && (
          <blockquote>
            „{source.quote}“{" "}
            {source.url && (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                Quelle
              </a>
            )}
          </blockquote>
        )}
        {interpretation && (
          <p class="note">
            <strong>Auslegung:</strong> {interpretation}
          </p>
        )}
        <h3>{kind === "criteria" ? "Erfüllt, wenn" : "Verfügbar, wenn"}</h3>
        <p class="prose">{conditionProse(shown.conditions as Condition<string>, lists)}</p>
        <Thresholds entry={entry} edit={edit} title={title} />
        <details class="texts">
          <summary>Texte bearbeiten (Deutsch und Englisch)</summary>
          <p class="hint">
            Platzhalter wie {"{months}"} oder {"{cutoff}"} (die Parameter oben) und {"{level}"}, {"{should}"}, {"{shouldPlural}"} (die Stufe) füllt
            das SDK aus der Regel: So folgt der Text einer geänderten Zahl oder Stufe.
          </p>
          {textsOfKind[kind].map(([path, name]) =>
            valueAt(rule, path) === undefined ? null : (
              <TextPair
                key={path.join(".")}
                name={name}
                multiline={path[0] !== "title"}
                value={{ de: text(valueAt(rule, path), "de"), en: text(valueAt(rule, path), "en") }}
                onCommit={(lang, next) => edit(file, [...path, lang], next, `${title}: ${name} (${languageNames[lang]})`)}
              />
            ),
          )}
        </details>
        <CaseTable cases={cases} />
      </div>
    </details>
  );
}

/** A text's name on the page from its path in the rule file (`interpretation.de` → „Auslegung (deutsch)“). */
export function textName(path: string): string {
  const steps = path.split(".");
  const lang = steps.at(-1) === "de" || steps.at(-1) === "en" ? (steps.pop() as "de" | "en") : undefined;
  const names: Readonly<Record<string, string>> = { title: "Titel", description: "Beschreibung", interpretation: "Auslegung", messages: "Meldung", readings: "Auslegungsfrage" };
  const name = names[steps[0] ?? ""] ?? steps.join(" ");
  return lang ? `${name} (${languageNames[lang]})` : name;
}

/** An operator's words before a day („frühestens am“), else its short word („mindestens“). */
const dayWord = (operator: OperatorName) => operatorTable[operator].dateWord?.de ?? operatorWord(operator);

/** Why a day cannot be a threshold's new value: the range it would leave has no day; undefined when it has. */
function emptyRangeReason(rule: unknown, threshold: Threshold, value: number): string | undefined {
  const empty = rangeEmptiedBy(rule, threshold, value);
  if (empty === undefined) return undefined;
  const { lower, upper } = empty;
  return `Kein Tag liegt zugleich ${dayWord(lower.operator)} ${monthDayText(lower.value)} und ${dayWord(upper.operator)} ${monthDayText(upper.value)}: So träfe dieser Teil der Regel nie zu. Der früheste Beginn muss vor dem Stichtag liegen (oder auf ihm).`;
}

function Thresholds({ entry, edit, title }: { readonly entry: RuleEntry; readonly edit: Edit; readonly title: string }) {
  const found = thresholds(entry.rule);
  if (found.length === 0) return null;
  return (
    <div class="thresholds">
      <h3>Schwellenwerte und Stichtage</h3>
      {found.map((threshold) => {
        const label = threshold.operator === undefined ? threshold.label : `${threshold.label}: ${operatorWord(threshold.operator)}`;
        const commit = (value: number) =>
          edit(entry.file, threshold.path, thresholdJson(threshold, value), `${title}: ${label} ${threshold.format === "month-day" ? monthDayText(value) : numbers.format(value)}`);
        return threshold.format === "month-day" ? (
          <MonthDayField key={threshold.path.join(".")} label={label} value={threshold.value} onCommit={commit} refuse={(value) => emptyRangeReason(entry.rule, threshold, value)} />
        ) : (
          // A parameter is a term (months, school years): none of 0 makes sense; a condition may compare with 0.
          <NumberField key={threshold.path.join(".")} label={label} value={threshold.value} min={threshold.fact === undefined ? 1 : 0} onCommit={commit} />
        );
      })}
    </div>
  );
}

function CaseTable({ cases }: { readonly cases: readonly CaseResult[] }) {
  if (cases.length === 0) return null;
  return (
    <Table class="cases" caption="Beispielfälle" columns={["Fall", "erwartet", "ergibt jetzt"]}>
      {cases.map((c) => (
        <tr key={c.index} class={c.actual === c.expected ? undefined : "differs"}>
          <td>{c.name}</td>
          <td>{resultWord(c.kind, c.expected)}</td>
          <td>
            {resultWord(c.kind, c.actual)}
            {c.actual !== c.expected && <strong> (anders)</strong>}
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** Props of the rule set's card: the files map and the manifest to show. */
export interface RuleSetCardProps {
  readonly files: RuleFolderFiles;
  /** The folder as opened: its version is the least a changed rule set may have. */
  readonly baseline: RuleFolderFiles;
  readonly manifest: string;
  readonly name: string;
  readonly edit: Edit;
}

/** Version and first day of a rule set (criteria, or offerings). */
export function RuleSetCard({ files, baseline, manifest, name, edit }: RuleSetCardProps) {
  const content = files[manifest];
  const version = String(valueAt(content, ["version"]) ?? "");
  const validFrom = String(valueAt(content, ["validFrom"]) ?? "");
  const earliest = earliestValidFrom(files);
  return (
    <div class="ruleset">
      <h3>{name}</h3>
      <VersionField label={`Version (${name})`} value={version} opened={String(valueAt(baseline[manifest], ["version"]) ?? "0.0.0")} onCommit={(next) => edit(manifest, ["version"], next, `${name}: Version ${next}`)} />
      <DateField
        label={`Gültig ab (${name})`}
        value={validFrom}
        min={earliest}
        onCommit={(next) => edit(manifest, ["validFrom"], next, `${name}: gültig ab ${germanDate(next)}`)}
      />
    </div>
  );
}

function VersionField({ opened, ...props }: ValueFieldProps<string> & { readonly opened: string }) {
  const parse = (input: string) => {
    const version = versionText(input);
    if (version === undefined) return { error: "Bitte geben Sie eine Version aus drei Zahlen wie 1.1.0 ein." };
    if (compareVersions(version, opened) < 0) return { error: `Die Version darf nicht unter ${opened} liegen, der Version des geöffneten Regelsatzes; nach einer Änderung muss sie höher sein.` };
    return { value: version };
  };
  return <CheckedField {...props} type="text" parse={parse} />;
}

function DateField(props: ValueFieldProps<string> & { readonly min: string }) {
  const parse = (input: string) => {
    const date = isoDate(input);
    return date !== undefined && date >= props.min
      ? { value: date }
      : { error: `Bitte wählen Sie ein Datum ab dem ${germanDate(props.min)}: Keine Regel darf erst nach dem Beginn des Regelsatzes gelten.` };
  };
  return <CheckedField {...props} type="date" parse={parse} />;
}

interface CheckedFieldProps {
  readonly label: string;
  readonly value: string;
  readonly type: "text" | "date";
  readonly min?: string;
  /** The valid value of an input, or the German reason it is refused. */
  readonly parse: (input: string) => { readonly value: string } | { readonly error: string };
  readonly onCommit: (value: string) => void;
}

/** A field that commits only a valid value; a refused one stays visible with the reason beside it. */
function CheckedField({ label, value, type, min, parse, onCommit }: CheckedFieldProps) {
  const id = `feld-${label.replace(/[^a-zA-Z0-9]+/g, "-").toLowerCase()}`;
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setError(undefined), [value]);
  const onChange = (event: Event) => {
    const parsed = parse((event.currentTarget as HTMLInputElement).value);
    setError("error" in parsed ? parsed.error : undefined);
    if ("value" in parsed && parsed.value !== value) onCommit(parsed.value);
  };
  const common = { id, onChange, "aria-invalid": error !== undefined, "aria-describedby": error === undefined ? undefined : `${id}-error` };
  return (
    <div class="field field-inline">
      <label for={id}>{label}</label>
      {type === "date" ? <input type="date" min={min} value={value} {...common} /> : <input type="text" value={value} {...common} />}
      {error !== undefined && (
        <p class="error" id={`${id}-error`}>
          {error} Es gilt weiter: {type === "date" ? germanDate(value) : value}.
        </p>
      )}
    </div>
  );
}
