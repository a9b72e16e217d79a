// `pnpm bench` (forms): the browser bundle of validateForm + registrationForm against the anchor
// json-rules-engine + zod, both built the same way in the same run.
import { writeBenchmarkSection } from "../../../scripts/benchmarks-doc.mjs";
import { anchorEntry, formsEntry, measureBundle } from "./bundle-size.js";

const forms = await measureBundle(formsEntry);
const anchor = await measureBundle(anchorEntry);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const top = forms.inputs
  .slice(0, 6)
  .map((i) => `${i.input.replace(/^\.\.\/\.\.\//, "")} (${kb(i.bytes)})`)
  .join(", ");
const body = `esbuild, minified, ESM for the browser, gzip level 6; the same build for both rows.

| bundle | minified | gzipped | ratio |
|---|---:|---:|---|
| \`validateForm\` + \`registrationForm\` | ${kb(forms.minified)} | ${kb(forms.gzipped)} | ${(forms.gzipped / anchor.gzipped).toFixed(2)}× of the anchor |
| anchor: json-rules-engine + zod | ${kb(anchor.minified)} | ${kb(anchor.gzipped)} | 1× |

Goal: under 35 KB gzipped (ideally under 20 KB): **${forms.gzipped < 35 * 1024 ? "met" : "missed"}**.
json-rules-engine and jsonpath-plus are not in the forms bundle (core loads json-rules-engine only
inside the asynchronous \`evaluate\`); zod comes in as \`zod/mini\`. Largest parts: ${top}.`;
console.log(body);
writeBenchmarkSection("Forms bundle size", body);
