import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The sample the README posts with curl.
import application from "../../applications/eligible-stadtarchiv.json";

// The example as people run it: `node server.mjs`, with the built @bildungspartner/core (`pnpm build`).
const dir = fileURLToPath(new URL("../", import.meta.url));
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  child = spawn(process.execPath, ["server.mjs"], { cwd: dir, env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/check/.exec(output);
      if (match) resolve(match[0]);
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => reject(new Error(`server.mjs ended with ${code}: ${output}`)));
  });
});

afterAll(() => {
  child.kill();
});

const post = (body: string) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });

describe("examples/node-api", () => {
  it("answers POST /check with the Decision", async () => {
    const response = await post(JSON.stringify(application));
    expect(response.status).toBe(200);
    const decision = (await response.json()) as { status: string; criteria: { status: string }[] };
    expect(decision.status).toBe("eligible");
    expect(decision.criteria.every((c) => c.status === "met")).toBe(true);

    // A one-year term misses a Soll-Kriterium: Bildungspartner NRW reviews it; the next step is the signed agreement.
    const short = { ...application, agreement: { ...application.agreement, endDate: "2026-07-31" } };
    const review = (await (await post(JSON.stringify(short))).json()) as { status: string; nextSteps: { message: string }[] };
    expect(review.status).toBe("needs-review");
    expect(review.nextSteps.map((step) => step.message).join(" ")).toContain("unterzeichnete Kooperationsvereinbarung");
    // An agreement the partner has not signed misses a Muss-Kriterium: the next step says how to go on, not to submit.
    const unsigned = { ...application, agreement: { ...application.agreement, signedByPartners: false } };
    expect(await (await post(JSON.stringify(unsigned))).json()).toMatchObject({
      status: "not-eligible",
      nextSteps: [{ message: expect.stringMatching(/^Mindestens ein Muss-Kriterium ist nicht erfüllt\./) }],
    });
    expect(await (await post("{}")).json()).toMatchObject({ status: "incomplete" });
  });

  it("refuses malformed JSON, large bodies and other routes", async () => {
    expect((await post("{nope")).status).toBe(400);
    expect((await post(JSON.stringify({ padding: "x".repeat(101 * 1024) }))).status).toBe(413);
    expect((await fetch(url.replace("/check", "/"))).status).toBe(404);
  });
});
