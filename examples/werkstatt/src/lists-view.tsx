import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { TextPair } from "./controls.js";
import {
  addCategory,
  addMailboxWord,
  addSchoolType,
  entryId,
  labelTaken,
  mailboxWord,
  removeMailboxWord,
  removeSchoolType,
  setAlsoSurname,
  valueAt,
  valuesInConditions,
  type NewCategory,
  type ThirdPartnerNeeded,
  type Workspace,
} from "./model.js";
import type { Edit } from "./rules-view.js";
import { Table } from "./table.js";
import { languageNames } from "./words.js";

/*
 * The data lists a policy maker owns: the kinds of partner (in the programme or not, and whether a
 * non-municipal one needs a municipal third partner), the school types, the role-mailbox words.
 */

/** Props: the workspace, a single-value edit, and a whole-workspace step for adding and removing entries. */
export interface ListsViewProps {
  readonly workspace: Workspace;
  readonly edit: Edit;
  readonly update: (step: (workspace: Workspace) => Workspace, what: string) => void;
}

interface Entry {
  readonly id: string;
  readonly label: { readonly de: string; readonly en: string };
  readonly inProgramme?: boolean;
  readonly thirdPartner?: { readonly needed: ThirdPartnerNeeded; readonly reason?: { readonly de: string; readonly en: string } };
}

const entries = (content: unknown, key: string): Entry[] => {
  const list = valueAt(content, [key]);
  return Array.isArray(list) ? (list as Entry[]) : [];
};

/** Why an entry cannot take a label: another entry of the list has it already; undefined when none has. */
function labelRefusal(list: readonly Entry[], index: number, lang: "de" | "en", text: string, what: "Art" | "Schulform"): string | undefined {
  if (!labelTaken(list, index, lang, text)) return undefined;
  return `Nicht übernommen: „${text}“ heißt schon eine andere ${what} (${languageNames[lang]}). Zwei Einträge mit derselben Bezeichnung wären in einem Formular nicht zu unterscheiden; es gilt weiter die bisherige Bezeichnung.`;
}

/** The three lists, each where the folder has it. */
export function ListsView({ workspace, edit, update }: ListsViewProps) {
  const files = workspace.files;
  return (
    <>
      {files["data/categories.json"] !== undefined && (
        <Categories workspace={workspace} categories={entries(files["data/categories.json"], "categories")} edit={edit} update={update} />
      )}
      {files["data/school-types.json"] !== undefined && (
        <SchoolTypes types={entries(files["data/school-types.json"], "schoolTypes")} used={valuesInConditions(files, "school.type")} edit={edit} update={update} />
      )}
      {files["data/role-mailboxes.json"] !== undefined && <MailboxWords content={files["data/role-mailboxes.json"]} update={update} />}
    </>
  );
}

/** The readings of the third-partner need, as the select offers them. */
const neededChoices: ReadonlyArray<readonly [string, ThirdPartnerNeeded, string]> = [
  ["ja", true, "nötig"],
  ["nein", false, "nicht nötig"],
  ["pruefung", "review", "Bildungspartner NRW entscheidet (Prüfung)"],
];
/** The options of a third-partner select, made anew for each select (a rendered element cannot be shared). */
const neededOptions = () =>
  neededChoices.map(([key, , words]) => (
    <option key={key} value={key}>
      {words}
    </option>
  ));
const neededOf = (key: string): ThirdPartnerNeeded => neededChoices.find(([k]) => k === key)?.[1] ?? true;
const keyOf = (needed: ThirdPartnerNeeded | undefined): string => neededChoices.find(([, n]) => n === needed)?.[0] ?? "ja";

interface CategoriesProps {
  readonly workspace: Workspace;
  readonly categories: readonly Entry[];
  readonly edit: Edit;
  readonly update: ListsViewProps["update"];
}

