import Database from "better-sqlite3";
import { Document, Packer, Paragraph } from "docx";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { agreementPdf } from "./agreement-pdf.js";
import { agreementText, eligibleApplication } from "./fixtures.js";
import { agreementFile, register, serverPerTest, submissionForm as multipart } from "./server.js";

const currentServer = serverPerTest();

const postJson = (path: string, body: unknown) =>
  fetch(`${currentServer().url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

const postForm = (form: FormData) => fetch(`${currentServer().url}/api/registrations`, { method: "POST", body: form });

async function expectError(response: Response, status: number, code: string): Promise<string> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[äöüß]|Bitte|Die |Das |Der |Ungültig|Nicht/);
  return body.error.message;
}

const submitted = () => currentServer().store.reviewList("submitted");

const listed = async () => (await (await fetch(`${currentServer().url}/api/registrations`)).json()) as unknown[];

describe("POST /api/check", () => {
  it("answers 200 with the Decision, whatever its status", async () => {
    const eligible = await postJson("/api/check", eligibleApplication());
    expect(eligible.status).toBe(200);
    const decision = (await eligible.json()) as { status: string; criteria: { id: string; message: string }[] };
    expect(decision.status).toBe("eligible");
    expect(decision.criteria).toHaveLength(10);

    expect(((await (await postJson("/api/check", {})).json()) as { status: string }).status).toBe("incomplete");
    const invalid = await postJson("/api/check", { school: { schoolNumber: "12" } });
    expect(invalid.status).toBe(200);
    expect(await invalid.json()).toMatchObject({ status: "invalid", issues: [{ path: "school.schoolNumber", message: "Die Schulnummer muss aus genau sechs Ziffern bestehen." }] });
  });

  it("refuses malformed JSON with 400 and a German message", async () => {
    const response = await fetch(`${currentServer().url}/api/check`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"school": ' });
    expect(await expectError(response, 400, "malformed_json")).toBe("Die Anfrage enthält kein gültiges JSON.");
    await expectError(await fetch(`${currentServer().url}/api/check`, { method: "POST", headers: { "content-type": "application/json" } }), 400, "malformed_json");
    await expectError(await fetch(`${currentServer().url}/api/check`, { method: "POST" }), 400, "malformed_json");
  });

  it("refuses bodies that are not JSON with 415", async () => {
    await expectError(await fetch(`${currentServer().url}/api/check`, { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" }), 415, "unsupported_media_type");
  });
});

describe("POST /api/registrations (JSON)", () => {
  it("refuses an eligible application without the signed agreement: 400 with a German message, nothing stored", async () => {
    const message = await expectError(await postJson("/api/registrations", eligibleApplication(7)), 400, "agreement_required");
    expect(message).toContain("unterzeichnete Vereinbarung");
    expect(submitted()).toEqual([]);
  });

  it("stores an eligible submission: 201 submitted with a status link, listed only once registered, without personal data", async () => {
    const response = await postForm(multipart(eligibleApplication(7), agreementFile(7)));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; status: string; decision: { status: string }; statusToken: string; statusUrl: string };
    const { id } = body;
    expect(body).toMatchObject({ status: "submitted", decision: { status: "eligible" } });
    expect(body.statusToken).toMatch(/^[\w-]{43}$/);
    expect(body.statusUrl).toBe(`/status/#id=${id}&token=${body.statusToken}`);
    expect(response.headers.get("location")).toBe(`/api/registrations/${id}/status`);
    expect(await listed()).toEqual([]);
    expect((await fetch(`${currentServer().url}/api/registrations/${id}`)).status).toBe(404);
    expect(submitted().map((e) => e.id)).toEqual([id]);

    currentServer().store.decide(id, { outcome: "registered", note: "", receipt: currentServer().store.reviewDetail(id)!.receipts.submission!, at: "2025-09-01T10:00:00.000Z" });
    const entries = await listed();
    expect(entries).toEqual([
      {
        id,
        school: { name: "Gymnasium am Stadtpark 7", type: "gymnasium" },
        partners: [{ name: "Stadtarchiv Musterstadt 7", category: "archive" }],
        startDate: "2025-08-01",
        registeredAt: "2025-09-01T10:00:00.000Z",
        status: "eligible",
      },
    ]);
    const one = await fetch(`${currentServer().url}/api/registrations/${id}`);
    expect(one.status).toBe(200);
    const entry = await one.json();
    expect(entry).toEqual(entries[0]);
    const text = JSON.stringify([entries, entry]);
    for (const personal of ["Anna Schmidt", "Bernd Meyer", "@", "165432", "municipal"]) expect(text).not.toContain(personal);
  });

  it("answers 422 with the decision when not eligible or incomplete, and stores nothing", async () => {
    const kita = eligibleApplication();
    kita.school!.type = "kita";
    const notEligible = await postJson("/api/registrations", kita);
    expect(notEligible.status).toBe(422);
    expect(await notEligible.json()).toMatchObject({ decision: { status: "not-eligible" } });

    const unsigned = eligibleApplication();
    unsigned.agreement!.signedByPartners = false;
    const notSigned = await postJson("/api/registrations", unsigned);
    expect(notSigned.status).toBe(422);
    const body = (await notSigned.json()) as { decision: { status: string; criteria: { id: string; status: string }[] } };
    expect(body.decision.status).toBe("not-eligible");
    expect(body.decision.criteria.find((c) => c.id === "signed-by-all")?.status).toBe("not-met");

    const { agreement: _, ...withoutAgreement } = eligibleApplication();
    const incomplete = await postJson("/api/registrations", withoutAgreement);
    expect(incomplete.status).toBe(422);
    expect(await incomplete.json()).toMatchObject({ decision: { status: "incomplete" } });
    expect(submitted()).toEqual([]);
  });

  it("stores a needs-review registration like an eligible one, with its status and the next steps", async () => {
    const app = eligibleApplication(8);
    app.contacts![1]!.email = "info@musterstadt.de";
    app.agreement!.endDate = "2026-07-31";
    const response = await postForm(multipart(app, agreementFile(8)));
    expect(response.status).toBe(201);
    const { id, decision } = (await response.json()) as {
      id: string;
      decision: { status: string; nextSteps: { message: string }[]; criteria: { id: string; level: string; status: string }[] };
    };
    expect(decision.status).toBe("needs-review");
    expect(decision.criteria.filter((c) => c.status === "not-met").map((c) => [c.id, c.level])).toEqual([
      ["min-duration", "should"],
      ["personal-email", "should"],
    ]);
    // just submitted: told what the submission leads to, never to submit
    expect(decision.nextSteps.map((step) => step.message)).toEqual([
      "Sie haben die Kooperationsvereinbarung eingereicht. Weil sie nicht jedes Kriterium erfüllt, das eine Kooperation erfüllen sollte, entscheidet Bildungspartner NRW über die Registrierung.",
    ]);
    expect(submitted().map((e) => [e.id, e.status])).toEqual([[id, "needs-review"]]);
    currentServer().store.decide(id, { outcome: "registered", note: "", receipt: currentServer().store.reviewDetail(id)!.receipts.submission!, at: "2025-09-01T10:00:00.000Z" });
    const entry = (await (await fetch(`${currentServer().url}/api/registrations/${id}`)).json()) as { status: string };
    expect(entry.status).toBe("needs-review");
    expect(currentServer().store.list().map((e) => [e.id, e.status])).toEqual([[id, "needs-review"]]);
  });

  it("answers 422 for fields the directory needs even when every criterion is met", async () => {
    const app = eligibleApplication();
    delete app.school!.schoolNumber;
    const response = await postJson("/api/registrations", app);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ decision: { status: "eligible" }, fieldErrors: { "school.schoolNumber": ["Bitte geben Sie „Schulnummer“ an."] } });
    expect(submitted()).toEqual([]);
  });

  it("answers 400 for invalid fields and for malformed JSON", async () => {
    const app = eligibleApplication();
    app.school!.schoolNumber = "12";
    const invalid = await postJson("/api/registrations", app);
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      error: { code: "invalid_application" },
      decision: { status: "invalid" },
      fieldErrors: { "school.schoolNumber": ["Die Schulnummer muss aus genau sechs Ziffern bestehen."] },
    });
    const malformed = await fetch(`${currentServer().url}/api/registrations`, { method: "POST", headers: { "content-type": "application/json" }, body: "{,}" });
    await expectError(malformed, 400, "malformed_json");
    await expectError(await postJson("/api/registrations", ["not", "an", "object"]), 400, "invalid_application");
    expect(submitted()).toEqual([]);
  });

  it("decides from the request alone: a claimed decision in the body changes nothing", async () => {
    const app = { ...eligibleApplication(), decision: { status: "eligible" }, valid: true };
    app.agreement!.signedBySchool = false;
    const response = await postJson("/api/registrations", app);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ decision: { status: "not-eligible" } });
  });

  it("refuses a JSON body over 100 KB with 413 and a German message", async () => {
    const app = eligibleApplication();
    const big = { ...app, padding: "x".repeat(101 * 1024) };
    const message = await expectError(await postJson("/api/registrations", big), 413, "body_too_large");
    expect(message).toBe("Die Anfrage ist zu groß: höchstens 100 KB Antragsdaten sind erlaubt.");
    expect(submitted()).toEqual([]);
  });
});

