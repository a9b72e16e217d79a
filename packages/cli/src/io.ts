/** Where a command writes; the process streams by default, buffers in tests. */
export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr };

/** Exit codes of every command: documented in `--help`, relied on by scripts. */
export const ExitCode = {
  /** Every file passed. */
  ok: 0,
  /** At least one file did not pass (not eligible, incomplete, or a finding missing). */
  failed: 1,
  /** Invalid input, an unreadable file, or a usage error. */
  error: 2,
} as const;

/** A usage error: the command line itself is wrong. */
export class UsageError extends Error {
  override name = "UsageError";
}
