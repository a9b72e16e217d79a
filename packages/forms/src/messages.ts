import type { LocalizedText } from "@bildungspartner/core";

/** The forms adapter's own words; field labels and rule messages come from core. */
export const formMessages = {
  required: { de: "Bitte geben Sie „{label}“ an.", en: "Please enter “{label}”." },
  requiredChoice: { de: "Bitte wählen Sie bei „{label}“ eine Antwort aus.", en: "Please choose an answer for “{label}”." },
  requiredPartners: { de: "Bitte nennen Sie mindestens einen Partner.", en: "Please name at least one partner." },
  requiredContacts: {
    de: "Bitte nennen Sie die Ansprechpersonen der Schule und jedes Partners.",
    en: "Please name the contact persons of the school and of every partner.",
  },
  withReadings: { de: "{message} (Auslegung: {readings})", en: "{message} (Reading: {readings})" },
} satisfies Record<string, LocalizedText>;
