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

/**
 * A copy of an application that counts how often its `school` section is taken: once per parse, as
 * every reader of an application takes each section once. Counts real reads, whichever function does them.
 */
export function readCounted<T extends { school?: unknown }>(application: T): { input: T; reads: { count: number } } {
  const reads = { count: 0 };
  const input = Object.defineProperty({ ...application }, "school", {
    enumerable: true,
    get: () => {
      reads.count++;
      return application.school;
    },
  });
  return { input, reads };
}
