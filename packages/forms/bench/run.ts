// `pnpm bench` (forms): the browser bundles users get from the published packages' dist/: validateForm +
// registrationForm against the anchor json-rules-engine + zod, and the agreement checks' main entry,
// all built the same way in the same run.
import { writeBenchmarkSection } from "../../../scripts/benchmarks-doc.mjs";
import { agreementEntry, agreementLimit, agreementWithChronoEntry } from "../../agreement/bench/bundle-size.js";
import { anchorEntry, formsEntry, formsLimit, measureBundle } from "./bundle-size.js";

const forms = await measureBundle(formsEntry);
const anchor = await measureBundle(anchorEntry, "forms");
const agreement = await measureBundle(agreementEntry);
const withChrono = await measureBundle(agreementWithChronoEntry);
// The same measure at commit 4e9d009, before #19: core's shared chunk kept every module's top-level work.
const before = {
  forms: { minified: 106_176, gzipped: 30_963 },
  agreement: { minified: 176_284, gzipped: 55_546 },
  withChrono: { minified: 232_730, gzipped: 71_453 },
};

const bytes = (n: number) => n.toLocaleString("en");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const row = (name: string, size: { minified: number; gzipped: number }, now: { minified: number; gzipped: number }) =>
  `| ${name} | ${bytes(size.minified)} | ${bytes(size.gzipped)} (${kb(size.gzipped)}) | ${bytes(now.minified)} | ${bytes(now.gzipped)} (${kb(now.gzipped)}) |`;
const top = forms.inputs
  .slice(0, 5)
  .map((i) => `${i.input} (${kb(i.bytes)})`)
  .join(", ");
const body = `Measured as a user of the published packages sees them: the bundled code imports
\`@bildungspartner/*\` from a folder whose node_modules link to the built packages, so esbuild resolves
each through its package.json \`exports\` to \`dist/\` (the earlier sections bundled \`src/\`). esbuild,
minified, ESM for the browser; bytes, gzipped with level 9 (\`gzip -9\`). Measured by \`pnpm bench\`
(packages/forms, \`bench/run.ts\`, with the test kit's \`measureBundle\`); \`packages/forms/src/bundle-size.test.ts\`
and \`packages/agreement/src/bundle-size.test.ts\` hold the limits.

| bundle | before #19: minified | gzipped | now: minified | gzipped |
|---|---:|---:|---:|---:|
${row("`validateForm` + `registrationForm`", before.forms, forms)}
${row("agreement main entry (core included; no `/extract`, no `/chrono`)", before.agreement, agreement)}
${row("agreement main entry with `/chrono`", before.withChrono, withChrono)}
| anchor: json-rules-engine + zod | | | ${bytes(anchor.minified)} | ${bytes(anchor.gzipped)} (${kb(anchor.gzipped)}) |

Forms: at most ${kb(formsLimit)} gzipped: **${forms.gzipped <= formsLimit ? "met" : "missed"}** (${kb(forms.gzipped)}, ${(forms.gzipped / anchor.gzipped).toFixed(2)}× the anchor; goal 15 KB: ${forms.gzipped <= 15 * 1024 ? "met" : "not yet"}).
Agreement main entry: under ${kb(agreementLimit)} gzipped: **${agreement.gzipped < agreementLimit ? "met" : "missed"}** (${kb(agreement.gzipped)}; goal 45 KB: ${agreement.gzipped <= 45 * 1024 ? "met" : "not yet"}).

Before, core's built chunk (tsup merges the modules of its entries into shared chunks) kept every
module's top-level work, whatever a bundle imported: the rule files whole, the rule-file schemas and
their messages, the validated \`shippedRuleSets\`. Now every top-level value that calls something is
marked pure, so a bundler drops what nothing reads; the evaluators read the criteria and categories
from \`src/generated/runtime-data.ts\`, generated at build time from the rule files and
\`data/categories.json\` with only what a Decision reads (id, level, title, messages in both
languages, source, conditions, the readings without their long texts, next steps; no descriptions,
interpretations, further sources, third-partner reasons); and the agreement checks read the two-year
rule through \`ruleSetFor\` instead of the validated full rule files. The forms bundle was 16.6 KB
when #19 was done and grew with the readings and next steps of #21. Largest parts of the forms
bundle: ${top}.`;
console.log(body);
writeBenchmarkSection("2026-12-07, #19: bundles from dist", body);
