import {
  categories,
  contradictionCodes,
  evaluateSync,
  fieldLabel,
  formatMessage,
  isPersonalEmail,
  parseApplication,
  type Application,
  type CriterionId,
  type CriterionLevel,
  type Decision,
  type Lang,
} from "@bildungspartner/core";
import { formMessages } from "./messages.js";

/** `partial`: while typing, only what is wrong so far. `submit`: everything required. */
export type FormMode = "partial" | "submit";

/** A problem at a form field; `path` is dotted (`contacts.1.email`), `""` for the whole form. */
export interface FormIssue {
  readonly path: string;
  readonly message: string;
}

const inProgramme = new Set(categories.filter((c) => c.inProgramme).map((c) => c.id));

function institutionName(app: Application, index: number): string | undefined {
  const contact = app.contacts?.[index];
  if (contact?.side === "school") return app.school?.name;
  return contact?.partner === undefined ? undefined : app.partners?.[contact.partner]?.name;
}

/** The fields a criterion that is not met points at, so its message appears beside them. */
const criterionFields: Readonly<Record<CriterionId, (app: Application) => string[]>> = {
  "written-agreement": () => ["agreement.written"],
  "min-duration": () => ["agreement.endDate"],
  "named-contacts": () => ["contacts"],
  "personal-email": (app) =>
    (app.contacts ?? []).flatMap((contact, i) =>
      contact.email !== undefined && !isPersonalEmail(contact.email, institutionName(app, i)) ? [`contacts.${i}.email`] : [],
    ),
  "open-to-all-pupils": () => ["agreement.openToAllPupils"],
  "programme-mentioned": () => ["agreement.mentionsProgramme"],
  "signed-by-all": (app) => [
    ...(app.agreement?.signedBySchool === false ? ["agreement.signedBySchool"] : []),
    ...(app.agreement?.signedByPartners === false ? ["agreement.signedByPartners"] : []),
  ],
  "eligible-category": (app) =>
    (app.partners ?? []).flatMap((partner, i) =>
      partner.category !== undefined && !inProgramme.has(partner.category) ? [`partners.${i}.category`] : [],
    ),
  "third-partner": () => ["partners"],
  "kindergarten-excluded": () => ["school.type"],
};

/** Every criterion of a level that is not met, as issues at the fields it concerns. */
function ruleIssues(decision: Decision, app: Application, level: CriterionLevel): FormIssue[] {
  return decision.criteria
    .filter((criterion) => criterion.status === "not-met" && criterion.level === level)
    .flatMap((criterion) => {
      const paths = criterionFields[criterion.id](app);
      return (paths.length > 0 ? paths : [""]).map((path) => ({ path, message: criterion.message }));
    });
}

const choiceFields = new Set(["type", "category", "municipal", "side", "partner", "written", "indefinite", "signedBySchool", "signedByPartners", "openToAllPupils", "mentionsProgramme"]);

function requiredIssue(path: string, lang: Lang): FormIssue {
  if (path === "partners") return { path, message: formMessages.requiredPartners[lang] };
  if (path === "contacts") return { path, message: formMessages.requiredContacts[lang] };
  const last = path.slice(path.lastIndexOf(".") + 1);
  const template = choiceFields.has(last) ? formMessages.requiredChoice : formMessages.required;
  return { path, message: formatMessage(template[lang], { label: fieldLabel(path, lang) }) };
}

