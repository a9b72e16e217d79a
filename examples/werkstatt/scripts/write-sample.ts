// Writes the bundled sample of applications (public/beispielantraege.ndjson) before `vite build`: the
// same seeded generator the CLI's impact benchmark uses, so the page and `rules diff --applications`
// see the same kind of data. Deterministic: the same 10,000 applications on every build.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { writeApplications } from "@bildungspartner/test-kit";

// The figure the Werkstatt's speed goal (10,000 applications in under a second) is set for.
const SAMPLE_SIZE = 10_000;

const publicDir = fileURLToPath(new URL("../public/", import.meta.url));
mkdirSync(publicDir, { recursive: true });
await writeApplications(`${publicDir}beispielantraege.ndjson`, SAMPLE_SIZE);
