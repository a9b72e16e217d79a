import { anyApplication, propertyRuns } from "@bildungspartner/test-kit";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { contradictionCodes, parseApplication } from "./application.js";
import { applicationSchema } from "./application-schema.js";

/** Zod may report one field twice with the same message (e.g. 1e300 as an index); people see it once. */
function distinct(issues: ReadonlyArray<{ path: string; message: string }>) {
  const seen = new Set<string>();
  return issues.filter(({ path, message }) => !seen.has(`${path}\n${message}`) && seen.add(`${path}\n${message}`));
}

const schemaIssues = (input: unknown, lang: "de" | "en") => {
  const result = applicationSchema(lang).safeParse(input);
  return result.success ? [] : distinct(result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })));
};

// parseApplication is a fast interpreter of the same field specs; this proves it reports what zod does.
describe("parseApplication against applicationSchema (zod)", () => {
  test.prop([fc.oneof(anyApplication, fc.anything({ maxDepth: 3 })), fc.constantFrom("de" as const, "en" as const)], { numRuns: propertyRuns(3000) })(
    "report the same field issues, in the same order, with the same messages",
    (input, lang) => {
      const fieldIssues = parseApplication(input, lang)
        .issues.filter((issue) => !contradictionCodes.includes(issue.code))
        .map(({ path, message }) => ({ path, message }));
      expect(fieldIssues).toEqual(schemaIssues(input, lang));
    },
  );

  test.prop([anyApplication], { numRuns: propertyRuns(1000) })("accept exactly the same inputs", (input) => {
    const parsed = parseApplication(input);
    const valid = parsed.issues.every((issue) => contradictionCodes.includes(issue.code));
    expect(applicationSchema().safeParse(input).success).toBe(valid);
  });
});
