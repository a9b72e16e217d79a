import { expect } from "vitest";
import { run, type Io } from "../src/index.js";

/** An Io that collects what a command writes. */
export function bufferIo(): Io & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}

/** Runs the command line with `args`; its exit code and what it wrote. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferIo();
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** Runs `command --format json …args`; its exit code and the reports it printed, one per file. */
export async function cliJson<Report>(command: string, args: readonly string[]): Promise<{ code: number; reports: Report[] }> {
  const io = bufferIo();
  const code = await run([command, "--format", "json", ...args], io);
  return { code, reports: JSON.parse(io.out()) as Report[] };
}

/** Expects `args` to end in a usage error: exit code 2, `message` on stderr and nothing on stdout. */
export async function expectUsageError(args: string[], message: RegExp): Promise<void> {
  const io = bufferIo();
  expect(await run(args, io)).toBe(2);
  expect(io.err()).toMatch(message);
  expect(io.out()).toBe("");
}
