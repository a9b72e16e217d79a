import { roleMailboxes } from "./data.js";

const roleWords = new Set(roleMailboxes.localParts);
const officialMailboxes = roleMailboxes.officialDomains.map((official) => ({
  domain: official.domain,
  localPart: new RegExp(`^\\d{${official.localPartDigits}}$`),
}));

/** Lower case, German umlauts spelled out, so `Büro` and `buero` compare equal. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss");
}

function institutionWords(institutionName: string | undefined): Set<string> {
  if (!institutionName) return new Set();
  const words = fold(institutionName).split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
  return new Set([...words, words.join("")]);
}

function localPartOf(email: string): string {
  return fold(email.slice(0, email.lastIndexOf("@")));
}

/**
 * Whether an address is a role mailbox whatever the institution: a role word before the `@`
 * (`info@`, `sekretariat@`, …, from `data/role-mailboxes.json`) or an official mailbox such as
 * `<6 digits>@schule.nrw.de`.
 */
export function isRoleMailbox(email: string): boolean {
  const at = email.lastIndexOf("@");
  if (at <= 0) return true;
  const localPart = localPartOf(email);
  const domain = fold(email.slice(at + 1));
  if (officialMailboxes.some((official) => domain === official.domain && official.localPart.test(localPart))) {
    return true;
  }
  const tokens = localPart
    .split(/[._+-]/)
    .map((t) => t.replace(/\d+/g, ""))
    .filter((t) => t.length > 0);
  return tokens.length === 0 || roleWords.has(tokens.join("")) || tokens.some((t) => roleWords.has(t));
}

/** Whether the address is named after the institution itself, like `stadtarchiv@` for "Stadtarchiv Bochum". */
export function isNamedAfterInstitution(email: string, institutionName: string): boolean {
  const compact = localPartOf(email).replace(/[^a-z]+/g, "");
  return institutionWords(institutionName).has(compact);
}

/**
 * Whether an e-mail address belongs to a person rather than to a role or an institution: not a
 * {@link isRoleMailbox | role mailbox} and, when the institution's name is given, not named after it.
 */
export function isPersonalEmail(email: string, institutionName?: string): boolean {
  return !isRoleMailbox(email) && !(institutionName !== undefined && isNamedAfterInstitution(email, institutionName));
}
