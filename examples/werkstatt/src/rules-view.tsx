import type { Condition } from "@bildungspartner/core";
import { MonthDayField, NumberField, TextPair, type ValueFieldProps } from "./controls.js";
import { earliestValidFrom, isoDate, kinds, operatorWord, thresholdJson, thresholds, valueAt, versionText, type JsonPath, type RuleEntry } from "./model.js";
import { conditionProse, germanDate, monthDayText, resolveParameters, type CaseResult, type ParameterizedRule, type ProseLists, type RuleFolderFiles } from "./rules-api.js";
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
  readonly edit: Edit;
}

/** One criterion or offering: what the catalogue shows, and the controls to change it. */
export function RuleCard({ entry, lists, cases, edit }: RuleCardProps) {
  const { rule, file, kind, id } = entry;
  // Shown as the rule loads: parameters in the conditions, placeholders filled; edited as written.
  const shown = resolveParameters(rule as unknown as ParameterizedRule) as unknown as typeof rule;
  const title = text(shown.title, "de");
  const level = rule.level === "must" || rule.level === "should" ? rule.level : undefined;
  const source = rule.source as { quote?: string; url?: string } | undefined;
  const interpretation = text(shown.interpretation, "de");
  const failing = cases.filter((c) => c.actual !== c.expected).length;
  return (
    <details class="rule" id={`regel-${id}`}>
      <summary>
        <span class="rule-title">{title}</span> <span class="badge">{level ? levelWords(level).name : "Angebot"}</span>
        {failing > 0 && <span class="badge badge-warn">{counted(failing, "Beispielfall", "Beispielfälle")} anders</span>}
      </summary>
      <div class="rule-body">
        <p class="rule-id">
          Regeldatei <code>{file}</code>
        </p>
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
          </fieldset>
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
        <h4>{kind === "criteria" ? "Erfüllt, wenn" : "Verfügbar, wenn"}</h4>
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

function Thresholds({ entry, edit, title }: { readonly entry: RuleEntry; readonly edit: Edit; readonly title: string }) {
  const found = thresholds(entry.rule);
  if (found.length === 0) return null;
  return (
    <div class="thresholds">
      <h4>Schwellenwerte und Stichtage</h4>
      {found.map((threshold) => {
        const label = threshold.operator === undefined ? threshold.label : `${threshold.label}: ${operatorWord(threshold.operator)}`;
        const commit = (value: number) =>
          edit(entry.file, threshold.path, thresholdJson(threshold, value), `${title}: ${label} ${threshold.format === "month-day" ? monthDayText(value) : numbers.format(value)}`);
        return threshold.format === "month-day" ? (
          <MonthDayField key={threshold.path.join(".")} label={label} value={threshold.value} onCommit={commit} />
        ) : (
          <NumberField key={threshold.path.join(".")} label={label} value={threshold.value} onCommit={commit} />
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
  readonly manifest: string;
  readonly name: string;
  readonly edit: Edit;
}

/** Version and first day of a rule set (criteria, or offerings). */
export function RuleSetCard({ files, manifest, name, edit }: RuleSetCardProps) {
  const content = files[manifest];
  const version = String(valueAt(content, ["version"]) ?? "");
  const validFrom = String(valueAt(content, ["validFrom"]) ?? "");
  const earliest = earliestValidFrom(files);
  return (
    <div class="ruleset">
      <h3>{name}</h3>
      <VersionField label={`Version (${name})`} value={version} onCommit={(next) => edit(manifest, ["version"], next, `${name}: Version ${next}`)} />
      <DateField
        label={`Gültig ab (${name})`}
        value={validFrom}
        min={earliest}
        onCommit={(next) => edit(manifest, ["validFrom"], next, `${name}: gültig ab ${germanDate(next)}`)}
      />
    </div>
  );
}

function VersionField({ label, value, onCommit }: ValueFieldProps<string>) {
  return <CheckedField label={label} value={value} type="text" parse={versionText} error="Bitte geben Sie eine Version wie 1.1.0 ein." onCommit={onCommit} />;
}

function DateField(props: ValueFieldProps<string> & { readonly min: string }) {
  const parse = (input: string) => {
    const date = isoDate(input);
    return date !== undefined && date >= props.min ? date : undefined;
  };
  const [y, m, d] = props.min.split("-");
  return (
    <CheckedField
      label={props.label}
      value={props.value}
      type="date"
      min={props.min}
      parse={parse}
      error={`Bitte wählen Sie ein Datum ab dem ${d}.${m}.${y}: Keine Regel darf erst nach dem Beginn des Regelsatzes gelten.`}
      onCommit={props.onCommit}
    />
  );
}

interface CheckedFieldProps {
  readonly label: string;
  readonly value: string;
  readonly type: "text" | "date";
  readonly min?: string;
  readonly parse: (input: string) => string | undefined;
  readonly error: string;
  readonly onCommit: (value: string) => void;
}

function CheckedField({ label, value, type, min, parse, error, onCommit }: CheckedFieldProps) {
  const id = `feld-${label.replace(/[^a-zA-Z0-9]+/g, "-").toLowerCase()}`;
  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const parsed = parse(input.value);
    input.setCustomValidity(parsed === undefined ? error : "");
    input.setAttribute("aria-invalid", String(parsed === undefined));
    if (parsed === undefined) input.reportValidity();
    else if (parsed !== value) onCommit(parsed);
  };
  return (
    <div class="field field-inline">
      <label for={id}>{label}</label>
      {type === "date" ? <input id={id} type="date" min={min} value={value} onChange={onChange} /> : <input id={id} type="text" value={value} onChange={onChange} />}
    </div>
  );
}
