import { perList, roleMailboxes, type RoleMailboxList } from "./data.js";

/** A role-mailbox list made ready for reading addresses: its words as a letter tree, its surnames and official mailboxes. */
interface MailboxReading {
  readonly tree: RoleWordNode;
  readonly alsoSurnames: ReadonlySet<string>;
  readonly official: readonly { readonly domain: string; readonly localPart: RegExp }[];
}

const UMLAUT = /[äöüß]/;
const UMLAUTS = /[äöüß]/g;
const spelledOut: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
const MARKS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Lower case, German umlauts spelled out (ae, oe, ue, ss) and other accents dropped (é as e, ı as i),
 * so `Büro` and `buero`, `Yılmaz` and `yilmaz` compare equal.
 */
function fold(text: string): string {
  const lower = text.toLowerCase();
  const spelled = UMLAUT.test(lower) ? lower.replace(UMLAUTS, (c) => spelledOut[c]!) : lower;
  return NOT_ASCII.test(spelled) ? spelled.normalize("NFD").replace(MARKS, "").replace(/ı/g, "i") : spelled;
}

const SEPARATORS = /[._-]/;
const DIGITS = /\d+/g;

/** A letter tree of the role words: walking a token through it finds every role word starting at a place without cutting strings. */
interface RoleWordNode {
  readonly next: Map<string, RoleWordNode>;
  word: boolean;
}

