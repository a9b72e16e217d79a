import type { Application } from "../application/application.js";
import type { CriterionStatus, Decision } from "../evaluate/decision.js";
import { kindergartenCriterion } from "../application/data.js";
import type { FactValue } from "../application/facts.js";
import type { LocalizedText } from "../lang.js";
import type { ParsedSituation } from "./situation.js";

/** Names of the facts that offering rules read. */
export type OfferingFactName =
  | "always"
  | "partnership.registered"
  | "cooperation.withKindergarten"
  | "partners.anyArchive"
  | "funding.purpose"
  | "funding.projectStarted"
  | "training.servesPartnership";

/** A fact offering rules may name, with the words the catalogue uses for it. */
export interface OfferingFactDefinition {
  readonly name: OfferingFactName;
  readonly type: "boolean" | "number" | "string";
  readonly label: LocalizedText;
  /** How a yes/no fact reads when a condition asks for „nein“, where „label: nein“ would read badly. */
  readonly labelWhenFalse?: LocalizedText;
}

/** The offering facts of one situation, plus, for each unknown fact, the paths that would decide it. */
export interface DerivedOfferingFacts {
  readonly values: Readonly<Record<OfferingFactName, FactValue>>;
  readonly missing: Readonly<Record<OfferingFactName, readonly string[]>>;
}

/** What the derivation reads: the situation, and the valid part of its application with the Decision about it. */
export interface OfferingInputs {
  readonly situation: ParsedSituation;
  /** The valid part of the situation's application, if it has one. */
  readonly application?: Application;
  /**
   * The eligibility Decision about that valid part (about an empty application when the situation has
   * none): its criteria answer what offerings share with eligibility, and name the paths they miss.
   */
  readonly decision: Decision;
}

interface Derived {
  readonly value: FactValue;
  readonly missing: readonly string[];
}

const known = (value: FactValue): Derived => ({ value, missing: [] });
const unknown = (...missing: string[]): Derived => ({ value: null, missing });

/**
 * Whether the school side is a kindergarten or day-care centre: the opposite of the eligibility
 * criterion `kindergarten-excluded`, from the Decision about the application, else from the Decision
 * the situation brings. Unknown with the application paths the criterion misses.
 */
function withKindergarten({ situation, decision }: OfferingInputs): Derived {
  const own = decision.criteria.find((criterion) => criterion.id === kindergartenCriterion);
  const status: CriterionStatus | undefined = own === undefined || own.status === "unknown" ? situation.decision?.kindergartenExcluded : own.status;
  if (status === "met") return known(false);
  if (status === "not-met") return known(true);
  return unknown(...(own?.missing ?? []).map((path) => `application.${path}`));
}

/**
 * Registered only when the caller says so (`registered`): the programme registers a partnership once
 * it has received the agreement signed by all parties, so no self-check Decision, not even an
 * `eligible` one, registers it. A kindergarten cooperation is never registered, whatever the input
 * says: the FAQ rules it out.
 */
function registered({ situation }: OfferingInputs, kindergarten: Derived): Derived {
  if (kindergarten.value === true) return known(false);
  return situation.registered === undefined ? unknown("registered") : known(situation.registered);
}

function anyArchive({ application }: OfferingInputs): Derived {
  const partners = application?.partners;
  if (partners === undefined || partners.length === 0) return unknown("application.partners");
  if (partners.some((partner) => partner.category === "archive")) return known(true);
  const open = partners.flatMap((partner, i) => (partner.category === undefined ? [`application.partners.${i}.category`] : []));
  return open.length > 0 ? unknown(...open) : known(false);
}

const optional = (value: FactValue | undefined, path: string): Derived => (value === undefined ? unknown(path) : known(value));

const definitions: Readonly<Record<OfferingFactName, Omit<OfferingFactDefinition, "name">>> = {
  always: {
    type: "boolean",
    label: { de: "Gilt für jede Kooperation", en: "Holds for every cooperation" },
    labelWhenFalse: { de: "Wird nicht angeboten", en: "Not offered" },
  },
  "partnership.registered": {
    type: "boolean",
    label: { de: "Die Partnerschaft ist bei Bildungspartner NRW registriert", en: "The partnership is registered with Bildungspartner NRW" },
  },
  "cooperation.withKindergarten": {
    type: "boolean",
    label: {
      de: "Auf der schulischen Seite steht ein Kindergarten oder eine Kindertageseinrichtung",
      en: "The school side is a kindergarten or day-care centre",
    },
    labelWhenFalse: {
      de: "Auf der schulischen Seite steht eine Schule, kein Kindergarten und keine Kindertageseinrichtung",
      en: "The school side is a school, not a kindergarten or day-care centre",
    },
  },
  "partners.anyArchive": { type: "boolean", label: { de: "Ein Partner ist ein Archiv", en: "A partner is an archive" } },
  "funding.purpose": {
    type: "string",
    label: { de: "Zweck der Förderung", en: "Purpose of the funding" },
  },
  "funding.projectStarted": {
    type: "boolean",
    label: { de: "Das Projekt hat schon begonnen", en: "The project has already started" },
  },
  "training.servesPartnership": {
    type: "boolean",
    label: {
      de: "Die Fortbildung dient dem Aufbau oder der Weiterentwicklung der Bildungspartnerschaft",
      en: "The training serves building up or developing the partnership",
    },
  },
};

/** Every fact offering rules may name, with its type and label. */
export const offeringFactDefinitions: readonly OfferingFactDefinition[] = Object.entries(definitions).map(([name, definition]) => ({
  name: name as OfferingFactName,
  ...definition,
}));

/** Names of every fact offering rules may name. */
export const offeringFactNames = Object.keys(definitions) as [OfferingFactName, ...OfferingFactName[]];

/** The values `funding.purpose` can have, for the linter and the catalogue. */
export const fundingPurposeLabels: Readonly<Record<string, LocalizedText>> = {
  project: { de: "ein Projekt", en: "a project" },
  training: { de: "eine Fortbildung", en: "a training" },
  permanent: { de: "dauerhafte Projektmittel", en: "permanent project funding" },
};

/** Derives every offering fact of a situation once; both evaluators read the result. */
export function deriveOfferingFacts(inputs: OfferingInputs): DerivedOfferingFacts {
  const kindergarten = withKindergarten(inputs);
  const partnership = registered(inputs, kindergarten);
  // A registered partnership is no kindergarten cooperation, even when its application is not at hand.
  const cooperation = kindergarten.value === null && partnership.value === true ? known(false) : kindergarten;
  const { situation } = inputs;
  const derived: Record<OfferingFactName, Derived> = {
    always: known(true),
    "partnership.registered": partnership,
    "cooperation.withKindergarten": cooperation,
    "partners.anyArchive": anyArchive(inputs),
    "funding.purpose": optional(situation.fundingPurpose, "funding.purpose"),
    "funding.projectStarted": optional(situation.projectStarted, "funding.projectStarted"),
    "training.servesPartnership": optional(situation.servesPartnership, "training.servesPartnership"),
  };
  const values = {} as Record<OfferingFactName, FactValue>;
  const missing = {} as Record<OfferingFactName, readonly string[]>;
  for (const name of offeringFactNames) {
    values[name] = derived[name].value;
    missing[name] = [...new Set(derived[name].missing)];
  }
  return { values, missing };
}
