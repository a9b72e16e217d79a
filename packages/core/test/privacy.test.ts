import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { eligible } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("privacy", () => {
  it("prints no name or e-mail address with json-rules-engine's debug output switched on", () => {
    // The built package, as an application runs it; `npm test` builds first.
    const script = `import { evaluate } from "@bildungspartner/core";
const decision = await evaluate(${JSON.stringify(eligible)});
console.log(JSON.stringify(decision.status));`;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: `${root}packages/cli`,
      env: { ...process.env, DEBUG: "json-rules-engine" },
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"eligible"');
    const output = result.stdout + result.stderr;
    expect(output.length).toBeGreaterThan(1000); // the debug output really was on
    for (const secret of ["anna.schmidt", "bernd.meyer", "Anna Schmidt", "Bernd Meyer", "@"]) expect(output).not.toContain(secret);
  });
});
