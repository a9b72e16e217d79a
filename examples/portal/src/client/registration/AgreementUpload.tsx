import type { AgreementReport, Evidence } from "@bildungspartner/agreement";
import { BildungspartnerError, type Application, type Decision } from "@bildungspartner/core";
import { useMemo, useRef, useState, type ChangeEvent } from "react";
import { messages } from "../../server/errors.js";
import { agreementFileType } from "../../server/upload.js";
import { compareWithForm } from "../../shared/mismatches.js";
import { FindingList, findingMarks } from "../findings.js";
import { CheckedField, describedBy } from "../field.js";
import { FieldLink } from "./fields.js";

/** Largest file the server takes; checked here first so nobody waits for a refusal. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const fileHint =
  "PDF, Word (DOCX) oder Text (TXT), höchstens 10 MB. Die Datei wird zuerst hier im Browser geprüft und erst mit der Einreichung gesendet; ohne sie kann nicht eingereicht werden.";

type State =
  | { phase: "idle" }
  | { phase: "reading"; fileName: string }
  | { phase: "checked"; fileName: string; text: string; report: AgreementReport }
  | { phase: "error"; message: string };

const oneLine = (text: string) => text.replace(/\s+/g, " ");

/** About `context` characters before `start` and after `end`, cut at spaces so that no word is halved. */
function contextRange(text: string, start: number, end: number, context = 70): [number, number] {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/);
    from = space >= 0 ? from + space + 1 : start;
  }
  if (to < text.length) {
    const space = text.slice(end, to).search(/\s\S*$/);
    to = space >= 0 ? end + space : end;
  }
  return [from, to];
}

/** A passage of the agreement with a little context, the passage itself highlighted. */
function Passage({ text, evidence }: { text: string; evidence: Evidence }) {
  const [from, to] = contextRange(text, evidence.start, evidence.end);
  return (
    <blockquote className="passage">
      {evidence.page !== undefined && <span className="passage-page">Seite {evidence.page}: </span>}
      {from > 0 && "… "}
      {oneLine(text.slice(from, evidence.start))}
      <mark>{oneLine(evidence.text)}</mark>
      {oneLine(text.slice(evidence.end, to))}
      {to < text.length && " …"}
    </blockquote>
  );
}

/** The whole text as read, every passage a finding rests on highlighted. */
function MarkedText({ text, report }: { text: string; report: AgreementReport }) {
  const ranges = report.findings
    .flatMap((f) => f.evidence)
    .sort((a, b) => a.start - b.start)
    .reduce<Evidence[]>((merged, e) => {
      const last = merged[merged.length - 1];
      if (last && e.start < last.end) last.end = Math.max(last.end, e.end);
      else merged.push({ ...e });
      return merged;
    }, []);
  const parts: (string | Evidence)[] = [];
  let at = 0;
  for (const range of ranges) {
    parts.push(text.slice(at, range.start), range);
    at = range.end;
  }
  parts.push(text.slice(at));
  return (
    <pre className="document-text">
      {parts.map((part, i) => (typeof part === "string" ? part : <mark key={i}>{text.slice(part.start, part.end)}</mark>))}
    </pre>
  );
}

/**
 * Upload of the signed agreement: read and checked in the browser (nothing is sent before the
 * registration), findings with their passages, and where the text says something else than the form.
 */
