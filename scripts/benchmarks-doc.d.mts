/** Replaces (or appends) the section `## ${heading}` of docs/benchmarks.md by `body`. */
export function writeBenchmarkSection(heading: string, body: string): void;