/** A letter tree of the words. */
function wordTree(words: readonly string[]): RoleWordNode {
  const root: RoleWordNode = { next: new Map(), word: false };
  for (const word of words) {
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
}

const readingOf = (list: RoleMailboxList): MailboxReading => ({
  tree: wordTree(list.localParts),
  alsoSurnames: new Set(list.alsoSurnames),
  official: list.officialDomains.map((official) => ({ domain: official.domain, localPart: new RegExp(`^\\d{${official.localPartDigits}}$`) })),
});

/** The reading of a role-mailbox list, made once per list; the shipped list's by default. */
const mailboxReading = /* @__PURE__ */ perList(roleMailboxes, readingOf);

/**
 * Whether a part of a local part is made only of role words, compounds included (`kulturamt`,
 * `stadtbibliothek`, `museumspaedagogik` with its linking s): a person's name almost never is.
 */
function isRoleToken(token: string, tree: RoleWordNode): boolean {
  // ends[i]: token.slice(i) splits into role words. Linear in the token's length times the longest word.
  const ends = new Array<boolean>(token.length + 1).fill(false);
  ends[token.length] = true;
  for (let i = token.length - 1; i >= 0; i--) {
    let node: RoleWordNode | undefined = tree;
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

/** The part before the last @ without a plus tag, folded; and the folded domain. */
function split(email: string): { localPart: string; domain: string } | undefined {
  const at = email.lastIndexOf("@");
  if (at <= 0) return undefined;
  const plus = email.indexOf("+");
  return { localPart: fold(email.slice(0, plus > 0 && plus < at ? plus : at)), domain: fold(email.slice(at + 1)) };
}

/** The local part's parts between `.`, `_` and `-`, without digits, empty ones left out. */
const tokensOf = (localPart: string): string[] => localPart.split(SEPARATORS).map((part) => part.replace(DIGITS, "")).filter((token) => token.length > 0);

/** An official mailbox of an institution such as `<6 digits>@schule.nrw.de` (`officialDomains`). */
function isOfficialMailbox(localPart: string, domain: string, reading: MailboxReading): boolean {
  return reading.official.some((official) => domain === official.domain && official.localPart.test(localPart));
}

/**
 * Whether an address is a role mailbox: an official mailbox such as `<6 digits>@schule.nrw.de`, or a
 * local part (without plus tag and digits) made only of role words (`info@`, `ogs@`,
 * `info.stadtarchiv@`, `kulturamt@`, `geschaefts.stelle@`). The words come from
 * `data/role-mailboxes.json`, or from `list` (a rule set's). An address without a local part is no person's either.
 */
export function isRoleMailbox(email: string, list?: RoleMailboxList): boolean {
  const parts = split(email);
  return parts === undefined || isRoleAddress(parts, mailboxReading(list));
}

function isRoleAddress(parts: { localPart: string; domain: string }, reading: MailboxReading): boolean {
  if (isOfficialMailbox(parts.localPart, parts.domain, reading)) return true;
  const tokens = tokensOf(parts.localPart);
  // A role word written with separators is still one: geschaefts.stelle@, natur-schutz@.
  return tokens.every((token) => isRoleToken(token, reading.tree)) || (tokens.length > 0 && isRoleToken(tokens.join(""), reading.tree));
}

const TITLES: ReadonlySet<string> = /* @__PURE__ */ new Set(["dr", "prof", "med", "phil", "rer", "nat", "dipl", "ing", "herr", "frau"]);

/**
 * The forms a person's name may take in the part of an address before the @: each name (first names
 * and surnames, two letters or more, titles left out), an initial with another name (`tkreis`), two
 * names together in either order (`thomaskreis`, `kreisthomas`) and all of them together. Umlauts as ae/oe/ue/ss and also dropped
 * (`mueller`, `muller`).
 */
function nameForms(contactName: string): ReadonlySet<string> {
  const forms = new Set<string>();
  const variants = (word: string) => [fold(word), fold(word.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(MARKS, ""))];
  for (const variant of [0, 1]) {
    const names = contactName
      .split(/[^\p{L}]+/u)
      .map((word) => variants(word)[variant]!.replace(/[^a-z]/g, ""))
      .filter((word) => word.length >= 2 && !TITLES.has(word));
    names.forEach((name, i) => {
      forms.add(name);
      names.forEach((other, j) => {
        if (i === j) return;
        forms.add(`${name[0]}${other}`);
        forms.add(`${name}${other}`);
      });
    });
    if (names.length > 0) forms.add(names.join(""));
  }
  return forms;
}

/**
 * Whether the part of an address before the @ bears the contact person's name: one of its parts
 * (between `.`, `_`, `-`, digits left out), or all of them together, is the first name, the surname,
 * an initial with the surname, or first name and surname together; umlauts as ae/oe/ue/ss or dropped.
 * `thomas.kreis@`, `t.kreis@`, `tkreis@`, `kreis@` and `thomas@` bear „Thomas Kreis“.
 */
export function bearsName(email: string, contactName: string): boolean {
  const parts = split(email);
  return parts !== undefined && bears(tokensOf(parts.localPart), nameForms(contactName));
}

/** Whether a local part's tokens, one of them or all joined, are a form of the person's name. */
const bears = (tokens: readonly string[], forms: ReadonlySet<string>): boolean => tokens.some((token) => forms.has(token)) || forms.has(tokens.join(""));

/**
 * What an address is, measured against its contact person (the reading `persoenlich-traegt-namen`
 * of the rule `personal-email`, described the same way in `data/role-mailboxes.json`):
 * - `role-mailbox`: an official mailbox (`<Schulnummer>@schule.nrw.de`), or made only of role words
 *   (`info@`, `info.stadtarchiv@`), unless one of them is a surname of the list `alsoSurnames` that is
 *   the contact's (`post@` for Anna Post);
 * - `personal`: else, when the part before the @ bears the person's name (see {@link bearsName}):
 *   `thomas.kreis@` for Thomas Kreis, although „kreis“ is a role word;
 * - `not-personal`: else (`stadtarchiv.bochum@`, `fachbereich.jugend@`, another person's address).
 * `null` while the person's name is needed and not given. The words are `list`'s (a rule set's), the shipped ones by default.
 */
export function emailKind(email: string, contactName: string | undefined, list?: RoleMailboxList): EmailKind | null {
  const parts = split(email);
  const reading = mailboxReading(list);
  if (!parts || isOfficialMailbox(parts.localPart, parts.domain, reading)) return "role-mailbox";
  const forms = contactName === undefined ? undefined : nameForms(contactName);
  const tokens = tokensOf(parts.localPart);
  if (isRoleAddress(parts, reading)) {
    return forms !== undefined && tokens.some((token) => reading.alsoSurnames.has(token) && forms.has(token)) ? "personal" : "role-mailbox";
  }
  if (forms === undefined) return null;
  return bears(tokens, forms) ? "personal" : "not-personal";
}

/** What an address is for its contact person: see {@link emailKind}. */
export type EmailKind = "personal" | "role-mailbox" | "not-personal";

/**
 * Whether an e-mail address is its contact person's own: its part before the @ bears the person's
 * name (first name, surname, initial and surname; umlauts also as ae/oe/ue/ss) and it is no official
 * mailbox. Without the person's name no address counts as personal. See {@link emailKind}.
 */
export function isPersonalEmail(email: string, contactName?: string): boolean {
  return emailKind(email, contactName) === "personal";
}
