// The baseline of the evaluation benchmark: the whole job (validate the input, derive the facts,
// decide every criterion, build the Decision with German messages) written by hand for these ten
// rules, without libraries. It reads the shipped rule texts and lists as data only.
import type { CriterionId, CriterionResult, Decision, RuleFile } from "../src/index.js";
import { categories, emailKind, schoolTypes, shippedRuleSets } from "../src/index.js";

type Obj = Record<string, unknown>;
type T = boolean | null;

const ruleSet = shippedRuleSets()[0]!;
const rules = new Map<CriterionId, RuleFile>(ruleSet.rules.map((r) => [r.id, r]));
const schoolTypeIds = new Set<string>(schoolTypes.map((t) => t.id));
const categoryIds = new Set<string>(categories.map((c) => c.id));
const programme = new Set<string>(categories.filter((c) => c.inProgramme).map((c) => c.id));
const needsMunicipal = new Set<string>(categories.filter((c) => c.thirdPartner.needed === true).map((c) => c.id));
const reviewed = new Set<string>(categories.filter((c) => c.thirdPartner.needed === "review").map((c) => c.id));
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function date(v: string): [number, number, number] | null {
  const m = DATE.exec(v);
  if (!m) return null;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return dim !== undefined && d >= 1 && d <= dim ? [y, mo, d] : null;
}

/** Whole months from start to the inclusive end by §§ 187 (2), 188 (2), (3) BGB. */
function months(s: [number, number, number], e: [number, number, number]): number {
  const dim = (y: number, m: number) => new Date(y, m, 0).getDate();
  // The last day of an n-month period: the day before the same day n months on, or that month's last day.
  const last = (n: number): number => {
    const index = s[0] * 12 + s[1] - 1 + n;
    const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
    if (s[2] > dim(y, m)) return y * 10000 + m * 100 + dim(y, m);
    if (s[2] > 1) return y * 10000 + m * 100 + s[2] - 1;
    return m > 1 ? y * 10000 + (m - 1) * 100 + dim(y, m - 1) : (y - 1) * 10000 + 1231;
  };
  const end = e[0] * 10000 + e[1] * 100 + e[2];
  let n = Math.max(0, (e[0] - s[0]) * 12 + (e[1] - s[1]) + 1);
  while (n > 0 && last(n) > end) n -= 1;
  return n;
}


const and = (...xs: T[]): T => (xs.includes(false) ? false : xs.includes(null) ? null : true);
const or = (...xs: T[]): T => (xs.includes(true) ? true : xs.includes(null) ? null : false);

