import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("./check-site-links.mjs", import.meta.url));
const site = mkdtempSync(join(tmpdir(), "site-"));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function check(dir: string): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(process.execPath, [script, dir], { encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe("check-site-links", () => {
  it("passes links to files and folders with an index, and skips web addresses and anchors", () => {
    mkdirSync(join(site, "ok/api"), { recursive: true });
    writeFileSync(join(site, "ok/api/index.html"), '<a href="../index.html#top">x</a>');
    writeFileSync(join(site, "ok/index.html"), '<a href="api/">a</a><a href="https://example.org/x">b</a><a href="#c">c</a><img src="api/index.html?v=1">');
    expect(check(join(site, "ok"))).toMatchObject({ code: 0 });
  });

  it("fails on a link to a missing file, a folder without index.html and a path leaving the site, naming each", () => {
    mkdirSync(join(site, "bad/media/agreements"), { recursive: true });
    writeFileSync(join(site, "bad/index.html"), '<a href="media/agreements">a</a><a href="benchmarks.md">b</a><a href="../ok/index.html">c</a>');
    const { code, output } = check(join(site, "bad"));
    expect(code).toBe(1);
    for (const link of ["media/agreements", "benchmarks.md", "../ok/index.html"]) expect(output).toContain(`index.html: ${link}`);
  });
});
