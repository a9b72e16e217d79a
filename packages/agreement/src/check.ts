import {
  BildungspartnerError,
  limits,
  resolveLang,
  type Agreement,
  type Application,
  type Decision,
  type EvaluateOptions,
  type Lang,
} from "@bildungspartner/core";
import { contactFindings } from "./statements/contacts.js";
import { durationFinding } from "./statements/duration.js";
import { AgreementError, agreementLimits } from "./errors.js";
import { makeJudge } from "./findings/judge.js";
import { readParties } from "./parties/parties.js";
import { programmeFinding } from "./statements/programme.js";
import { pupilsFinding } from "./statements/pupils.js";
import { signatureFinding } from "./statements/signatures.js";
import { errorTexts, say, texts } from "./findings/messages.js";
import { makeDoc } from "./document/text.js";
import type { AgreementReport, CheckAgreementOptions, Finding, SentenceDateParser } from "./findings/types.js";
import { agreementFindings } from "./findings/types.js";

/** The text is a written agreement, not some other document. */
const AGREEMENT_WORD = /Vereinbarung|Vertrag|Kooperationsvereinbarung/iu;

const isPageSpan = (page: unknown): boolean =>
  typeof page === "object" &&
  page !== null &&
  ["number", "start", "end"].every((key) => Number.isFinite((page as Record<string, unknown>)[key]));

/** `pages` as `extractText` gives them: an array of `{ number, start, end }`, else a programmer mistake. */
function checkPages(pages: unknown): CheckAgreementOptions["pages"] {
  if (pages === undefined || (Array.isArray(pages) && pages.every(isPageSpan))) return pages as CheckAgreementOptions["pages"];
  throw new BildungspartnerError(
    "INVALID_OPTION",
    {
      de: "pages muss eine Liste von { number, start, end } sein, wie extractText sie liefert.",
      en: "pages must be a list of { number, start, end }, as extractText returns them.",
    },
  );
}

/** `application` as hints: an object (a form's values), else a programmer mistake. */
function checkApplication(application: unknown): Application | undefined {
  if (application === undefined || (typeof application === "object" && application !== null && !Array.isArray(application))) {
    return application as Application | undefined;
  }
  throw new BildungspartnerError(
    "INVALID_OPTION",
    { de: "application muss ein Objekt sein, etwa die Werte eines Antragsformulars.", en: "application must be an object, such as a form's values." },
  );
}

/** `dateParser`: a function, else a programmer mistake. */
function checkDateParser(parse: unknown): SentenceDateParser | undefined {
  if (parse === undefined || typeof parse === "function") return parse as SentenceDateParser | undefined;
  throw new BildungspartnerError(
    "INVALID_OPTION",
    {
      de: "dateParser muss eine Funktion sein, etwa chronoDateParser aus @bildungspartner/agreement/chrono.",
      en: "dateParser must be a function, such as chronoDateParser from @bildungspartner/agreement/chrono.",
    },
  );
}

/** Sets the keys whose value is defined, so the facts never hold `undefined`. */
function defined<T extends object>(values: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Reads a cooperation agreement's text and shows, with evidence, which of the criteria of
 * Bildungspartner NRW it meets. Synchronous, and linear in the text's length (about 150,000
 * characters, 50 pages, in a few milliseconds).
 *
 * Every string gives a report, whatever it holds (control characters, lone surrogates). Throws only
 * for programmer mistakes: an unknown `lang` or `asOf`, `pages` not as `extractText` gives them
 * ({@link BildungspartnerError} `INVALID_OPTION`), a text that is no string (`TypeError`) and a text
 * longer than {@link agreementLimits}.maxTextLength ({@link AgreementError} `TEXT_TOO_LONG`).
 */
