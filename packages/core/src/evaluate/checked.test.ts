import { eligible, readCounted } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { parseApplication } from "../application/application.js";
import { runtimeCategories } from "../generated/runtime-data.js";
import { checkApplication } from "./checked.js";
import { decideApplication, evaluate, evaluateSync } from "./evaluate.js";

const broken = { ...eligible, contacts: [{ side: "school", name: "Anna Beispiel", email: "kein-at-zeichen" }] };

describe("checkApplication", () => {
  it("holds what parseApplication reads, and the facts", () => {
    const checked = checkApplication(broken);
    expect({ application: checked.application, issues: checked.issues }).toEqual(parseApplication(broken));
    // The invalid address is left out, so whether every address is personal is open.
    expect(checked.facts["contacts.allEmailsPersonal"]).toBeNull();
    expect(Object.isFrozen(checked)).toBe(true);
  });

  it("is read once: the evaluators and decideApplication take it without parsing again", async () => {
    const { input, reads } = readCounted(eligible);
    const checked = checkApplication(input);
    const decision = evaluateSync(checked);
    expect(await evaluate(checked)).toEqual(decision);
    expect(decideApplication(checked).decision).toEqual(decision);
    expect(reads.count).toBe(1);
    expect(decision).toEqual(evaluateSync(eligible));
  });

  it("gives the same Decision as the raw input in another language and with other categories", () => {
    const checked = checkApplication(broken);
    expect(evaluateSync(checked, { lang: "en" })).toEqual(evaluateSync(broken, { lang: "en" }));
    const categories = runtimeCategories.map((c) => (c.id === "museum" ? { ...c, thirdPartner: { needed: false } } : c));
    expect(evaluateSync(checked, { categories: categories as never })).toEqual(evaluateSync(broken, { categories: categories as never }));
  });

  it("cannot be forged: a look-alike is read as raw input", () => {
    const checked = checkApplication(eligible);
    const lookAlike = { ...checked };
    expect(evaluateSync(lookAlike).status).not.toBe(evaluateSync(checked).status);
  });
});

describe("decideApplication", () => {
  it("carries its Decision: the same options give it back without evaluating again", async () => {
    const decided = decideApplication(broken, { stage: "after-submission" });
    expect(decided.decision).toEqual(evaluateSync(broken, { stage: "after-submission" }));
    expect(evaluateSync(decided, { stage: "after-submission" })).toBe(decided.decision);
    expect(await evaluate(decided, { stage: "after-submission" })).toBe(decided.decision);
    expect(decideApplication(decided, { stage: "after-submission" })).toBe(decided);
  });

  it("decides again for other options, without parsing again", () => {
    const { input, reads } = readCounted(eligible);
    const decided = decideApplication(input);
    const english = decideApplication(decided, { lang: "en" });
    expect(english).not.toBe(decided);
    expect(english.decision).toEqual(evaluateSync(eligible, { lang: "en" }));
    expect(evaluateSync(decided, { stage: "after-submission" })).toEqual(evaluateSync(eligible, { stage: "after-submission" }));
    expect(reads.count).toBe(1);
  });
});
