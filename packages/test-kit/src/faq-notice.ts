import { faqFile, faqSkippedNotice, faqText } from "./faq.js";

/**
 * vitest's global setup: reads the FAQ named by `BILDUNGSPARTNER_FAQ` once before any test (a named
 * file that cannot be read fails the run), and at the end says which checks were skipped without it.
 */
export default function setup(): () => void {
  const given = faqText !== undefined;
  return () => {
    process.stdout.write(given ? `FAQ-Prüfungen mit ${faqFile} / FAQ checks run against ${faqFile}\n` : `${faqSkippedNotice}\n`);
  };
}
