import { categories, fieldLabel, schoolTypes, type Application, type Decision } from "@bildungspartner/core";
import { validateForm, type FormResult } from "@bildungspartner/forms";
import { useEffect, useMemo, useRef, useState } from "react";
import { useFieldArray, useForm, useWatch, type Path } from "react-hook-form";
import { messages } from "../../server/errors.js";
import { reviewTextMaxLength } from "../../shared/office.js";
import { Field, Hint } from "../field.js";
import { PageShell } from "../layout.js";
import { contactOwner, pathLabel, pathOwner } from "../labels.js";
import { AgreementUpload } from "./AgreementUpload.js";
import { CriteriaPanel } from "./CriteriaPanel.js";
import { ChoiceField, errorAt, FieldLink, SelectField, TextField } from "./fields.js";
import { emptyPartner, fieldId, germanDatePattern, initialValues, partnerContact, toApplication, type FormValues } from "./form-values.js";
import { checkWhileTyping, resolver, shownMessage } from "./resolver.js";
import { submitRegistration } from "./submit.js";
import { oncePerMessage, type SummaryItem } from "./summary.js";

const schoolTypeChoices = schoolTypes.map((t) => ({ value: t.id, label: t.label.de }));
const categoryChoices = categories.map((c) => ({ value: c.id, label: c.label.de }));

/** Paths in the order their inputs stand on the page; paths without an input go last. */
function inPageOrder(items: SummaryItem[]): SummaryItem[] {
  const order = [...document.querySelectorAll("[id^='f-']")].map((element) => element.id);
  const rank = (path: string) => {
    const own = order.indexOf(fieldId(path));
    return own >= 0 ? own : order.indexOf(fieldId(path.split(".")[0] ?? "")) + 0.5;
  };
  return [...items].sort((a, b) => rank(a.path) - rank(b.path));
}