export function checkAgreementText(text: string, givenOptions?: CheckAgreementOptions): AgreementReport {
  // `null` from untyped callers means no options, as `undefined` does.
  const options: CheckAgreementOptions = givenOptions ?? {};
  const lang = resolveLang(options.lang);
  if (typeof text !== "string") throw new TypeError(say(lang, errorTexts.notAString));
  if (text.length > agreementLimits.maxTextLength) {
    throw new AgreementError("TEXT_TOO_LONG", errorTexts.textTooLong, { params: { length: text.length, max: agreementLimits.maxTextLength } });
  }
  const evaluateOptions: EvaluateOptions = { lang };
  if (options.asOf !== undefined) evaluateOptions.asOf = options.asOf;
  if (options.ruleSets !== undefined) evaluateOptions.ruleSets = options.ruleSets;
  const judge = makeJudge(evaluateOptions);

  const doc = makeDoc(text, checkPages(options.pages));
  const parties = readParties(doc, checkApplication(options.application));
  const programme = programmeFinding(doc, lang);
  const contacts = contactFindings(doc, parties, lang);
  // Contact persons who also sign ("gez. Kühn") tell whose signature block it is.
  const signatures = signatureFinding(doc, parties, lang, contacts.contacts);
  const duration = durationFinding(doc, judge, lang, signatures.signingDate, checkDateParser(options.dateParser));
  // No address and no signature field anywhere: a page that reports the agreement (a school's web page),
  // not the agreement itself, whose addresses it may simply leave out.
  const email: Finding =
    signatures.fieldless && contacts.email.status === "missing" && contacts.email.evidence.length === 0 && !doc.text.includes("@")
      ? { ...contacts.email, status: "unclear", message: say(lang, texts.email.report) }
      : contacts.email;
  const pupils = pupilsFinding(doc, lang);

  const agreement = defined<Agreement>({
    written: AGREEMENT_WORD.test(doc.text) ? true : undefined,
    ...duration.agreement,
    signedBySchool: signatures.signedBySchool,
    signedByPartners: signatures.signedByPartners,
    openToAllPupils: pupils.openToAllPupils,
    mentionsProgramme: programme.mentionsProgramme,
  });
  const read: Application = { agreement };
  const name = (value: string | undefined) => (value && value.length <= limits.textLength ? value : undefined);
  if (!parties.assumed) {
    const schoolName = name(parties.school.name);
    if (schoolName) read.school = { name: schoolName };
  }
  if (!parties.assumed || contacts.contacts.some((c) => c.side === "partner")) {
    read.partners = parties.partners.slice(0, limits.partners).map((p) => defined({ name: parties.assumed ? undefined : name(p.name) }));
  }
  const contactList = contacts.contacts.filter((c) => c.partner === undefined || c.partner < limits.partners);
  if (contactList.length > 0) read.contacts = contactList;

  // One truth: the core judges what was read, addresses and a length without a start included, and
  // every finding takes its verdict.
  const decision = judge.decide({ ...read, agreement: { ...agreement, ...duration.judged } });
  const findings = [programme.finding, duration.finding, contacts.named, email, pupils.finding, signatures.finding].map((finding) =>
    agreeWithCore(finding, decision, lang),
  );
  return { findings, facts: withoutAddresses(read), decision };
}

/** The finding, made to say what the core's verdict on its criterion says. */
function agreeWithCore(finding: Finding, decision: Decision, lang: Lang): Finding {
  const criterion = decision.criteria.find((c) => c.id === finding.id);
  if (!criterion) return finding;
  if (criterion.status === "met" && finding.status !== "found") return { ...finding, status: "found", message: criterion.message };
  if (criterion.status === "not-met" && finding.status !== "missing") return { ...finding, status: "missing", message: criterion.message };
  if (criterion.status === "unknown" && finding.status === "found") {
    // The mailbox rule needs the contact's name to tell a personal address; the text did not show it.
    const namesMissing = finding.id === agreementFindings.emails && (criterion.missing ?? []).some((path) => path.endsWith(".name"));
    return { ...finding, status: "unclear", message: namesMissing ? say(lang, texts.email.nameUnknown) : criterion.message };
  }
  return finding;
}

/** The facts as the report gives them: the contacts' addresses stay in the evidence only. */
function withoutAddresses(app: Application): Application {
  if (!app.contacts) return app;
  return {
    ...app,
    contacts: app.contacts.map((contact) => {
      const copy = { ...contact };
      delete copy.email;
      return copy;
    }),
  };
}
