import { afterAll, describe, expect, it } from "vitest";
import { eligibleApplication } from "./fixtures.js";
import { agreementFile, startServer, submissionForm, tempDir } from "./server.js";

const temp = tempDir();
afterAll(() => temp.remove());

describe("persistence", () => {
  it("keeps exactly the 200 submissions sent at once, across a restart", async () => {
    const databasePath = `${temp.dir}/concurrent.sqlite`;
    // All 200 may wait for the worker threads that read their agreements (16 by default; more get 429).
    const first = await startServer(databasePath, { agreementBudget: { queue: 200 } });
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        fetch(`${first.url}/api/registrations`, { method: "POST", body: submissionForm(eligibleApplication(i), agreementFile(i)) }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 200 }, () => 201));
    const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id));
    expect(new Set(ids).size).toBe(200);
    await first.stop();

    const second = await startServer(databasePath);
    try {
      const entries = second.store.reviewList("submitted");
      expect(entries).toHaveLength(200);
      expect(new Set(entries.map((e) => e.id))).toEqual(new Set(ids));
      expect(new Set(entries.map((e) => e.school.name)).size).toBe(200);
    } finally {
      await second.stop();
    }
  });
});