export function RegistrationPage() {
  const {
    register,
    control,
    handleSubmit,
    setError,
    clearErrors,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, Application>({
    defaultValues: initialValues,
    resolver,
    mode: "onChange",
    // The error summary takes the focus after a failed submit, and links to each field.
    shouldFocusError: false,
  });
  const partners = useFieldArray({ control, name: "partners" });
  const contacts = useFieldArray({ control, name: "contacts" });
  const values = useWatch({ control }) as FormValues;
  const application = useMemo(() => toApplication(values), [values]);
  // The side panel: the same rules, live, from the same package the server uses; the resolver has
  // already checked these values, so this is its result, not a second evaluation.
  const live = useMemo(() => checkWhileTyping(application), [application]);

  const [file, setFile] = useState<File>();
  const [justification, setJustification] = useState("");
  const [summary, setSummary] = useState<SummaryItem[]>();
  const [groupErrors, setGroupErrors] = useState<Record<string, string>>({});
  const [registered, setRegistered] = useState<{ id: string; school: string; decision: Decision; statusUrl: string }>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const addPartnerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => summaryRef.current?.focus(), [summary]);
  useEffect(() => {
    if (!registered) return;
    document.title = "Registrierung eingereicht – Bildungspartner NRW (Beispielportal)";
    successRef.current?.focus();
  }, [registered]);

  const partnerNames = values.partners.map((p) => p.name);
  const labelOf = (path: string) => pathLabel(path, partnerNames, values.contacts);

  /** A summary line: core's message as it comes, after the partner or contact its field belongs to. */
  function summaryText(path: string, message: string): string {
    const owner = pathOwner(path, partnerNames, values.contacts);
    return owner ? `${owner}: ${message}` : message;
  }

  /** The first message at each field and the form's messages, from a form result. */
  function reportResult(result: FormResult) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of result.issues) if (issue.path !== "") fieldErrors[issue.path] ??= [shownMessage(issue)];
    report(fieldErrors, result.formErrors);
  }

  /** Shows what stops the registration: at each field, and in the summary above the form. */
  function report(fieldErrors: Record<string, string[]>, formErrors: readonly string[]) {
    const items: SummaryItem[] = [];
    const groups: Record<string, string> = {};
    for (const [path, messages] of Object.entries(fieldErrors)) {
      const message = messages[0];
      if (!message) continue;
      if (document.getElementById(fieldId(path))?.matches("input, select")) {
        setError(path as Path<FormValues>, { type: "submit", message });
      } else {
        groups[path.split(".")[0] ?? path] ??= message;
      }
      items.push({ path, message });
    }
    setGroupErrors(groups);
    const lines = oncePerMessage([...inPageOrder(items), ...formErrors.map((message) => ({ path: "", message }))]);
    setSummary(lines.map((item) => ({ path: item.path, message: item.path ? summaryText(item.path, item.message) : item.message })));
  }

  async function send(app: Application) {
    // The values as the resolver read and decided them; submit mode adds the required fields.
    const check = validateForm(checkWhileTyping(app).checked, { mode: "submit" });
    if (!check.valid) return reportResult(check);
    // The server's own message, shown before anything is sent.
    if (!file) return report({}, [messages.agreementRequired]);
    // The „Begründung“ belongs to a needs-review cooperation only; a text left from before is not sent.
    const outcome = await submitRegistration(app, file, check.decision.status === "needs-review" ? justification : "");
    if (outcome.kind === "submitted") {
      setSummary(undefined);
      setRegistered({ id: outcome.id, school: app.school?.name ?? "", decision: outcome.decision, statusUrl: outcome.statusUrl });
      return;
    }
    if (outcome.kind === "refused") {
      const open = outcome.decision.criteria.filter((c) => c.status !== "met").map((c) => `${c.title}: ${c.message}`);
      return report(outcome.fieldErrors, [...outcome.formErrors, ...(Object.keys(outcome.fieldErrors).length > 0 ? [] : open)]);
    }
    report(outcome.fieldErrors, [outcome.message]);
  }

  const onSubmit = handleSubmit(send, () => reportResult(validateForm(checkWhileTyping(toApplication(getValues())).checked, { mode: "submit" })));

  function addPartner() {
    const index = partners.fields.length;
    // The contact first: react-hook-form keeps one focus target, the last append's.
    contacts.append(partnerContact(index), { shouldFocus: false });
    partners.append(emptyPartner(), { focusName: `partners.${index}.name` });
  }

  function removePartner(index: number) {
    partners.remove(index);
    // Its contact goes too; the contacts of later partners move up one place.
    contacts.replace(
      getValues("contacts")
        .filter((c) => !(c.side === "partner" && c.partner === index))
        .map((c) => (c.side === "partner" && c.partner !== undefined && c.partner > index ? { ...c, partner: c.partner - 1 } : c)),
    );
    addPartnerRef.current?.focus();
  }

  /** What every field takes from its path: the path, core's label for it, the form's `register` and the field's error. */
  const bind = (path: Path<FormValues>) => ({ path, label: fieldLabel(path), register, error: errorAt(errors, path) });
  const indefinite = values.agreement.indefinite === "true";

  if (registered) {
    return (
      <PageShell current="registrierung">
        <div className="success" ref={successRef} tabIndex={-1} aria-labelledby="erfolg-titel">
          <h1 id="erfolg-titel">Registrierung eingereicht</h1>
          <p>
            Die Bildungspartnerschaft von „{registered.school}“ ist mit der unterzeichneten Vereinbarung bei Bildungspartner NRW eingereicht. Nach der
            Prüfung durch das Büro erscheint sie im öffentlichen Verzeichnis. Vorgangsnummer: <code>{registered.id}</code>
          </p>
          <p>
            Den Stand sehen Sie jederzeit unter Ihrem persönlichen Statuslink. Bitte speichern Sie ihn; er ist nur für Sie bestimmt und wird nicht noch
            einmal angezeigt:
          </p>
          <p className="status-link">
            <a href={registered.statusUrl}>{new URL(registered.statusUrl, window.location.href).href}</a>
          </p>
          {registered.decision.status === "needs-review" && (
            <p className="review-note">
              <strong>Prüfung durch Bildungspartner NRW:</strong> Alle Muss-Kriterien sind erfüllt, aber nicht jedes Soll-Kriterium (
              {registered.decision.criteria
                .filter((c) => c.status === "not-met")
                .map((c) => c.title)
                .join("; ")}
              ). Bildungspartner NRW berücksichtigt das bei der Prüfung.
            </p>
          )}
          {registered.decision.nextSteps.length > 0 && (
            <ul className="next-steps">
              {registered.decision.nextSteps.map((step) => (
                <li key={step.message}>{step.message}</li>
              ))}
            </ul>
          )}
          <p>
            <a className="button" href={registered.statusUrl}>
              Status ansehen
            </a>{" "}
            <a className="button button--secondary" href="/">
              Weitere Partnerschaft registrieren
            </a>
          </p>
        </div>
      </PageShell>
    );
  }

  return (
    <PageShell current="registrierung">
      <div className="intro">
        <h1>Bildungspartnerschaft registrieren</h1>
        <p className="lead">
          Schule und außerschulischer Partner registrieren hier ihre Kooperation. Fehler sehen Sie schon beim Ausfüllen, und die{" "}
          <a href="#kriterien-titel">Übersicht der Kriterien</a> zeigt laufend, was schon erfüllt ist und was noch fehlt.
        </p>
      </div>

      {summary && summary.length > 0 && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="fehler-titel">
          <h2 id="fehler-titel" className="error-summary-title">
            Bitte prüfen Sie Ihre Angaben
          </h2>
          <ul className="error-summary-list">
            {summary.map((item, i) => (
              <li key={i}>{item.path ? <FieldLink path={item.path}>{item.message}</FieldLink> : item.message}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="layout">
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-describedby="formular-hinweis">
          <p id="formular-hinweis" className="hint">
            Alle Angaben sind Pflicht, auch die Datei der unterzeichneten Vereinbarung.
          </p>

          <fieldset className="section">
            <legend>
              <h2 className="section-title">1. Schule</h2>
            </legend>
            <SelectField {...bind("school.type")} placeholder="Bitte wählen" choices={schoolTypeChoices} />
            <TextField {...bind("school.name")} autoComplete="organization" />
            <TextField {...bind("school.schoolNumber")} hint="Sechs Ziffern, zum Beispiel 165432." inputMode="numeric" width="short" />
          </fieldset>

          <fieldset className="section" id="f-partners" tabIndex={-1} aria-describedby={groupErrors.partners ? "f-partners-error" : undefined}>
            <legend>
              <h2 className="section-title">2. Außerschulische Partner</h2>
            </legend>
            <p className="hint">
              Archive, Bibliotheken, Bühnen, Gedenkstätten, Medienzentren, Museen, Musikschulen, Einrichtungen der Umweltbildung und der
              naturwissenschaftlichen Bildung, Sportvereine, Volkshochschulen. Ist ein Partner keine kommunale Einrichtung, sondern z. B. ein
              überregionaler Verband, muss ein weiterer, kommunaler Partner beteiligt sein. Ob das auch für einen örtlichen Sportverein oder
              eine freie Bühne gilt, sagt die FAQ nicht: Ohne kommunalen Partner entscheidet dann Bildungspartner NRW (Auslegung).
            </p>
            <p id="f-partners-error" className="field-error" aria-live="polite">
              {groupErrors.partners}
            </p>
            {partners.fields.map((field, i) => (
              <div className="repeat" key={field.id}>
                <h3 className="repeat-title">Partner {i + 1}</h3>
                <TextField {...bind(`partners.${i}.name`)} />
                <SelectField {...bind(`partners.${i}.category`)} placeholder="Bitte wählen" choices={categoryChoices} />
                <ChoiceField
                  {...bind(`partners.${i}.municipal`)}
                  hint="Trägt eine Stadt, eine Gemeinde, ein Kreis oder ein kommunaler Verband (auch der LVR oder der LWL) den Partner, zum Beispiel Stadtarchiv, Stadtbibliothek oder städtisches Museum? So liest diese Prüfung „kommunal“; die FAQ erklärt das Wort nicht (Auslegung)."
                />
                {values.partners[i]?.municipal === "false" && (
                  <ChoiceField
                    {...bind(`partners.${i}.supraRegional`)}
                    hint="Ist der Partner überregional tätig, etwa ein Landes- oder Bundesverband oder ein Verband, der in ganz NRW arbeitet? Dann braucht er nach der FAQ stets einen weiteren, kommunalen Partner."
                  />
                )}
                {partners.fields.length > 1 && (
                  <button type="button" className="button button--link" onClick={() => removePartner(i)}>
                    Partner {i + 1} entfernen
                  </button>
                )}
              </div>
            ))}
            <button type="button" className="button button--secondary" ref={addPartnerRef} onClick={addPartner}>
              Weiteren Partner hinzufügen
            </button>
          </fieldset>

          <fieldset className="section">
            <legend>
              <h2 className="section-title">3. Kooperationsvereinbarung</h2>
            </legend>
            <ChoiceField {...bind("agreement.written")} hint="Liegt die Kooperationsvereinbarung schriftlich vor?" />
            <TextField
              {...bind("agreement.startDate")}
              hint="Im Format TT.MM.JJJJ, zum Beispiel 01.08.2025."
              pattern={germanDatePattern}
              width="medium"
              options={{ deps: ["agreement.endDate"] }}
            />
            <ChoiceField
              {...bind("agreement.indefinite")}
              hint="Gilt die Vereinbarung ohne Enddatum? Befristet sollte sie auf mindestens zwei Jahre oder zwei Schuljahre angelegt sein."
              options={{
                onChange: (event: { target: { value: string } }) => {
                  if (event.target.value === "true") {
                    setValue("agreement.endDate", "");
                    clearErrors("agreement.endDate");
                  }
                },
              }}
            />
            {!indefinite && (
              <TextField
                {...bind("agreement.endDate")}
                hint="Der letzte Tag, an dem die Vereinbarung gilt, im Format TT.MM.JJJJ."
                pattern={germanDatePattern}
                width="medium"
              />
            )}
            <ChoiceField
              {...bind("agreement.openToAllPupils")}
              hint="Steht das Kooperationsangebot allen Schülerinnen und Schülern offen, nicht nur einer Klasse oder AG?"
            />
            <ChoiceField
              {...bind("agreement.mentionsProgramme")}
              hint="Nennt die Vereinbarung das Programm, damit alle Parteien wissen, dass sie Teil davon sind?"
            />
            <ChoiceField {...bind("agreement.signedBySchool")} />
            <ChoiceField {...bind("agreement.signedByPartners")} />
          </fieldset>

          <fieldset className="section" id="f-contacts" tabIndex={-1} aria-describedby={groupErrors.contacts ? "f-contacts-error" : undefined}>
            <legend>
              <h2 className="section-title">4. Feste Ansprechpersonen</h2>
            </legend>
            <p className="hint">Je eine Person für die Schule und für jeden Partner, mit persönlicher E-Mail-Adresse – kein Funktionspostfach wie info@ oder sekretariat@.</p>
            <p id="f-contacts-error" className="field-error" aria-live="polite">
              {groupErrors.contacts}
            </p>
            {contacts.fields.map((field, i) => {
              const contact = values.contacts[i] ?? field;
              return (
                <div className="repeat" key={field.id}>
                  <h3 className="repeat-title">Ansprechperson {contactOwner(contact.side, contact.partner, partnerNames)}</h3>
                  <TextField {...bind(`contacts.${i}.name`)} />
                  <TextField {...bind(`contacts.${i}.email`)} type="email" inputMode="email" />
                </div>
              );
            })}
          </fieldset>

          <section className="section" aria-labelledby="upload-titel">
            <h2 className="section-title" id="upload-titel">
              5. Unterzeichnete Vereinbarung
            </h2>
            <AgreementUpload application={application} decision={live.decision} onFileChange={setFile} />
          </section>

          {live.decision.status === "needs-review" && (
            <section className="section" aria-labelledby="begruendung-titel">
              <h2 className="section-title" id="begruendung-titel">
                6. Begründung
              </h2>
              <Field id="f-justification" label="Warum sollte die Kooperation trotzdem registriert werden? (freiwillig, höchstens 2.000 Zeichen)">
                <Hint
                  id="f-justification"
                  hint="Ihre Kooperation erfüllt nicht jedes Soll-Kriterium. Bildungspartner NRW entscheidet dann über die Registrierung und liest Ihre Begründung dazu."
                />
                <textarea
                  id="f-justification"
                  className="input"
                  rows={4}
                  maxLength={reviewTextMaxLength}
                  value={justification}
                  aria-describedby="f-justification-hint"
                  onChange={(event) => setJustification(event.target.value)}
                />
              </Field>
            </section>
          )}

          <div className="actions">
            <button type="submit" className="button" disabled={isSubmitting} aria-describedby="absenden-hinweis">
              {isSubmitting ? "Wird gesendet …" : "Registrierung absenden"}
            </button>
            <p id="absenden-hinweis" className="hint">
              Der Server prüft alle Angaben noch einmal; danach prüft das Büro von Bildungspartner NRW die Vereinbarung.
            </p>
          </div>
        </form>

        <CriteriaPanel decision={live.decision} nextFields={live.nextFields} labelOf={labelOf} />
      </div>
    </PageShell>
  );
}
