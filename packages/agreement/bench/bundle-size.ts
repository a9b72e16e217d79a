// What the bundle bench (packages/forms/bench/run.ts) and the size test bundle of the agreement checks.

/** The browser-safe main entry, with the core, without the PDF/DOCX extraction of `/extract`. */
export const agreementEntry = 'export * from "@bildungspartner/agreement";';
/** The main entry with chrono-node's German date parser, which browsers go without. */
export const agreementWithChronoEntry = `${agreementEntry} export * from "@bildungspartner/agreement/chrono";`;
/** The most the main entry's bundle may weigh, gzipped (level 9): the test fails from it on, the bench reports it. */
export const agreementLimit = 60 * 1024;
