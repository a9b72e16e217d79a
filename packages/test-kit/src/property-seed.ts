import fc from "fast-check";

/**
 * vitest setup: every property test draws from one fixed seed, so `npm test` and CI give the same
 * result on the same commit every time. `PROPERTY_SEED=<number>` replays a seed that a failure
 * printed ("with seed=…"); `PROPERTY_SEED=random` explores new ones, as a developer should now and
 * then: a failure found that way is a bug to fix, with its seed to replay it.
 */
const chosen = process.env.PROPERTY_SEED;
const seed = chosen === "random" ? undefined : Number(chosen ?? 20261207);
if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`PROPERTY_SEED muss eine ganze Zahl oder „random“ sein / must be an integer or "random": ${chosen}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), ...(seed === undefined ? {} : { seed }) });