describe("POST /api/registrations (multipart with the agreement)", () => {
  let pdf: Uint8Array<ArrayBuffer>;
  beforeAll(async () => {
    pdf = await agreementPdf(agreementText(3));
  });

  it("stores submission and file together and answers with the server's reading of the file", async () => {
    const response = await postForm(multipart(eligibleApplication(3), { bytes: pdf, name: "Vereinbarung.pdf", type: "application/pdf" }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; decision: { status: string }; agreement: { findings: { id: string; status: string }[]; mismatches: unknown[] } };
    expect(body.decision.status).toBe("eligible");
    expect(body.agreement.findings.map((f) => [f.id, f.status])).toEqual([
      ["programme-mentioned", "found"],
      ["min-duration", "found"],
      ["named-contacts", "found"],
      ["personal-email", "found"],
      ["open-to-all-pupils", "found"],
      ["signed-by-all", "found"],
    ]);
    expect(body.agreement.mismatches).toEqual([]);
    const file = currentServer().store.agreementFile(body.id);
    expect(file).toMatchObject({ fileName: "Vereinbarung.pdf", mediaType: "application/pdf", size: pdf.byteLength, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(submitted()).toHaveLength(1);
  });

  it("records a mismatch between form and file for review without refusing the registration", async () => {
    const oneYear = await agreementPdf(agreementText(4, "Die Laufzeit beträgt ein Jahr."));
    const response = await postForm(multipart(eligibleApplication(4), { bytes: oneYear, name: "vereinbarung.pdf", type: "application/pdf" }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; agreement: { mismatches: { key: string }[] } };
    expect(body.agreement.mismatches.map((m) => m.key)).toEqual(["criterion:min-duration"]);
    expect(currentServer().store.agreementFile(body.id)?.report).toMatchObject({ mismatches: [{ key: "criterion:min-duration" }] });
  });

  it("takes DOCX and text files too, and refuses a submission without a file", async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: agreementText(5).map((line) => new Paragraph(line)) }] }));
    const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const fromDocx = await postForm(multipart(eligibleApplication(5), { bytes: new Uint8Array(docx), name: "vereinbarung.docx", type: docxType }));
    expect(fromDocx.status).toBe(201);
    const { id, agreement } = (await fromDocx.json()) as { id: string; agreement: { findings: { status: string }[] } };
    expect(agreement.findings.map((f) => f.status)).toEqual(["found", "found", "found", "found", "found", "found"]);
    expect(currentServer().store.agreementFile(id)?.mediaType).toBe(docxType);

    const text = new TextEncoder().encode(agreementText(6).join("\n"));
    const fromText = await postForm(multipart(eligibleApplication(6), { bytes: text, name: "vereinbarung.txt", type: "text/plain" }));
    expect(fromText.status).toBe(201);
    expect(currentServer().store.agreementFile(((await fromText.json()) as { id: string }).id)?.mediaType).toBe("text/plain; charset=utf-8");

    await expectError(await postForm(multipart(eligibleApplication(7))), 400, "agreement_required");
    expect(submitted()).toHaveLength(2);
  });

  it("refuses a file over 10 MB with 413 and a German message, storing nothing", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    const message = await expectError(await postForm(multipart(eligibleApplication(), { bytes: big, name: "gross.pdf", type: "application/pdf" })), 413, "file_too_large");
    expect(message).toBe("Die Datei ist zu groß: höchstens 10 MB sind erlaubt.");
    expect(submitted()).toEqual([]);
  });

  it("refuses files of another type with 415, whatever their declared type", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await expectError(await postForm(multipart(eligibleApplication(), { bytes: png, name: "scan.png", type: "image/png" })), 415, "unsupported_file_type");
    await expectError(await postForm(multipart(eligibleApplication(), { bytes: png, name: "vereinbarung.pdf", type: "application/pdf" })), 415, "unsupported_file_type");
    expect(submitted()).toEqual([]);
  });

  it("refuses a damaged PDF with 400", async () => {
    const broken = pdf.slice(0, 400);
    const message = await expectError(await postForm(multipart(eligibleApplication(), { bytes: broken, name: "kaputt.pdf", type: "application/pdf" })), 400, "unreadable_agreement");
    expect(message).toContain("Die Vereinbarung ließ sich nicht lesen.");
    // The package's reason, in German alone.
    expect(message).toMatch(/\(Die PDF-Datei kann nicht gelesen werden: sie ist beschädigt oder keine PDF-Datei\.\)$/);
    expect(submitted()).toEqual([]);
  });

  it("refuses malformed forms: no application, bad JSON, other fields, an oversized application", async () => {
    const onlyFile = new FormData();
    onlyFile.append("agreement", new Blob([pdf], { type: "application/pdf" }), "v.pdf");
    await expectError(await postForm(onlyFile), 400, "bad_multipart");
    await expectError(await postForm(multipart("{not json")), 400, "malformed_json");
    const other = new FormData();
    other.append("comment", "hallo");
    await expectError(await postForm(other), 400, "bad_multipart");
    await expectError(await postForm(multipart(JSON.stringify({ ...eligibleApplication(), padding: "x".repeat(101 * 1024) }))), 413, "body_too_large");
    const twoFiles = multipart(eligibleApplication(), { bytes: pdf, name: "a.pdf", type: "application/pdf" });
    twoFiles.append("agreement", new Blob([pdf], { type: "application/pdf" }), "b.pdf");
    await expectError(await postForm(twoFiles), 400, "bad_multipart");
    expect(submitted()).toEqual([]);
  });

  it("writes nothing when storing the file fails: registration and file are one transaction", async () => {
    // A second connection makes the file insert fail, as a full disk would, after the registration row.
    const db = new Database(currentServer().databasePath);
    db.exec("CREATE TRIGGER fail_file BEFORE INSERT ON agreement_files BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    db.close();
    const response = await postForm(multipart(eligibleApplication(), { bytes: pdf, name: "v.pdf", type: "application/pdf" }));
    await expectError(response, 500, "internal_error");
    expect(submitted()).toEqual([]);
    const check = new Database(currentServer().databasePath, { readonly: true });
    expect(check.prepare("SELECT (SELECT count(*) FROM registrations) + (SELECT count(*) FROM registration_partners) AS n").get()).toEqual({ n: 0 });
    check.close();
  });
});