export function handWrittenEvaluate(input: unknown): Decision {
  const issues: Decision["issues"] = [];
  const bad = (path: string, code: Decision["issues"][number]["code"]) => issues.push({ path, code, params: {}, message: `${path}: ${code}` });
  const root = isObj(input) ? input : (bad("", "invalid_input"), {});
  const section = (key: string): Obj | undefined => {
    const v = root[key];
    if (blank(v)) return undefined;
    if (isObj(v)) return v;
    bad(key, "invalid_type");
    return undefined;
  };
  const list = (key: string, max: number): Obj[] | undefined => {
    const v = root[key];
    if (blank(v)) return undefined;
    if (!Array.isArray(v)) return bad(key, "invalid_type"), undefined;
    if (v.length > max) return bad(key, "too_many"), undefined;
    return v.map((item, i) => (isObj(item) ? item : (bad(`${key}.${i}`, "invalid_type"), {})));
  };
  const str = (o: Obj, key: string, path: string, ok: (s: string) => boolean, code: Decision["issues"][number]["code"]) => {
    const v = o[key];
    if (blank(v)) return undefined;
    if (typeof v === "string" && ok(v)) return v;
    bad(path, code);
    return undefined;
  };
  const bool = (o: Obj | undefined, key: string, path: string): boolean | undefined => {
    const v = o?.[key];
    if (blank(v)) return undefined;
    if (typeof v === "boolean") return v;
    bad(path, "invalid_type");
    return undefined;
  };
  const school = section("school");
  if (school) str(school, "name", "school.name", (s) => s.length <= 200, "invalid_type");
  if (school) str(school, "schoolNumber", "school.schoolNumber", (s) => /^\d{6}$/.test(s), "invalid_school_number");
  const schoolType = school && str(school, "type", "school.type", (s) => schoolTypeIds.has(s), "invalid_option");
  const partners = (list("partners", 20) ?? []).map((p, i) => ({
    name: str(p, "name", `partners.${i}.name`, (s) => s.length <= 200, "invalid_type"),
    category: str(p, "category", `partners.${i}.category`, (s) => categoryIds.has(s), "invalid_option"),
    municipal: bool(p, "municipal", `partners.${i}.municipal`),
    supraRegional: bool(p, "supraRegional", `partners.${i}.supraRegional`),
  }));
  const hasPartners = Array.isArray(root.partners) && issues.every((i) => i.path !== "partners");
  const a = section("agreement");
  const start = a && str(a, "startDate", "agreement.startDate", (s) => date(s) !== null, "invalid_date");
  let end = a && a.endDate !== null ? str(a, "endDate", "agreement.endDate", (s) => date(s) !== null, "invalid_date") : undefined;
  const indefiniteInput = bool(a, "indefinite", "agreement.indefinite");
  if (end !== undefined && (indefiniteInput === true || (start !== undefined && end < start))) {
    bad("agreement.endDate", indefiniteInput ? "end_date_with_indefinite" : "end_before_start");
    end = undefined;
  }
  const contactsRaw = list("contacts", 50);
  const contacts = (contactsRaw ?? []).map((c, i) => {
    const side = str(c, "side", `contacts.${i}.side`, (s) => s === "school" || s === "partner", "invalid_option");
    let partner: number | undefined;
    if (!blank(c.partner)) {
      if (typeof c.partner === "number" && Number.isInteger(c.partner) && c.partner >= 0 && c.partner < 20) partner = c.partner;
      else bad(`contacts.${i}.partner`, "invalid_partner_index");
    }
    if (partner !== undefined && side === "partner" && hasPartners && partner >= partners.length) {
      bad(`contacts.${i}.partner`, "unknown_partner");
      partner = undefined;
    }
    return {
      side,
      partner,
      name: str(c, "name", `contacts.${i}.name`, (s) => s.length <= 200, "invalid_type"),
      email: str(c, "email", `contacts.${i}.email`, (s) => s.length <= 254 && EMAIL.test(s), "invalid_email"),
    };
  });

  const flag = (key: string): T => (bool(a, key, "") ?? null) as T;
  const indefinite: T = indefiniteInput ?? (end !== undefined ? false : null);
  const s = start ? date(start) : null;
  const e = end ? date(end) : null;
  const coversMonths = s && e ? months(s, e) : null;
  // Two school years: a start from 1 August to 30 September, an end on or after 31 July of the year after next.
  const schoolYears = s && e ? s[1] >= 8 && s[1] * 100 + s[2] <= 930 && (e[1] * 100 + e[2] >= 731 ? e[0] : e[0] - 1) - s[0] >= 2 : null;
  const anyP = hasPartners && partners.length > 0;
  const anyC = contactsRaw !== undefined && contacts.length > 0;
  const schoolNamed = anyC ? or(...contacts.map((c) => (c.side === undefined ? null : c.side !== "school" ? false : c.name === undefined ? null : true))) : null;
  const partnerNamed = (i: number): T =>
    or(...contacts.map((c) => (c.side === undefined ? null : c.side !== "partner" ? false : c.partner === undefined ? null : c.partner !== i ? false : c.name === undefined ? null : true)));
  const everyPartnerNamed = anyC && anyP ? and(...partners.map((_, i) => partnerNamed(i))) : null;
  const personal = anyC
    ? and(
        ...contacts.map((c): T => {
          if (c.email === undefined) return null;
          const kind = emailKind(c.email, c.name);
          return kind === null ? null : kind === "personal";
        }),
      )
    : null;
  const strictlyNeeded = partners.some((p) => p.municipal === false && ((p.category !== undefined && needsMunicipal.has(p.category)) || p.supraRegional === true));
  const truths: Record<CriterionId, T> = {
    "written-agreement": flag("written"),
    "min-duration": or(indefinite === null ? null : indefinite, coversMonths === null ? null : coversMonths >= 24, schoolYears),
    "named-contacts": and(schoolNamed, everyPartnerNamed),
    "personal-email": personal,
    "open-to-all-pupils": flag("openToAllPupils"),
    "programme-mentioned": flag("mentionsProgramme"),
    "signed-by-all": and(flag("signedBySchool"), flag("signedByPartners")),
    "eligible-category": anyP ? and(...partners.map((p) => (p.category === undefined ? null : programme.has(p.category)))) : null,
    "third-partner": anyP
      ? or(
          ...partners.map((p) => p.municipal ?? null),
          and(
            ...partners.map((p): T => {
              if (p.municipal === true) return true;
              if (p.municipal === undefined) return null;
              if (p.category !== undefined && needsMunicipal.has(p.category)) return false;
              if (p.supraRegional === true) return false;
              if (p.category === undefined || p.supraRegional === undefined) return null;
              return !reviewed.has(p.category) && p.supraRegional === false;
            }),
          ),
        )
      : null,
    "kindergarten-excluded": schoolType === undefined ? null : schoolType !== "kindergarten" && schoolType !== "kita",
  };
  const criteria: CriterionResult[] = ruleSet.rules.map((rule) => {
    const truth = truths[rule.id];
    return {
      id: rule.id,
      status: truth === null ? "unknown" : truth ? "met" : "not-met",
      // A local sports club or stage alone leaves the third partner to review (the reading's level).
      level: rule.id === "third-partner" && truth === false && !strictlyNeeded ? "should" : rule.level,
      title: rules.get(rule.id)!.title.de,
      message: rule.messages[truth === null ? "unknown" : truth ? "met" : "notMet"].de,
      source: rule.source,
      // The baseline decides only; naming the deciding inputs and readings is the SDK's extra work.
      paths: [],
      readings: [],
    };
  });
  const status: Decision["status"] = issues.length
    ? "invalid"
    : criteria.some((c) => c.status === "not-met" && c.level === "must")
      ? "not-eligible"
      : criteria.some((c) => c.status === "unknown")
        ? "incomplete"
        : criteria.some((c) => c.status === "not-met")
          ? "needs-review"
          : "eligible";
  const steps = status === "eligible" || status === "needs-review" ? ruleSet.nextSteps[status] : [];
  return {
    status,
    criteria,
    issues,
    nextSteps: steps.map((step) => ({ message: step.text.de, source: step.source })),
    ruleSet: { version: ruleSet.version, validFrom: ruleSet.validFrom },
  };
}