function Categories({ workspace, categories, edit, update }: CategoriesProps) {
  const file = "data/categories.json";
  return (
    <details class="list">
      <summary>Arten außerschulischer Partner ({categories.length})</summary>
      <Table
        caption="Arten außerschulischer Partner: im Programm vorgesehen, und ob ein nicht kommunaler Partner dieser Art einen kommunalen dritten Partner braucht"
        columns={["Art", "im Programm", "braucht kommunalen dritten Partner"]}
      >
        {categories.map((category, i) => (
          <tr key={category.id}>
            <th scope="row">
              {category.label.de}
            </th>
            <td>
              <input
                type="checkbox"
                aria-label={`${category.label.de}: im Programm vorgesehen`}
                checked={category.inProgramme === true}
                onChange={(event) =>
                  edit(file, ["categories", i, "inProgramme"], event.currentTarget.checked, `${category.label.de}: im Programm ${event.currentTarget.checked ? "ja" : "nein"}`)
                }
              />
            </td>
            <td>
              <select
                aria-label={`${category.label.de}: braucht einen kommunalen dritten Partner`}
                value={keyOf(category.thirdPartner?.needed)}
                onChange={(event) => {
                  const key = event.currentTarget.value;
                  edit(file, ["categories", i, "thirdPartner", "needed"], neededOf(key), `${category.label.de}: dritter Partner ${neededChoices.find(([k]) => k === key)?.[2] ?? ""}`);
                }}
              >
                {neededOptions()}
              </select>
            </td>
          </tr>
        ))}
      </Table>
      <details class="texts">
        <summary>Bezeichnungen bearbeiten</summary>
        {categories.map((category, i) => (
          <TextPair
            key={category.id}
            name={`Bezeichnung der Art „${category.label.de}“`}
            value={category.label}
            refuse={(lang, next) => labelRefusal(categories, i, lang, next, "Art")}
            onCommit={(lang, next) => edit(file, ["categories", i, "label", lang], next, `Art „${category.label.de}“: Bezeichnung (${languageNames[lang]})`)}
          />
        ))}
      </details>
      <details class="texts">
        <summary>Begründungen zum dritten Partner bearbeiten</summary>
        <p class="hint">Nach einer Änderung oben unter „braucht kommunalen dritten Partner“ sollte die Begründung dazu passen.</p>
        {categories.map((category, i) =>
          category.thirdPartner?.reason === undefined ? null : (
            <TextPair
              key={category.id}
              name={`Begründung für „${category.label.de}“`}
              multiline
              value={category.thirdPartner.reason}
              onCommit={(lang, next) =>
                edit(file, ["categories", i, "thirdPartner", "reason", lang], next, `Art „${category.label.de}“: Begründung (${languageNames[lang]})`)
              }
            />
          ),
        )}
      </details>
      <AddCategory workspace={workspace} update={update} />
    </details>
  );
}

const FAQ_ADDRESS = "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/";

/** The form for a new kind of partner: its label, whether it is in the programme, the third-partner reading with reason and source. */
function AddCategory({ workspace, update }: { readonly workspace: Workspace; readonly update: ListsViewProps["update"] }) {
  const empty = { de: "", en: "", inProgramme: true, needed: "ja", reasonDe: "", reasonEn: "", quote: "", url: FAQ_ADDRESS };
  const [draft, setDraft] = useState(empty);
  const category: NewCategory = {
    label: { de: draft.de, en: draft.en },
    inProgramme: draft.inProgramme,
    needed: neededOf(draft.needed),
    reason: { de: draft.reasonDe, en: draft.reasonEn },
    source: { quote: draft.quote, url: draft.url },
  };
  const id = entryId(draft.de);
  const ready = addCategory(workspace, category) !== workspace;
  const field = (key: "de" | "en" | "reasonDe" | "reasonEn" | "quote" | "url", label: string, lang?: string) => (
    <label>
      {label} <input type="text" lang={lang} value={draft[key]} onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} />
    </label>
  );
  return (
    <AddForm
      onAdd={() => {
        update((w) => addCategory(w, category), `Art ${draft.de} hinzugefügt`);
        setDraft(empty);
      }}
    >
      <h3>Art hinzufügen</h3>
      {field("de", "Bezeichnung (deutsch)")}
      {field("en", "Bezeichnung (englisch)", "en")}
      <label class="choice">
        <input type="checkbox" checked={draft.inProgramme} onChange={(e) => setDraft({ ...draft, inProgramme: e.currentTarget.checked })} /> im Programm vorgesehen
      </label>
      <label>
        Braucht als nicht kommunaler Partner einen kommunalen dritten Partner{" "}
        <select value={draft.needed} onChange={(e) => setDraft({ ...draft, needed: e.currentTarget.value })}>
          {neededOptions()}
        </select>
      </label>
      {field("reasonDe", "Begründung (deutsch)")}
      {field("reasonEn", "Begründung (englisch)", "en")}
      {field("quote", "Quelle: Zitat")}
      {field("url", "Quelle: Adresse")}
      <p class="hint" aria-live="polite">
        {id === undefined
          ? "Kennung: entsteht aus der deutschen Bezeichnung. Alle Felder sind nötig."
          : ready
            ? `Kennung: ${id}`
            : "Bitte alle Felder ausfüllen (Adresse mit https://); Kennung und Bezeichnung dürfen noch nicht vergeben sein."}
      </p>
      <button type="submit" disabled={!ready}>
        Art hinzufügen
      </button>
    </AddForm>
  );
}

interface SchoolTypesProps {
  readonly types: readonly Entry[];
  readonly used: ReadonlySet<string>;
  readonly edit: Edit;
  readonly update: ListsViewProps["update"];
}

