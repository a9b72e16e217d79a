// Generated from data/categories.json by scripts/generate-runtime-data.ts (part of `pnpm build`): do not edit.
// Only what the evaluators and the form read, so that browser bundles leave out the reasons and sources.
import type { CategoryReading } from "../data.js";

/** The shipped partner categories as the evaluators and the form read them, in the order of the FAQ. */
export const runtimeCategories: readonly CategoryReading[] = [
  { id: "archive", inProgramme: true, label: { de: "Archiv", en: "Archive" }, thirdPartner: { needed: true } },
  { id: "library", inProgramme: true, label: { de: "Bibliothek", en: "Library" }, thirdPartner: { needed: true } },
  { id: "stage", inProgramme: true, label: { de: "Bühne", en: "Stage" }, thirdPartner: { needed: "review" } },
  { id: "memorial", inProgramme: true, label: { de: "Gedenkstätte", en: "Memorial" }, thirdPartner: { needed: true } },
  { id: "media-centre", inProgramme: true, label: { de: "Medienzentrum", en: "Media centre" }, thirdPartner: { needed: true } },
  { id: "museum", inProgramme: true, label: { de: "Museum", en: "Museum" }, thirdPartner: { needed: true } },
  { id: "music-school", inProgramme: true, label: { de: "Musikschule", en: "Music school" }, thirdPartner: { needed: true } },
  { id: "environmental-education", inProgramme: true, label: { de: "Einrichtung der Umweltbildung", en: "Environmental education centre" }, thirdPartner: { needed: true } },
  { id: "science-education", inProgramme: true, label: { de: "Einrichtung der naturwissenschaftlichen Bildung", en: "Science education centre" }, thirdPartner: { needed: true } },
  { id: "sports-club", inProgramme: true, label: { de: "Sportverein", en: "Sports club" }, thirdPartner: { needed: "review" } },
  { id: "adult-education-centre", inProgramme: true, label: { de: "Volkshochschule", en: "Adult education centre" }, thirdPartner: { needed: true } },
  { id: "other", inProgramme: false, label: { de: "Andere Einrichtung", en: "Other institution" }, thirdPartner: { needed: true } },
];
