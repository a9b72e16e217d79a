import { categories, fieldLabel, schoolTypes } from "@bildungspartner/core";

const categoryLabels = new Map<string, string>(categories.map((c) => [c.id, c.label.de]));
const schoolTypeLabels = new Map<string, string>(schoolTypes.map((t) => [t.id, t.label.de]));

export const categoryLabel = (id: string) => categoryLabels.get(id) ?? id;
export const schoolTypeLabel = (id: string) => schoolTypeLabels.get(id) ?? id;

/** Whom a contact row belongs to, in words. */
export function contactOwner(side: "school" | "partner", partner: number | undefined, partnerNames: readonly string[]): string {
  if (side === "school") return "der Schule";
  const name = partner === undefined ? "" : (partnerNames[partner] ?? "").trim();
  return name !== "" ? `von „${name}“` : `von Partner ${(partner ?? 0) + 1}`;
}

/**
 * The partner or contact a field path belongs to, in words (`contacts.1.email` → „Ansprechperson von
 * „Stadtarchiv““, `partners.0.name` → „Partner 1“); `undefined` for the fields of the school and the agreement.
 */
export function pathOwner(path: string, partnerNames: readonly string[], contactSides: readonly { side: "school" | "partner"; partner?: number }[]): string | undefined {
  const partner = /^partners\.(\d+)\./.exec(path);
  if (partner) return `Partner ${Number(partner[1]) + 1}`;
  const contact = /^contacts\.(\d+)\./.exec(path);
  const owner = contact ? contactSides[Number(contact[1])] : undefined;
  return owner ? `Ansprechperson ${contactOwner(owner.side, owner.partner, partnerNames)}` : undefined;
}

/**
 * A field path in words, with the partner or contact it belongs to:
 * `contacts.1.email` → „E-Mail-Adresse (Ansprechperson von „Stadtarchiv“)“.
 */
export function pathLabel(path: string, partnerNames: readonly string[], contactSides: readonly { side: "school" | "partner"; partner?: number }[]): string {
  const owner = pathOwner(path, partnerNames, contactSides);
  return owner ? `${fieldLabel(path)} (${owner})` : fieldLabel(path);
}

/** Words at the start of a label: „registrierbar“ → „Registrierbar“. */
export const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
