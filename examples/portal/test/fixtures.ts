import type { Application } from "@bildungspartner/core";

/** An eligible application; `n` makes the names distinct. */
export function eligibleApplication(n = 1, overrides: { startDate?: string; endDate?: string } = {}): Application {
  return {
    school: { name: `Gymnasium am Stadtpark ${n}`, schoolNumber: "165432", type: "gymnasium" },
    partners: [{ name: `Stadtarchiv Musterstadt ${n}`, category: "archive", municipal: true }],
    agreement: {
      written: true,
      startDate: overrides.startDate ?? "2025-08-01",
      endDate: overrides.endDate ?? "2027-07-31",
      indefinite: false,
      signedBySchool: true,
      signedByPartners: true,
      openToAllPupils: true,
      mentionsProgramme: true,
    },
    contacts: [
      { side: "school", name: "Anna Schmidt", email: "anna.schmidt@gymnasium-stadtpark.de" },
      { side: "partner", partner: 0, name: "Bernd Meyer", email: "bernd.meyer@musterstadt.de" },
    ],
  };
}

/** The text of a cooperation agreement that matches {@link eligibleApplication}, or says `term` instead. */
export function agreementText(n = 1, term = "Die Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2027."): string[] {
  return [
    "Kooperationsvereinbarung",
    "im Rahmen von Bildungspartner NRW – Archiv und Schule",
    "",
    "zwischen",
    `dem Gymnasium am Stadtpark ${n}, Parkstraße 12, 44787 Musterstadt`,
    "– im Folgenden „Schule“ genannt –",
    "und",
    `dem Stadtarchiv Musterstadt ${n}, Wittener Straße 47, 44789 Musterstadt`,
    "– im Folgenden „Archiv“ genannt –",
    "",
    "§ 1 Angebot",
    "Das Angebot steht allen Schülerinnen und Schülern der Schule offen.",
    "",
    "§ 2 Laufzeit",
    term,
    "",
    "§ 3 Ansprechpersonen",
    "Für die Schule: Frau Anna Schmidt, anna.schmidt@gymnasium-stadtpark.de",
    "Für das Archiv: Herr Bernd Meyer, bernd.meyer@musterstadt.de",
    "",
    "Musterstadt, den 15.06.2025                Musterstadt, den 15.06.2025",
    "_________________________                  _________________________",
    "Für die Schule: Dr. Clara Vogt, Schulleiterin     Für das Archiv: Jonas Weber, Leiter",
  ];
}
