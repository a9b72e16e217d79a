import { fieldLabel, type Agreement, type Application } from "@bildungspartner/core";
import { germanDate } from "../../shared/mismatches.js";
import { categoryLabel, contactOwner, schoolTypeLabel } from "../labels.js";

/** The agreement's answers in the form's order. */
const agreementFields: readonly (keyof Agreement)[] = ["written", "startDate", "indefinite", "endDate", "openToAllPupils", "mentionsProgramme", "signedBySchool", "signedByPartners"];

/** An answer as the office reads it: ja/nein, German dates, „kein Enddatum“, „keine Angabe“. */
function answer(value: unknown): string {
  if (value === undefined) return "keine Angabe";
  if (value === null) return "kein Enddatum";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  return germanDate(String(value));
}

/** One term and its answer; `data-field` names the application's path. */
function Fact({ path, value }: { path: string; value: string }) {
  return (
    <>
      <dt>{fieldLabel(path)}</dt>
      <dd data-field={path}>{value}</dd>
    </>
  );
}

/**
 * The whole application as the school sent it: school, agreement answers (dates, „unbefristet“),
 * each partner with its category and its „kommunal“ and „überregional“ answers, the contacts.
 */
export function ApplicationFacts({ application }: { application: Application }) {
  const { school = {}, agreement = {}, partners = [], contacts = [] } = application;
  const partnerNames = partners.map((p) => p.name ?? "");
  return (
    <section className="application-facts" aria-labelledby="antrag-titel">
      <h3 id="antrag-titel">Antrag</h3>
      <h4>Schule</h4>
      <dl className="facts">
        <Fact path="school.name" value={school.name ?? "keine Angabe"} />
        <Fact path="school.schoolNumber" value={school.schoolNumber ?? "keine Angabe"} />
        <Fact path="school.type" value={school.type ? schoolTypeLabel(school.type) : "keine Angabe"} />
      </dl>
      <h4>Kooperationsvereinbarung</h4>
      <dl className="facts">
        {agreementFields.map((field) => (
          <Fact key={field} path={`agreement.${field}`} value={answer(agreement[field])} />
        ))}
      </dl>
      {partners.map((partner, i) => (
        <div key={i}>
          <h4>Partner {i + 1}</h4>
          <dl className="facts">
            <Fact path={`partners.${i}.name`} value={partner.name ?? "keine Angabe"} />
            <Fact path={`partners.${i}.category`} value={partner.category ? categoryLabel(partner.category) : "keine Angabe"} />
            <Fact path={`partners.${i}.municipal`} value={answer(partner.municipal)} />
            <Fact path={`partners.${i}.supraRegional`} value={partner.municipal === true && partner.supraRegional === undefined ? "nicht gefragt (kommunal)" : answer(partner.supraRegional)} />
          </dl>
        </div>
      ))}
      <h4>Feste Ansprechpersonen</h4>
      <dl className="facts">
        {contacts.map((contact, i) => (
          <div key={i} className="facts-group">
            <dt>Ansprechperson {contactOwner(contact.side ?? "school", contact.partner, partnerNames)}</dt>
            <dd data-field={`contacts.${i}.name`}>{contact.name ?? "keine Angabe"}</dd>
            <dd data-field={`contacts.${i}.email`}>{contact.email ?? "keine Angabe"}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