/** The paths a complete registration needs that are still empty. */
function missingRequired(app: Application): string[] {
  const missing: string[] = [];
  const need = (value: unknown, path: string) => {
    if (value === undefined) missing.push(path);
  };
  need(app.school?.name, "school.name");
  need(app.school?.schoolNumber, "school.schoolNumber");
  need(app.school?.type, "school.type");
  if (!app.partners?.length) missing.push("partners");
  app.partners?.forEach((partner, i) => {
    need(partner.name, `partners.${i}.name`);
    need(partner.category, `partners.${i}.category`);
    need(partner.municipal, `partners.${i}.municipal`);
  });
  const agreement = app.agreement ?? {};
  need(agreement.written, "agreement.written");
  need(agreement.startDate, "agreement.startDate");
  if (agreement.indefinite !== true && typeof agreement.endDate !== "string") missing.push("agreement.endDate");
  need(agreement.signedBySchool, "agreement.signedBySchool");
  need(agreement.signedByPartners, "agreement.signedByPartners");
  need(agreement.openToAllPupils, "agreement.openToAllPupils");
  need(agreement.mentionsProgramme, "agreement.mentionsProgramme");
  if (!app.contacts?.length) missing.push("contacts");
  app.contacts?.forEach((contact, i) => {
    need(contact.side, `contacts.${i}.side`);
    if (contact.side === "partner") need(contact.partner, `contacts.${i}.partner`);
    need(contact.name, `contacts.${i}.name`);
    need(contact.email, `contacts.${i}.email`);
  });
  return missing;
}

/** Form order: the order people fill the form in. */
const fieldOrder = [
  "school.type",
  "school.name",
  "school.schoolNumber",
  "partners",
  "partners.*.name",
  "partners.*.category",
  "partners.*.municipal",
  "agreement.written",
  "agreement.startDate",
  "agreement.indefinite",
  "agreement.endDate",
  "agreement.openToAllPupils",
  "agreement.mentionsProgramme",
  "agreement.signedBySchool",
  "agreement.signedByPartners",
  "contacts",
  "contacts.*.side",
  "contacts.*.partner",
  "contacts.*.name",
  "contacts.*.email",
];

function orderKey(path: string): [number, number, number] {
  const rank = fieldOrder.indexOf(path.replace(/\.\d+(?=\.|$)/g, ".*"));
  const section = fieldOrder.findIndex((p) => p.split(".")[0] === path.split(".")[0]);
  const index = Number(/\.(\d+)/.exec(path)?.[1] ?? -1);
  return [section, index, rank];
}

/** Sorts paths into form order: by section, then item, then field. */
export function inFormOrder(paths: Iterable<string>): string[] {
  return [...new Set(paths)].sort((a, b) => {
    const [x, y] = [orderKey(a), orderKey(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/**
 * The fields still needed to reach a decision: what the open criteria are missing, in form order.
 * Fields that cannot change the outcome are left out, and nothing is asked once the school side is a
 * kindergarten or day-care centre: such a cooperation cannot be registered whatever follows.
 */
export function nextFieldsOf(decision: Decision): string[] {
  if (decision.criteria.some((c) => c.id === "kindergarten-excluded" && c.status === "not-met")) return [];
  return inFormOrder(decision.criteria.flatMap((c) => (c.status === "unknown" ? (c.missing ?? []) : [])));
}

/**
 * Everything the form shows: the Decision and the issues for the mode, input issues first. `extra`
 * are the issues core's field schema cannot tell: contradictions, Muss-Kriterien not met and
 * required fields. `warnings` are the Soll-Kriterien not met: they stop no submission, since the
 * programme office decides such an application (`needs-review`).
 */
export function formIssues(
  values: unknown,
  lang: Lang,
  mode: FormMode,
): { decision: Decision; issues: FormIssue[]; extra: FormIssue[]; warnings: FormIssue[] } {
  const decision = evaluateSync(values, { lang });
  const { application } = parseApplication(values, lang);
  const inputIssues: FormIssue[] = decision.issues.map(({ path, message }) => ({ path, message }));
  const contradictions = decision.issues.filter((issue) => contradictionCodes.includes(issue.code)).map(({ path, message }) => ({ path, message }));
  const taken = new Set(inputIssues.map((issue) => issue.path));
  const required =
    mode === "submit"
      ? inFormOrder(missingRequired(application))
          .filter((path) => !taken.has(path))
          .map((path) => requiredIssue(path, lang))
      : [];
  const extra = [...contradictions, ...ruleIssues(decision, application, "must"), ...required];
  return { decision, issues: [...inputIssues, ...extra], extra, warnings: ruleIssues(decision, application, "should") };
}
