// Writes rules.schema.json from the zod schema of rule files, for editors. Run: pnpm generate:schema
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ruleFileJsonSchema } from "../src/rule-file.js";

const target = fileURLToPath(new URL("../rules.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(ruleFileJsonSchema(), null, 2)}\n`);
console.log(`geschrieben / written: ${target}`);
