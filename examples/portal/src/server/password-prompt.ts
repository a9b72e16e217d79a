import { stderr, stdin } from "node:process";

/** Reads standard input to its end: a password piped in (`printf '…' | …`), without its last line break. */
async function pipedPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** One line typed at the terminal, not shown (raw mode: no echo); Ctrl-C ends the program. */
function typedLine(prompt: string): Promise<string> {
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve) => {
    let line: string[] = [];
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write("\n");
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") {
          finish();
          return resolve(line.join(""));
        }
        if (char === "\u0003") {
          finish();
          process.exit(130);
        }
        if (char === "\u007f" || char === "\b") line = line.slice(0, -1);
        else if (char >= " ") line.push(char);
      }
    };
    stdin.on("data", onData);
  });
}

/**
 * A new password: at a terminal typed twice without being shown (the prompts go to standard error, so
 * that standard output holds only the result); piped in, read from standard input as it comes.
 * Undefined when the two typed ones differ.
 */
export async function readNewPassword(): Promise<string | undefined> {
  if (!stdin.isTTY) return pipedPassword();
  const first = await typedLine("Passwort (mindestens 12 Zeichen, wird nicht angezeigt): ");
  const second = await typedLine("Passwort wiederholen: ");
  return first === second ? first : undefined;
}

/** The shortest password an office account may have. */
export const minPasswordLength = 12;