export function AgreementUpload(props: { application: Application; decision: Decision; onFileChange: (file: File | undefined) => void }) {
  const { application, decision, onFileChange } = props;
  const [state, setState] = useState<State>({ phase: "idle" });
  const latest = useRef(0);

  const titles = useMemo(() => new Map(decision.criteria.map((c) => [c.id as string, c.title])), [decision]);
  const mismatches = useMemo(
    () => (state.phase === "checked" ? compareWithForm(application, decision, state.report) : []),
    [application, decision, state],
  );

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    const attempt = ++latest.current;
    onFileChange(undefined);
    if (!file) return setState({ phase: "idle" });
    if (file.size > MAX_UPLOAD_BYTES) return setState({ phase: "error", message: "Die Datei ist zu groß: höchstens 10 MB sind erlaubt." });
    const bytes = new Uint8Array(await file.arrayBuffer());
    // The server's own judgement (content and name; a text file's encoding), and its words for a refusal.
    const type = agreementFileType(file.name, bytes);
    if (attempt !== latest.current) return;
    if (!type) return setState({ phase: "error", message: messages.unsupportedFileType });
    setState({ phase: "reading", fileName: file.name });
    try {
      // The PDF and Word readers load only now: the form itself stays small.
      const [{ extractText }, { checkAgreementText }] = await Promise.all([import("@bildungspartner/agreement/extract"), import("@bildungspartner/agreement")]);
      const { text, pages } = await extractText(bytes, { type });
      // The form's school and partner names help find the parties in the text.
      const report = checkAgreementText(text, { lang: "de", pages, application });
      if (attempt !== latest.current) return;
      setState({ phase: "checked", fileName: file.name, text, report });
      onFileChange(file);
    } catch (error) {
      if (attempt !== latest.current) return;
      const detail = error instanceof BildungspartnerError ? error.messageIn("de") : "Die Datei ließ sich nicht lesen.";
      setState({ phase: "error", message: `Die Vereinbarung ließ sich nicht prüfen. ${detail}` });
    }
  }

  const error = state.phase === "error" ? state.message : undefined;
  return (
    <div className="upload">
      <CheckedField
        id="f-agreement-file"
        label="Datei der unterzeichneten Vereinbarung"
        hint={fileHint}
        error={error}
      >
        <input
          id="f-agreement-file"
          className="file-input"
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          aria-describedby={describedBy("f-agreement-file", fileHint, error)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => void onChange(event)}
        />
      </CheckedField>
      <div role="status" className="upload-status">
        {state.phase === "reading" && <p>„{state.fileName}“ wird gelesen und geprüft …</p>}
        {state.phase === "checked" && (
          <p>
            „{state.fileName}“ geprüft: {state.report.findings.filter((f) => f.status === "found").length} von {state.report.findings.length} Punkten gefunden
            {mismatches.length > 0 ? `, ${mismatches.length} Abweichung${mismatches.length === 1 ? "" : "en"} zum Formular.` : "."}
          </p>
        )}
      </div>
      {state.phase === "checked" && (
        <section className="findings" aria-labelledby="befunde-titel">
          <h3 id="befunde-titel" className="findings-title">
            Was die Vereinbarung zeigt
          </h3>
          {mismatches.length > 0 && (
            <div className="notice notice--warning" id="abweichungen">
              <h4 className="notice-title">Abweichungen zwischen Formular und Vereinbarung</h4>
              <ul className="mismatches">
                {mismatches.map((m) => (
                  <li key={m.key} className="mismatch">
                    <strong className="mismatch-label">{m.label}</strong>
                    <dl className="mismatch-values">
                      <dt>Im Formular:</dt>
                      <dd>{m.formValue}</dd>
                      <dt>In der Vereinbarung:</dt>
                      <dd>{m.documentValue}</dd>
                    </dl>
                    {m.evidence.map((e, i) => (
                      <Passage key={i} text={state.text} evidence={e} />
                    ))}
                    {m.field && (
                      <p className="mismatch-action">
                        <FieldLink path={m.field}>Angabe im Formular prüfen</FieldLink>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <FindingList
            findings={state.report.findings}
            body={(finding) => (
              <>
                <h4 className="criterion-title">
                  {titles.get(finding.id) ?? finding.id} <span className="finding-status">{findingMarks[finding.status].words}</span>
                </h4>
                <p className="criterion-message">{finding.message}</p>
              </>
            )}
            passage={(evidence, index) => <Passage key={index} text={state.text} evidence={evidence} />}
          />
          <details className="document">
            <summary>Gelesenen Text mit Markierungen anzeigen</summary>
            <MarkedText text={state.text} report={state.report} />
          </details>
        </section>
      )}
    </div>
  );
}
