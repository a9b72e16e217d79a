// Writes src/generated/runtime-data.ts from data/categories.json and the criteria in rules/, and
// src/generated/vocabulary.ts and shipped-files.ts from the rule folder and data/. Run by `pnpm build`.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runtimeDataModule, runtimeDataSources } from "./runtime-data.js";
import { shippedFilesModule, vocabularyModule, vocabularySources } from "./vocabulary.js";

const core = fileURLToPath(new URL("..", import.meta.url));
const target = (file: string) => fileURLToPath(new URL(`../src/generated/${file}`, import.meta.url));
writeFileSync(target("runtime-data.ts"), runtimeDataModule(runtimeDataSources(core)));
const vocabulary = vocabularySources(core);
writeFileSync(target("vocabulary.ts"), vocabularyModule(vocabulary));
writeFileSync(target("shipped-files.ts"), shippedFilesModule(vocabulary));
