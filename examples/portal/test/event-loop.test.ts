import { monitorEventLoopDelay } from "node:perf_hooks";
import { deflated, docx } from "@bildungspartner/test-kit/hostile-files";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementBudget } from "../src/server/agreement-pool.js";
import { eligibleApplication } from "./fixtures.js";
import { startServer, submissionForm, tempDir, type TestServer } from "./server.js";

// Hostile agreements are read in worker threads: while they are, the server answers every other
// request at once. The margins are generous (a busy two-core machine runs these tests): 200 ms for
// an answer that takes a few milliseconds, the budget's own time for a refusal.

/** A DOCX of about 160 KB whose `word/document.xml` unpacks to 45 MB of empty paragraphs. */
function emptyParagraphsDocx(): Uint8Array<ArrayBuffer> {
  const paragraphs = "<w:p/>".repeat((45 * 1024 * 1024) / 6);
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`;
  return new Uint8Array(docx(deflated("word/document.xml", xml)));
}

/** A text PDF of 1,000 pages, each with a few lines. */
async function thousandPagesPdf(): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 1_000; n++) {
    const page = pdf.addPage([595, 842]);
    for (let line = 0; line < 5; line++) page.drawText(`Seite ${n}, Zeile ${line}: Die Schule und das Archiv arbeiten zusammen.`, { x: 56, y: 790 - line * 16, size: 10, font });
  }
  return new Uint8Array(await pdf.save());
}

const temp = tempDir();
let server: TestServer;
beforeAll(async () => {
  server = await startServer(`${temp.dir}/event-loop.sqlite`);
});
afterAll(async () => {
  await server.stop();
  temp.remove();
});

const upload = (bytes: Uint8Array<ArrayBuffer>, name: string) =>
  fetch(`${server.url}/api/registrations`, { method: "POST", body: submissionForm(eligibleApplication(1), { bytes, name, type: "application/octet-stream" }) });

describe("hostile agreements do not stop the server", () => {
  it("answers the directory within 200 ms each time while a 45 MB-paragraph DOCX and a 1,000-page PDF are read; both end in a German 400 within the budget", async () => {
    const word = emptyParagraphsDocx();
    expect(word.byteLength).toBeLessThan(200 * 1024);
    const pdf = await thousandPagesPdf();
    // Warm the worker up, so that the measurement sees reading, not starting.
    await upload(new Uint8Array(new TextEncoder().encode("Kooperationsvereinbarung")), "warm.txt");
    const stored = server.store.reviewList("submitted").length;

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = Date.now();
    let uploading = true;
    const uploads = Promise.all([upload(word, "leer.docx"), upload(pdf, "tausend.pdf")]).finally(() => {
      uploading = false;
    });
    const directoryTimes: number[] = [];
    while (uploading || directoryTimes.length < 5) {
      const sent = performance.now();
      const answer = await fetch(`${server.url}/api/registrations`);
      expect(answer.status).toBe(200);
      directoryTimes.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [wordAnswer, pdfAnswer] = await uploads;
    const elapsed = Date.now() - started;
    delay.disable();

    expect(Math.max(...directoryTimes), directoryTimes.map(Math.round).join(", ")).toBeLessThan(200);
    expect(delay.max / 1e6).toBeLessThan(200);
    expect(elapsed).toBeLessThan(agreementBudget.timeMs);
    for (const [answer, words] of [
      [wordAnswer!, /Absätze/],
      [pdfAnswer!, /1000 Seiten.*höchstens 100/],
    ] as const) {
      const body = (await answer.json()) as { error: { code: string; message: string } };
      expect([answer.status, body.error.code]).toEqual([400, "agreement_too_large"]);
      expect(body.error.message).toMatch(words);
      expect(body.error.message).toMatch(/Bitte/);
    }
    expect(server.store.reviewList("submitted")).toHaveLength(stored);
  });

  it("refuses a text over 2,000,000 characters with 400 and the limit", async () => {
    const text = `Kooperationsvereinbarung\n${"Die Schule und das Archiv arbeiten zusammen. ".repeat(47_000)}`;
    expect(text.length).toBeGreaterThan(2_100_000);
    const answer = await upload(new Uint8Array(new TextEncoder().encode(text)), "lang.txt");
    const body = (await answer.json()) as { error: { code: string; message: string } };
    expect([answer.status, body.error.code]).toEqual([400, "agreement_too_large"]);
    expect(body.error.message).toMatch(/zu lang.*höchstens 2[.]?000[.]?000/);
  });
});
