/**
 * How many runs a property test makes: `full` in normal test runs (CI), a fraction of it under
 * Stryker, where core's `vitest.mutation.config.ts` sets `PROPERTY_RUNS_SCALE` because every mutant reruns
 * the tests that cover it.
 */
export function propertyRuns(full: number): number {
  const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? "1");
  return Number.isFinite(scale) && scale > 0 && scale < 1 ? Math.max(5, Math.round(full * scale)) : full;
}
