// What the bundle bench and the size test bundle; both measure from dist with the test kit's measureBundle.
export { measureBundle } from "@bildungspartner/test-kit/bundle-size";

/** What a browser form needs: the schema and the validator. */
export const formsEntry = 'export { validateForm, registrationForm } from "@bildungspartner/forms";';
/** The most the forms bundle may weigh, gzipped (level 9): the test fails above it, the bench reports it. */
export const formsLimit = 20 * 1024;
/** The anchor from the issue: json-rules-engine and a zod schema, as most projects import them. */
export const anchorEntry =
  'import * as z from "zod"; export { Engine } from "json-rules-engine"; export const schema = z.object({ name: z.string().max(200) });';
