import { roleMailboxes } from "./data.js";

const roleWords: ReadonlySet<string> = new Set(roleMailboxes.localParts);
const officialMailboxes = roleMailboxes.officialDomains.map((official) => ({
  domain: official.domain,
  localPart: new RegExp(`^\\d{${official.localPartDigits}}$`),
}));

const UMLAUT = /[äöüß]/;
const UMLAUTS = /[äöüß]/g;
const spelledOut: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** Lower case, German umlauts spelled out, so `Büro` and `buero` compare equal. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return UMLAUT.test(lower) ? lower.replace(UMLAUTS, (c) => spelledOut[c]!) : lower;
}

const SEPARATORS = /[._+-]/;
const DIGITS = /\d+/g;

/**
 * Whether an address is a role mailbox whatever the institution: a role word before the `@`
 * (`info@`, `sekretariat@`, …, from `data/role-mailboxes.json`) or an official mailbox such as
 * `<6 digits>@schule.nrw.de`.
 */
export function isRoleMailbox(email: string): boolean {
  const at = email.lastIndexOf("@");
  if (at <= 0) return true;
  const localPart = fold(email.slice(0, at));
  const domain = fold(email.slice(at + 1));
  for (const official of officialMailboxes) {
    if (domain === official.domain && official.localPart.test(localPart)) return true;
  }
  let compact = "";
  for (const part of localPart.split(SEPARATORS)) {
    const token = part.replace(DIGITS, "");
    if (token.length === 0) continue;
    if (roleWords.has(token)) return true;
    compact += token;
  }
  return compact.length === 0 || roleWords.has(compact);
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
