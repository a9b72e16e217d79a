import type { Application, Contact, Partner, School } from "@bildungspartner/core";

/** A yes/no question as radio buttons give it: unanswered, yes or no. */
export type YesNo = "" | "true" | "false";

export interface PartnerValues {
  name: string;
  category: string;
  municipal: YesNo;
  /** Asked only of a partner that is not municipal. */
  supraRegional: YesNo;
}

/** One contact per side: the school's first, then one per partner (its index in `partner`). */
export interface ContactValues {
  side: "school" | "partner";
  partner?: number;
  name: string;
  email: string;
}

/**
 * The form's values as the inputs hold them: text, with `""` for empty. The resolver turns them into
 * an {@link Application}; the field paths stay the same, so every message lands at its input.
 */
export interface FormValues {
  school: { type: string; name: string; schoolNumber: string };
  partners: PartnerValues[];
  agreement: {
    written: YesNo;
    startDate: string;
    indefinite: YesNo;
    endDate: string;
    openToAllPupils: YesNo;
    mentionsProgramme: YesNo;
    signedBySchool: YesNo;
    signedByPartners: YesNo;
  };
  contacts: ContactValues[];
}

export const emptyPartner = (): PartnerValues => ({ name: "", category: "", municipal: "", supraRegional: "" });
export const partnerContact = (partner: number): ContactValues => ({ side: "partner", partner, name: "", email: "" });

export const initialValues: FormValues = {
  school: { type: "", name: "", schoolNumber: "" },
  partners: [emptyPartner()],
  agreement: {
    written: "",
    startDate: "",
    indefinite: "",
    endDate: "",
    openToAllPupils: "",
    mentionsProgramme: "",
    signedBySchool: "",
    signedByPartners: "",
  },
  contacts: [{ side: "school", name: "", email: "" }, partnerContact(0)],
};

/** How dates are entered, whatever the browser's language. */
export const germanDatePattern = "\\d{1,2}\\.\\d{1,2}\\.\\d{4}";

/**
 * A date typed the German way (`1.8.2025`, `01.08.2025`) as the application's `2025-08-01`; any other
 * text stays as it is, so that the core names it as not a date.
 */
export function isoDate(value: string): string {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  return match ? `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}` : value;
}

const text = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());
const date = (value: string | undefined) => {
  const trimmed = text(value);
  return trimmed === undefined ? undefined : isoDate(trimmed);
};
const yesNo = (value: YesNo | undefined) => (value === "true" ? true : value === "false" ? false : undefined);

/** Drops the keys whose value is undefined (the application format has no `undefined` values). */
function compact<T extends object>(values: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as T;
}

/** The application the form's values stand for: empty fields left out, yes/no as booleans. */
export function toApplication(values: FormValues): Application {
  const { school, partners, agreement, contacts } = values;
  const indefinite = yesNo(agreement.indefinite);
  return {
    school: compact<School>({ type: text(school.type) as School["type"], name: text(school.name), schoolNumber: text(school.schoolNumber) }),
    partners: partners.map((p) =>
      compact<Partner>({
        name: text(p.name),
        category: text(p.category) as Partner["category"],
        municipal: yesNo(p.municipal),
        // Asked only of a partner that is not municipal, whatever the hidden input still holds.
        supraRegional: p.municipal === "false" ? yesNo(p.supraRegional) : undefined,
      }),
    ),
    agreement: compact({
      written: yesNo(agreement.written),
      startDate: date(agreement.startDate),
      indefinite,
      // An indefinite agreement has no end date, whatever the hidden input still holds.
      endDate: indefinite === true ? undefined : date(agreement.endDate),
      openToAllPupils: yesNo(agreement.openToAllPupils),
      mentionsProgramme: yesNo(agreement.mentionsProgramme),
      signedBySchool: yesNo(agreement.signedBySchool),
      signedByPartners: yesNo(agreement.signedByPartners),
    }),
    contacts: contacts.map((c) => compact<Contact>({ side: c.side, partner: c.partner, name: text(c.name), email: text(c.email) })),
  };
}

/** The id of a field's input, from its dotted path: `contacts.1.email` → `f-contacts-1-email`. */
export const fieldId = (path: string) => `f-${path.replaceAll(".", "-")}`;