describe("GET /api/registrations", () => {
  beforeEach(async () => {
    const museum = eligibleApplication(2, { startDate: "2026-02-01", endDate: "2028-01-31" });
    museum.school!.name = "Realschule Nord";
    museum.partners = [
      { name: "Kunstmuseum Musterstadt", category: "museum", municipal: true },
      { name: "Gedenkstätte der Heimatvereine", category: "memorial", municipal: false, supraRegional: false },
    ];
    museum.contacts!.push({ side: "partner", partner: 1, name: "Cem Kaya", email: "cem.kaya@heimatvereine.de" });
    const archive = eligibleApplication(1);
    archive.partners![0]!.name = "Ärchiv für Übungszwecke";
    await register(currentServer(), museum, 2);
    await register(currentServer(), archive, 1);
  });

  const names = async (query: string) =>
    ((await (await fetch(`${currentServer().url}/api/registrations${query}`)).json()) as { school: { name: string } }[]).map((e) => e.school.name);

  it("lists by school name and filters by category, start year and name", async () => {
    expect(await names("")).toEqual(["Gymnasium am Stadtpark 1", "Realschule Nord"]);
    expect(await names("?category=museum")).toEqual(["Realschule Nord"]);
    expect(await names("?category=archive")).toEqual(["Gymnasium am Stadtpark 1"]);
    expect(await names("?category=library")).toEqual([]);
    expect(await names("?year=2026")).toEqual(["Realschule Nord"]);
    expect(await names("?year=2025&category=archive")).toEqual(["Gymnasium am Stadtpark 1"]);
    expect(await names("?q=nord")).toEqual(["Realschule Nord"]);
    expect(await names("?q=HEIMATVEREINE")).toEqual(["Realschule Nord"]);
    expect(await names(`?q=${encodeURIComponent("ÄRCHIV FÜR")}`)).toEqual(["Gymnasium am Stadtpark 1"]);
    expect(await names("?q=%25")).toEqual([]);
    expect(await names("?category=&q=&year=")).toHaveLength(2);
  });

  it("keeps partners in their order and shows no contacts", async () => {
    const entries = (await listed()) as { partners: unknown[] }[];
    expect(entries[1]!.partners).toEqual([
      { name: "Kunstmuseum Musterstadt", category: "museum" },
      { name: "Gedenkstätte der Heimatvereine", category: "memorial" },
    ]);
    expect(JSON.stringify(entries)).not.toContain("Cem Kaya");
  });

  it("refuses unknown filters with 400 and answers 404 for unknown ids", async () => {
    await expectError(await fetch(`${currentServer().url}/api/registrations?category=zoo`), 400, "invalid_query");
    await expectError(await fetch(`${currentServer().url}/api/registrations?year=25`), 400, "invalid_query");
    await expectError(await fetch(`${currentServer().url}/api/registrations/00000000-0000-4000-8000-000000000000`), 404, "not_found");
    await expectError(await fetch(`${currentServer().url}/api/nothing`), 404, "not_found");
  });

  it("sends security headers and no caching for the API", async () => {
    const response = await fetch(`${currentServer().url}/api/registrations`);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
