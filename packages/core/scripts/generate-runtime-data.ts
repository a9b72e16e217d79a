// Writes src/generated/runtime-data.ts from data/categories.json. Run by `pnpm build`.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runtimeDataModule } from "./runtime-data.js";

const target = fileURLToPath(new URL("../src/generated/runtime-data.ts", import.meta.url));
const categoriesFile = JSON.parse(readFileSync(new URL("../data/categories.json", import.meta.url), "utf8")) as Parameters<typeof runtimeDataModule>[0];
writeFileSync(target, runtimeDataModule(categoriesFile));
