import type { Application } from "@bildungspartner/core";

/** A complete application that meets every criterion. */
export const eligible = {
  school: { name: "Gymnasium am Stadtpark", schoolNumber: "165432", type: "gymnasium" },
  partners: [{ name: "Stadtarchiv Musterstadt", category: "archive", municipal: true }],
  agreement: {
    written: true,
    startDate: "2025-08-01",
    endDate: "2027-07-31",
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
} satisfies Application;
