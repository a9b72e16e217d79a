import { AgreementError } from "../errors.js";
import { fileErrorTexts } from "./file-messages.js";

/** The optional peer dependencies `extractText` reads files with, and the files each one reads. */
export const readers = { unpdf: "PDF", mammoth: "DOCX" } as const;

/** Node's codes for a package that cannot be found: `import()` (ESM) and `require()` (CJS). */
const notFoundCodes = new Set(["ERR_MODULE_NOT_FOUND", "MODULE_NOT_FOUND"]);

/**
 * Whether `error` says that the package `name` is not installed: Node's codes, or the messages of
 * what stands in for a missing package in a bundle — Vite's stub for an optional peer dependency
 * („Could not resolve "mammoth" imported by …“), webpack's missing module („Cannot find module
 * 'mammoth'“) and a browser's bare import („Failed to resolve module specifier "mammoth"“).
 */
function notInstalled(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === "string" && notFoundCodes.has(code)) return true;
  if (typeof message !== "string") return false;
  return [`Could not resolve "${name}"`, `Cannot find module '${name}'`, `Failed to resolve module specifier "${name}"`].some((text) => message.includes(text));
}

/**
 * Loads an optional peer dependency through `load`, which is `() => import("<name>")` written out, so
 * that bundlers see the literal module name. A module that is not installed (in Node or in a bundle) becomes an
 * {@link AgreementError} `MISSING_DEPENDENCY` naming the package to install; any other failure (a
 * broken installation, a failed network request for a chunk) is passed on unchanged.
 */
export async function loadReader<T>(name: keyof typeof readers, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!notInstalled(error, name)) throw error;
    throw new AgreementError("MISSING_DEPENDENCY", fileErrorTexts.missingDependency, { params: { package: name, kind: readers[name] }, cause: error });
  }
}

/** How `extractText` loads its readers: mammoth is CommonJS, so `import()` gives its exports as `default`, in Node and in bundlers alike. */
export interface ReaderModules {
  unpdf: () => Promise<typeof import("unpdf")>;
  mammoth: () => Promise<{ default: typeof import("mammoth") }>;
}
