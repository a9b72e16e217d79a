import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AgreementError, extractText } from "../extract.js";
import { readerModules } from "../extract/bundled-readers.js";
import { loadReader } from "../extract/optional-peer.js";

// unpdf and mammoth are optional peer dependencies: here both are "not installed", as Node reports it.
const notInstalled = (name: string) => Object.assign(new Error(`Cannot find package '${name}' imported from extract.js`), { code: "ERR_MODULE_NOT_FOUND" });

beforeEach(() => {
  vi.spyOn(readerModules, "unpdf").mockImplementation(() => loadReader("unpdf", () => Promise.reject(notInstalled("unpdf"))));
  vi.spyOn(readerModules, "mammoth").mockImplementation(() => loadReader("mammoth", () => Promise.reject(notInstalled("mammoth"))));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("extractText without its optional readers", () => {
  it("refuses a PDF with MISSING_DEPENDENCY naming unpdf, and a DOCX naming mammoth", async () => {
    const pdf = extractText(new TextEncoder().encode("%PDF-1.7\n"), { type: "pdf" });
    await expect(pdf).rejects.toBeInstanceOf(AgreementError);
    await expect(pdf).rejects.toMatchObject({ code: "MISSING_DEPENDENCY", params: { package: "unpdf", kind: "PDF" } });
    const docx = await extractText(new Uint8Array([0x50, 0x4b, 5, 6, ...new Uint8Array(18)]), { type: "docx" }).catch((error: unknown) => error);
    expect(docx).toMatchObject({ code: "MISSING_DEPENDENCY", params: { package: "mammoth", kind: "DOCX" } });
    expect((docx as AgreementError).message).toBe("Zum Lesen von DOCX-Dateien fehlt das Paket mammoth. Bitte installieren Sie es: npm install mammoth");
    expect((docx as AgreementError).messageIn("en")).toBe(
      "Reading DOCX files needs the package mammoth, which is not installed. Please install it: npm install mammoth",
    );
  });

  it("still reads plain text, which needs neither", async () => {
    expect((await extractText(new TextEncoder().encode("Vereinbarung"), { type: "txt" })).text).toBe("Vereinbarung");
  });
});

describe("loadReader", () => {
  it("turns a module that is not found (ESM or CommonJS) into MISSING_DEPENDENCY, keeping the cause", async () => {
    for (const code of ["ERR_MODULE_NOT_FOUND", "MODULE_NOT_FOUND"]) {
      const cause = Object.assign(new Error("Cannot find module 'unpdf'"), { code });
      const error = await loadReader("unpdf", () => Promise.reject(cause)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AgreementError);
      expect(error).toMatchObject({ code: "MISSING_DEPENDENCY", params: { package: "unpdf" }, cause });
      expect((error as AgreementError).message).toContain("npm install unpdf");
    }
  });

  it("turns what a bundle puts in place of a missing package (Vite's stub, webpack, a browser's bare import) into MISSING_DEPENDENCY", async () => {
    for (const message of [
      'Could not resolve "mammoth" imported by "@bildungspartner/agreement". Is it installed?',
      "Cannot find module 'mammoth'",
      'Failed to resolve module specifier "mammoth". Relative references must start with either "/", "./", or "../".',
    ]) {
      const error = await loadReader("mammoth", () => Promise.reject(new Error(message))).catch((caught: unknown) => caught);
      expect(error, message).toMatchObject({ code: "MISSING_DEPENDENCY", params: { package: "mammoth", kind: "DOCX" } });
    }
    // Another package missing is not this reader missing.
    const other = new Error('Could not resolve "jszip" imported by "mammoth". Is it installed?');
    await expect(loadReader("mammoth", () => Promise.reject(other))).rejects.toBe(other);
  });

  it("passes other failures on unchanged, and a loaded module through", async () => {
    const broken = new SyntaxError("Unexpected token");
    await expect(loadReader("mammoth", () => Promise.reject(broken))).rejects.toBe(broken);
    await expect(loadReader("mammoth", () => Promise.reject(null))).rejects.toBeNull();
    const module = { default: "mammoth" };
    await expect(loadReader("mammoth", () => Promise.resolve(module))).resolves.toBe(module);
  });
});
