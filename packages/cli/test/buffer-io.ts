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
