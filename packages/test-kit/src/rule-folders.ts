import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The core package's folder, whose shipped `rules` and `data` folders the tests read and copy. */
export const corePackage = dirname(createRequire(import.meta.url).resolve("@bildungspartner/core/package.json"));

/** A copy of the shipped rules folder (with its data folder beside it) at `tmp/name`, to break; its rules folder. */
export function copyOfShippedRules(tmp: string, name: string): string {
  const base = join(tmp, name);
  cpSync(join(corePackage, "rules"), join(base, "rules"), { recursive: true });
  cpSync(join(corePackage, "data"), join(base, "data"), { recursive: true });
  return join(base, "rules");
}

/** Changes a JSON file in place. */
export function editJson(file: string, change: (json: any) => void): void {
  const json = JSON.parse(readFileSync(file, "utf8"));
  change(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
}
