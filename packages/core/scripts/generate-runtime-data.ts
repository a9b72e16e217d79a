// Writes src/generated/runtime-data.ts from data/categories.json and the criteria in rules/. Run by `pnpm build`.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runtimeDataModule, runtimeDataSources } from "./runtime-data.js";

const target = fileURLToPath(new URL("../src/generated/runtime-data.ts", import.meta.url));
writeFileSync(target, runtimeDataModule(runtimeDataSources(fileURLToPath(new URL("..", import.meta.url)))));
