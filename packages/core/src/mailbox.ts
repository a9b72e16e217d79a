import { roleMailboxes } from "./data.js";

const roleWords: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(roleMailboxes.localParts))();
const officialMailboxes = /* @__PURE__ */ (() =>
  roleMailboxes.officialDomains.map((official) => ({
    domain: official.domain,
    localPart: new RegExp(`^\\d{${official.localPartDigits}}$`),
  })))();

const UMLAUT = /[äöüß]/;
const UMLAUTS = /[äöüß]/g;
const spelledOut: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** Lower case, German umlauts spelled out, so `Büro` and `buero` compare equal. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return UMLAUT.test(lower) ? lower.replace(UMLAUTS, (c) => spelledOut[c]!) : lower;
}

const SEPARATORS = /[._-]/;
const DIGITS = /\d+/g;
const alsoSurnames: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(roleMailboxes.alsoSurnames))();

/** A letter tree of the role words: walking a token through it finds every role word starting at a place without cutting strings. */
interface RoleWordNode {
  readonly next: Map<string, RoleWordNode>;
  word: boolean;
}

const roleWordTree: RoleWordNode = /* @__PURE__ */ (() => {
  const root: RoleWordNode = { next: new Map(), word: false };
  for (const word of roleWords) {
    let node = root;
    for (const letter of word) {
      let child = node.next.get(letter);
      if (!child) {
        child = { next: new Map(), word: false };
        node.next.set(letter, child);
      }
      node = child;
    }
    node.word = true;
  }
  return root;
})();

/**
 * Whether a part of a local part is made only of role words, compounds included (`kulturamt`,
 * `stadtbibliothek`, `museumspaedagogik` with its linking s): a person's name almost never is.
 */
function isRoleToken(token: string): boolean {
  // ends[i]: token.slice(i) splits into role words. Linear in the token's length times the longest word.
  const ends = new Array<boolean>(token.length + 1).fill(false);
  ends[token.length] = true;
  for (let i = token.length - 1; i >= 0; i--) {
    let node: RoleWordNode | undefined = roleWordTree;
    for (let end = i + 1; end <= token.length; end++) {
      node = node.next.get(token[end - 1]!);
      if (!node) break;
      if (node.word && (ends[end] || (token[end] === "s" && ends[end + 1]))) {
        ends[i] = true;
        break;
      }
    }
  }
  return ends[0] === true;
}

/**
 * Whether an address is a role mailbox whatever the institution: an official mailbox such as
 * `<6 digits>@schule.nrw.de`, or a local part (without plus tag and digits) that is made only of role
 * words (`info@`, `ogs@`, `info.stadtarchiv@`, `kulturamt@`) or holds a role word that is no surname
 * (`info.mueller@`). A role word that is also a surname (`post`) beside another name part is a
 * person's (`anna.post@`). The words come from `data/role-mailboxes.json`.
 */
export function isRoleMailbox(email: string): boolean {
  const at = email.lastIndexOf("@");
  if (at <= 0) return true;
  const plus = email.indexOf("+");
  const localPart = fold(email.slice(0, plus > 0 && plus < at ? plus : at));
  const domain = fold(email.slice(at + 1));
  for (const official of officialMailboxes) {
    if (domain === official.domain && official.localPart.test(localPart)) return true;
  }
  let names = 0;
  let roleNotSurname = false;
  let compact = "";
  for (const part of localPart.split(SEPARATORS)) {
    const token = part.replace(DIGITS, "");
    if (token.length === 0) continue;
    compact += token;
    if (!isRoleToken(token)) names += 1;
    else if (!alsoSurnames.has(token)) roleNotSurname = true;
  }
  // A role word written with separators is still one: geschaefts.stelle@, natur-schutz@.
  return names === 0 || roleNotSurname || (compact.length > 0 && isRoleToken(compact));
}

/** Names seen recently, as the local parts they stand for; a form checks the same names again and again. */
const institutionNames = new Map<string, ReadonlySet<string>>();
const MAX_CACHED_NAMES = 512;

function namesFor(institutionName: string): ReadonlySet<string> {
  let names = institutionNames.get(institutionName);
  if (!names) {
    const words = fold(institutionName)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 3);
    names = new Set([...words, words.join("")]);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the cache's bound changes memory use, not answers
    if (institutionNames.size >= MAX_CACHED_NAMES) institutionNames.clear();
    institutionNames.set(institutionName, names);
  }
  return names;
}

const NON_LETTERS = /[^a-z]+/g;

/** Whether the address is named after the institution itself, like `stadtarchiv@` for "Stadtarchiv Bochum". */
export function isNamedAfterInstitution(email: string, institutionName: string): boolean {
  const compact = fold(email.slice(0, email.lastIndexOf("@"))).replace(NON_LETTERS, "");
  return compact.length > 0 && namesFor(institutionName).has(compact);
}

/**
 * Whether an e-mail address belongs to a person rather than to a role or an institution: not a
 * role mailbox (`info@…`, `sekretariat@…`, `<Schulnummer>@schule.nrw.de`, words from
 * `data/role-mailboxes.json`) and, when the institution's name is given, not named after it.
 */
export function isPersonalEmail(email: string, institutionName?: string): boolean {
  return !isRoleMailbox(email) && !(institutionName !== undefined && isNamedAfterInstitution(email, institutionName));
}
