import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

// Runs the built command as a user would; `npm test` builds before it tests.
describe("the installed bildungspartner command", () => {
  it("runs from the repository root with pnpm exec", () => {
    const out = execFileSync("npx", ["-y", "pnpm@12.4.2", "exec", "bildungspartner", "check", "--format", "json", "examples/applications/eligible-stadtarchiv.json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toMatchObject([{ file: "examples/applications/eligible-stadtarchiv.json", status: "eligible" }]);
    // npx starts pnpm first: seconds alone, longer beside the other test files on two cores.
  }, 60_000);

  it("sets the exit code for scripts", () => {
    const result = spawnSync(process.execPath, ["packages/cli/dist/bin.js", "check", "examples/applications/invalid-dates.json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("Ungültige Eingabe");
    expect(result.stderr).toBe("");
  });
});
