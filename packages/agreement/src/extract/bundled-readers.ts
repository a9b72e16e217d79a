import { loadReader, type ReaderModules } from "./optional-peer.js";

/**
 * The readers for bundlers and browsers (extract.ts; Node has extract/node.ts), each `import()`
 * written out for bundlers to see and bundle. An object, so that a test can replace one to play a
 * package that is not installed.
 */
export const readerModules: ReaderModules = {
  unpdf: () => loadReader("unpdf", () => import("unpdf")),
  mammoth: () => loadReader("mammoth", () => import("mammoth")),
};