function SchoolTypes({ types, used, edit, update }: SchoolTypesProps) {
  const [de, setDe] = useState("");
  const [en, setEn] = useState("");
  const id = entryId(de);
  const taken = id !== undefined && types.some((t) => t.id === id);
  return (
    <details class="list">
      <summary>Schulformen ({types.length})</summary>
      <ul class="entries">
        {types.map((type, i) => (
          <li key={type.id}>
            <TextPair
              name={`Bezeichnung der Schulform „${type.label.de}“`}
              value={type.label}
              refuse={(lang, next) => labelRefusal(types, i, lang, next, "Schulform")}
              onCommit={(lang, next) => edit("data/school-types.json", ["schoolTypes", i, "label", lang], next, `Schulform „${type.label.de}“: Bezeichnung (${languageNames[lang]})`)}
            />
            {used.has(type.id) ? (
              <p class="hint">Eine Regel nennt diese Schulform; sie bleibt in der Liste.</p>
            ) : (
              <button type="button" onClick={() => update((w) => removeSchoolType(w, type.id), `Schulform ${type.label.de} entfernt`)}>
                {type.label.de} entfernen
              </button>
            )}
          </li>
        ))}
      </ul>
      <AddForm
        onAdd={() => {
          update((w) => addSchoolType(w, de, en), `Schulform ${de} hinzugefügt`);
          setDe("");
          setEn("");
        }}
      >
        <h3>Schulform hinzufügen</h3>
        <label>
          Bezeichnung (deutsch) <input type="text" value={de} onInput={(e) => setDe(e.currentTarget.value)} />
        </label>
        <label>
          Bezeichnung (englisch) <input type="text" lang="en" value={en} onInput={(e) => setEn(e.currentTarget.value)} />
        </label>
        <p class="hint" aria-live="polite">
          {id === undefined ? "Kennung: entsteht aus der deutschen Bezeichnung." : taken ? `Kennung ${id} gibt es schon.` : `Kennung: ${id}`}
        </p>
        <button type="submit" disabled={id === undefined || taken || en.trim() === ""}>
          Hinzufügen
        </button>
      </AddForm>
    </details>
  );
}

function MailboxWords({ content, update }: { readonly content: unknown; readonly update: ListsViewProps["update"] }) {
  const [word, setWord] = useState("");
  const words = (valueAt(content, ["localParts"]) as string[] | undefined) ?? [];
  const surnames = new Set((valueAt(content, ["alsoSurnames"]) as string[] | undefined) ?? []);
  const normalised = mailboxWord(word);
  return (
    <details class="list">
      <summary>Wörter für Funktionspostfächer ({words.length})</summary>
      <p class="hint">
        Eine Adresse aus diesen Wörtern (info@, sekretariat@) gilt nicht als persönliches Postfach. Als Nachname markierte Wörter gelten mit einem weiteren Namensteil als persönlich
        (anna.post@). Geänderte Wörter gehören zum Regelwerk: die Auswirkung auf die Anträge wird schon mit ihnen berechnet.
      </p>
      <ul class="words">
        {words.map((w) => (
          <li key={w}>
            <span>{w}</span>
            <label class="choice">
              <input type="checkbox" checked={surnames.has(w)} onChange={(e) => update((ws) => setAlsoSurname(ws, w, e.currentTarget.checked), `${w}: Nachname ${e.currentTarget.checked ? "ja" : "nein"}`)} />{" "}
              auch Nachname
            </label>
            <button type="button" aria-label={`${w} entfernen`} onClick={() => update((ws) => removeMailboxWord(ws, w), `Wort ${w} entfernt`)}>
              entfernen
            </button>
          </li>
        ))}
      </ul>
      <AddForm
        onAdd={() => {
          update((ws) => addMailboxWord(ws, word), `Wort ${normalised ?? word} hinzugefügt`);
          setWord("");
        }}
      >
        <label>
          Wort hinzufügen <input type="text" value={word} onInput={(e) => setWord(e.currentTarget.value)} />
        </label>
        <p class="hint" aria-live="polite">
          {word.trim() === "" ? "Nur Buchstaben; Umlaute werden als ae, oe, ue, ss geschrieben." : normalised ? (words.includes(normalised) ? `„${normalised}“ steht schon in der Liste.` : `Wird als „${normalised}“ aufgenommen.`) : "Nur Buchstaben a–z, ohne Ziffern und Zeichen."}
        </p>
        <button type="submit" disabled={normalised === undefined || words.includes(normalised)}>
          Hinzufügen
        </button>
      </AddForm>
    </details>
  );
}

/** A small form that adds an entry to a list; the page handles it, nothing is sent anywhere. */
function AddForm({ onAdd, children }: { readonly onAdd: () => void; readonly children: ComponentChildren }) {
  return (
    <form
      class="add"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd();
      }}
    >
      {children}
    </form>
  );
}
