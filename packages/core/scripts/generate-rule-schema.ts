// Writes rules.schema.json from the zod schema of rule files, for editors. Run: pnpm generate:schema
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { offeringRuleFileJsonSchema } from "../src/offerings/offering-rules.js";
import { ruleFileJsonSchema } from "../src/evaluate/rule-file.js";

for (const [file, schema] of [
  ["../rules.schema.json", ruleFileJsonSchema()],
  ["../offering-rules.schema.json", offeringRuleFileJsonSchema()],
] as const) {
  const target = fileURLToPath(new URL(file, import.meta.url));
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`geschrieben / written: ${target}`);
}
