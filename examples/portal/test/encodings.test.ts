import { describe, expect, it } from "vitest";
import { agreementText, eligibleApplication, utf16, windows1252 } from "./fixtures.js";
import { serverPerTest, submissionForm } from "./server.js";

// Text agreements saved on Windows: Windows-1252 or UTF-16. The server takes them as the browser's
// check does (the same `agreementFileType`) and reads the same text from them as from UTF-8.

const server = serverPerTest();

async function findingsOf(bytes: Uint8Array<ArrayBuffer>, n: number) {
  const response = await fetch(`${server().url}/api/registrations`, {
    method: "POST",
    body: submissionForm(eligibleApplication(n), { bytes, name: "vereinbarung.txt", type: "text/plain" }),
  });
  expect(response.status).toBe(201);
  const { id, agreement } = (await response.json()) as { id: string; agreement: { findings: { id: string; status: string; evidence: { text: string }[] }[] } };
  return { id, findings: agreement.findings.map((f) => [f.id, f.status, f.evidence.map((e) => e.text)]) };
}

describe("text agreements in Windows encodings", () => {
  it("reads Windows-1252 and UTF-16 (LE and BE) as it reads UTF-8, and stores the file with its encoding", async () => {
    const text = agreementText(1).join("\r\n");
    const utf8 = await findingsOf(new TextEncoder().encode(text), 1);
    expect(utf8.findings.every(([, status]) => status === "found")).toBe(true);
    for (const [bytes, charset] of [
      [windows1252(text), "windows-1252"],
      [utf16(text, true), "utf-16le"],
      [utf16(text, false), "utf-16be"],
    ] as const) {
      const read = await findingsOf(bytes, 1);
      expect(read.findings, charset).toEqual(utf8.findings);
      expect(server().store.agreementFile(read.id)?.mediaType).toBe(`text/plain; charset=${charset}`);
    }
  });

  it("refuses a .txt that is no text with 415", async () => {
    const response = await fetch(`${server().url}/api/registrations`, {
      method: "POST",
      body: submissionForm(eligibleApplication(1), { bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), name: "bild.txt", type: "text/plain" }),
    });
    expect([response.status, ((await response.json()) as { error: { code: string } }).error.code]).toEqual([415, "unsupported_file_type"]);
  });
});
