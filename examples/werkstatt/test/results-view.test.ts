import { describe, expect, it } from "vitest";
import { problemPlace, withoutIds } from "../src/results-view.js";
import { ruleProblem } from "@bildungspartner/core/rules";
import { diffChangeText } from "../src/rules-api.js";

describe("the results in the page's words", () => {
  it("names list entries and readings by label, without the ids `rules diff` marks", () => {
    const added = diffChangeText({ code: "entry-added", params: { list: "Art", label: "Zoo", id: "zoo" } } as never, "de");
    expect(added).toContain("`zoo`");
    expect(withoutIds(added)).toBe("Art hinzugefügt: Zoo");
    expect(withoutIds("Art `zoo` umbenannt: „Zoo“ → „Tierpark“")).toBe("Art umbenannt: „Zoo“ → „Tierpark“");
  });

  it("places a lint problem by the rule's title and the text's name, a list by its name", () => {
    const titles = new Map([
      ["rules/min-duration.json", "Langfristige Vereinbarung"],
      ["rules/min-duration.cases.json", "Langfristige Vereinbarung"],
    ]);
    expect(problemPlace(ruleProblem("rules/min-duration.json", "interpretation.de", "invalid"), titles)).toBe("„Langfristige Vereinbarung“, Auslegung (deutsch)");
    expect(problemPlace(ruleProblem("rules/min-duration.cases.json", "cases.0", "invalid"), titles)).toBe("Beispielfälle zu „Langfristige Vereinbarung“");
    expect(problemPlace(ruleProblem("data/categories.json", "categories.3.id", "invalid"), titles)).toBe("Liste „Arten außerschulischer Partner“");
  });
});
